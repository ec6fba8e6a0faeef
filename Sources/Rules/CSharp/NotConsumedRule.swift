import Analysis
import SourceModel

/// VT0006 `not-consumed`: a one-shot value dropped, or a local that some path never consumes.
public enum NotConsumedRule {
  public static let description = RuleDescription(
    id: "VT0006", name: "not-consumed", title: "ValueTask never consumed",
    defaultVerdict: .warning, languages: [.csharp],
    rationale: """
      A `ValueTask` that is dropped (an expression statement, `_ = …`) or left unconsumed on some path is \
      work whose failure nobody observes, and a pooled source behind it may never be returned to its pool.
      """,
    howToFix: """
      Await it. If fire-and-forget is really intended, convert with `.AsTask()` and hand the `Task` to \
      something that observes its exceptions.
      """,
    limits: """
      Paths that end by throwing are not counted (the exception is the bigger news). Parameters are not \
      reported: the caller may still own the value.
      """,
    examples: [
      Example(
        .flagged, .csharp,
        """
        using System.Threading.Tasks;
        public interface ISource { ValueTask<int> NextAsync(); }
        public class Dropped
        {
            public async Task RunAsync(ISource s, bool wait)
            {
                s.NextAsync(); // expect: WARNING VT0006
                _ = s.NextAsync(); // expect: WARNING VT0006
                var vt = s.NextAsync(); // expect: WARNING VT0006
                if (wait)
                {
                    await vt;
                }
            }
        }
        """),
      Example(
        .clean, .csharp,
        """
        using System.Threading.Tasks;
        public interface ISource { ValueTask<int> NextAsync(); Task<int> OtherAsync(); }
        public class Observed
        {
            public async Task RunAsync(ISource s)
            {
                _ = s.OtherAsync();
                await s.NextAsync(); // expect: GOOD VT0000
            }
        }
        """),
    ],
    equivalentExternalIDs: ["CA2012"])

  public static func check(_ fact: OneShotFact, file: SourceFile) -> Finding? {
    guard fact.kind == .notConsumed else { return nil }
    return fact.finding(description, message: "'\(fact.subject)' is \(fact.detail)", file: file)
  }
}
