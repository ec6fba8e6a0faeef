import Analysis
import SourceModel

/// VT0001 `consumed-twice`: some path consumes the same one-shot value more than once.
public enum ConsumedTwiceRule {
  public static let description = RuleDescription(
    id: "VT0001", name: "consumed-twice", title: "ValueTask consumed more than once on some path",
    defaultVerdict: .bad, languages: [.csharp],
    rationale: """
      A `ValueTask` may be backed by a pooled `IValueTaskSource` that is recycled as soon as its result \
      has been read. Consuming it a second time — a second `await`, `await` then `AsTask()`, `AsTask()` \
      twice, `.Result` after `await`, an `await` inside a loop of a value created before the loop — can \
      observe another operation's result, throw, or hang. A `Task` never goes back from complete to \
      incomplete, which is why the same code is fine with `Task`.
      """,
    howToFix: """
      Consume the value once. If the result is needed several times, keep the *result* (`var r = await vt;`). \
      If the value itself must be awaited several times, convert it once with `.AsTask()` (or `.Preserve()`) \
      and use the `Task`. In a loop, create the value inside the loop.
      """,
    limits: """
      Counted per path: an `await` in each arm of an `if`/`else` or in different `switch` sections is one \
      consumption per path; a path that leaves (`return`, `throw`, `break`) after its consumption ends there. \
      Methods using `goto` are not analyzed, nor are the locals of a method whose loops take more than \
      2,000 walks to settle (plain nesting settles in about two walks a level; ten nested loops that each \
      consume the values made around them do not). A value that escapes somewhere vtlint cannot follow (a `ref` \
      argument, a lambda handed to an unknown method) is left alone, and so is a variable that holds different \
      values on different paths (reassigned in one branch or around a loop). Calls are resolved by name and \
      argument count; overloads that stay ambiguous are not resolved. A call on a receiver whose type cannot \
      be read (`var s = File.OpenRead(p)`) is resolved against the project's members of that name, except \
      when .NET has a well-known method of that name and argument count returning `Task` \
      (`Stream.ReadAsync(byte[], int, int)`, `SendAsync`, `WaitAsync`, `StartAsync`, …); a type written in the \
      receiver (`new T()`, a cast, `as T`, a call to a method of this type) is read, and so is a field's type \
      declared in another part of a partial class, a local copied from a typed one, a `foreach` variable over a \
      collection declared with its element type (`List<Remote>`, `Remote[]`), and a project method's or \
      property's declared type. A call a type's own members do not take goes to the nearest base declaring \
      that name (extension methods written for a base or interface included), else to an enclosing type's, \
      else to a project class imported with `using static`; otherwise it is left unresolved (a library \
      extension method, whose return type vtlint cannot know). Getting an awaiter \
      (`var awaiter = vt.GetAwaiter()`) consumes nothing: its `GetResult()` does. A value with nothing \
      behind it (`new ValueTask<T>(x)`, `default`, `ValueTask.FromResult(x)`, `ValueTask.CompletedTask`, \
      `vt.Preserve()`) \
      may be consumed any number of times. A call statement that never returns ends its path: \
      `Environment.FailFast`/`Exit`, `ExceptionDispatchInfo.Throw`, `Assert.Fail`, and throw helpers named as \
      .NET names them (`ThrowInvalidOperation()`, `ThrowHelper.ThrowArgumentNull(…)`). An awaiter kept \
      where vtlint does not follow it (assigned to a declared variable, discarded) leaves its value unjudged.
      """,
    examples: [
      Example(
        .flagged, .csharp,
        """
        using System.Threading.Tasks;
        public interface ISource { ValueTask<int> NextAsync(); }
        public class Twice
        {
            public async Task<int> RunAsync(ISource s)
            {
                ValueTask<int> vt = s.NextAsync();
                int a = await vt;
                int b = await vt; // expect: BAD VT0001
                return a + b;
            }
            public async Task LoopAsync(ISource s)
            {
                var vt = s.NextAsync();
                for (int i = 0; i < 3; i++)
                {
                    await vt; // expect: BAD VT0001
                }
            }
        }
        """),
      Example(
        .clean, .csharp,
        """
        using System.Threading.Tasks;
        public interface ISource { ValueTask<int> NextAsync(); }
        public class OncePerPath
        {
            public async Task<int> RunAsync(ISource s, bool fast)
            {
                ValueTask<int> vt = s.NextAsync(); // expect: WARNING VT0004
                if (fast)
                {
                    return await vt;
                }
                else
                {
                    return await vt.ConfigureAwait(false);
                }
            }
        }
        """),
    ],
    equivalentExternalIDs: ["CA2012", "S5034"])

  public static func check(_ fact: OneShotFact, file: SourceFile) -> Finding? {
    guard fact.kind == .consumedTwice else { return nil }
    return fact.finding(
      description,
      message: "'\(fact.subject)' is consumed again (\(fact.detail)); first consumed at \(fact.earlierPlace(in: file))",
      file: file)
  }
}
