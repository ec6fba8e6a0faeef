import Analysis
import SourceModel

/// VT0004 `stored-in-local`: a one-shot value kept in a local, consumed exactly once on every path.
public enum StoredInLocalRule {
  public static let description = RuleDescription(
    id: "VT0004", name: "stored-in-local", title: "ValueTask stored in a local",
    defaultVerdict: .warning, languages: [.csharp],
    rationale: """
      Storing a `ValueTask` in a local is correct as long as it is consumed exactly once, but it makes a \
      second consumption one edit away (the rules document: "storing the instance into a local makes it \
      much more likely it'll be misused, but it could still be ok"). vtlint checked every path and found \
      exactly one consumption; the warning asks for a second look.
      """,
    howToFix: """
      Await (or `AsTask()`) the call directly where it is made. The completion fast path \
      (`var t = FooAsync(); if (t.IsCompletedSuccessfully) return t.Result; return await t;`) is recognized \
      and not reported.
      """,
    limits: "Only locals initialized from a call or object creation vtlint resolved are reported.",
    examples: [
      Example(
        .flagged, .csharp,
        """
        using System.Threading.Tasks;
        public interface ISource { ValueTask<int> NextAsync(); }
        public class Stored
        {
            public async Task<int> RunAsync(ISource s)
            {
                ValueTask<int> vt = s.NextAsync(); // expect: WARNING VT0004
                int result = await vt;
                return result;
            }
        }
        """),
      Example(
        .clean, .csharp,
        """
        using System.Threading.Tasks;
        public interface ISource { ValueTask<int> NextAsync(); }
        public class Direct
        {
            public async Task<int> RunAsync(ISource s)
            {
                return await s.NextAsync(); // expect: GOOD VT0000
            }
        }
        """),
    ])

  public static func check(_ fact: OneShotFact, file: SourceFile) -> Finding? {
    guard fact.kind == .storedInLocal else { return nil }
    return fact.finding(
      description,
      message: "ValueTask stored in local '\(fact.subject)' (\(fact.detail)); consume the call directly instead",
      file: file)
  }
}
