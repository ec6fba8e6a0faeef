import Analysis
import SourceModel

/// VT0000 `consumed-once`: the GOOD verdict, a resolved one-shot value consumed exactly once, directly.
public enum ConsumedOnceRule {
  public static let description = RuleDescription(
    id: "VT0000", name: "consumed-once", title: "ValueTask consumed exactly once, directly",
    defaultVerdict: .good, languages: [.csharp, .swift],
    rationale: """
      The safe way to use a `ValueTask` or `ValueTask<T>`: consume it once, right where it is produced — \
      `await` it (optionally through `.ConfigureAwait(…)`), call `.AsTask()` on it, return it, or pass it \
      on to a callee that then owns it — and never touch it again. vtlint records these values as GOOD so \
      the run summary shows how much of the code it understood; they are listed only with `--show-good`.
      """,
    howToFix: "Nothing to fix.",
    limits: """
      Only values vtlint can resolve without a compiler are counted: declared types, members declared in \
      the linted tree (by name and argument count) and the built-in catalog of .NET APIs. A local that is \
      consumed once is `stored-in-local` (WARNING) unless it follows the completion fast-path idiom.
      """,
    examples: [
      Example(
        .flagged, .csharp,
        """
        using System.Threading.Tasks;
        public interface ISource { ValueTask<int> NextAsync(); }
        public class Reader
        {
            public async Task<int> SumAsync(ISource s)
            {
                int a = await s.NextAsync(); // expect: GOOD VT0000
                int b = await s.NextAsync().ConfigureAwait(false); // expect: GOOD VT0000
                Task<int> c = s.NextAsync().AsTask(); // expect: GOOD VT0000
                return a + b + await c;
            }
            public ValueTask<int> Forward(ISource s) => s.NextAsync(); // expect: GOOD VT0000
        }
        """),
      Example(
        .flagged, .csharp,
        """
        using System.Threading.Tasks;
        public class FastPath
        {
            ValueTask<int> ComputeAsync() => new ValueTask<int>(1); // expect: GOOD VT0000
            public async ValueTask<int> GetAsync()
            {
                var t = ComputeAsync(); // expect: GOOD VT0000
                if (t.IsCompletedSuccessfully) return t.Result;
                return await t;
            }
        }
        """),
      Example(
        .clean, .csharp,
        """
        using System.Threading.Tasks;
        public class OnlyTasks
        {
            Task<int> ComputeAsync() => Task.FromResult(1);
            public async Task<int> GetAsync()
            {
                var t = ComputeAsync();
                return await t + await t;
            }
        }
        """),
    ])

  /// Produces the GOOD finding for a value consumed exactly once.
  public static func check(_ fact: OneShotFact, file: SourceFile) -> Finding? {
    guard fact.kind == .consumedOnce else { return nil }
    return fact.finding(description, message: "'\(fact.subject)' is consumed once (\(fact.detail))", file: file)
  }
}
