import Analysis
import SourceModel

/// VT0002 `concurrent-consumption`: the value is consumed from code that may run at the same time as
/// another consumption of it.
public enum ConcurrentConsumptionRule {
  public static let description = RuleDescription(
    id: "VT0002", name: "concurrent-consumption", title: "ValueTask consumed concurrently",
    defaultVerdict: .bad, languages: [.csharp],
    rationale: """
      The source behind a `ValueTask` expects a single continuation from a single consumer. Awaiting it from \
      a lambda started with `Task.Run`, `Task.Factory.StartNew`, `Parallel.*`, `ThreadPool.QueueUserWorkItem` \
      or `new Thread(…)` while something else also consumes it, or handing two conversions of it to \
      `Task.WhenAll`/`WhenAny`, races two consumers on one source. It is a special case of consuming twice, \
      reported apart because the fix is different: the work has to be restructured, not just deduplicated.
      """,
    howToFix: """
      Convert once with `.AsTask()` and share the `Task` between the concurrent consumers, or await the value \
      once and share its result.
      """,
    limits: """
      Concurrency is recognized from the launching call written at the lambda (`Task.Run(() => …)`) or a \
      closure variable passed to it, and from `Task.WhenAll`/`WhenAny` arguments. A lambda handed to any \
      other method is not followed.
      """,
    examples: [
      Example(
        .flagged, .csharp,
        """
        using System.Threading.Tasks;
        public interface ISource { ValueTask<int> NextAsync(); }
        public class Racing
        {
            public void Run(ISource s)
            {
                ValueTask<int> vt = s.NextAsync();
                Task.Run(async () => await vt);
                Task.Run(async () => await vt); // expect: BAD VT0002
            }
            public Task BothAsync(ISource s)
            {
                var vt = s.NextAsync();
                return Task.WhenAll(vt.AsTask(), vt.AsTask()); // expect: BAD VT0002
            }
        }
        """),
      Example(
        .clean, .csharp,
        """
        using System.Threading.Tasks;
        public interface ISource { ValueTask<int> NextAsync(); }
        public class Shared
        {
            public void Run(ISource s)
            {
                Task<int> t = s.NextAsync().AsTask(); // expect: GOOD VT0000
                Task.Run(async () => await t);
                Task.Run(async () => await t);
            }
        }
        """),
    ],
    equivalentExternalIDs: ["S5034"])

  public static func check(_ fact: OneShotFact, file: SourceFile) -> Finding? {
    guard fact.kind == .concurrentConsumption else { return nil }
    return fact.finding(
      description,
      message:
        "'\(fact.subject)' is consumed (\(fact.detail)) concurrently: first consumed at "
        + "\(fact.earlierPlace(in: file)), which may still be running",
      file: file)
  }
}
