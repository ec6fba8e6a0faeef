import Analysis
import SourceModel

/// VT0003 `blocking-before-completion`: `.Result` or `.GetAwaiter().GetResult()` on a one-shot value that
/// is not known to be complete.
public enum BlockingBeforeCompletionRule {
  public static let description = RuleDescription(
    id: "VT0003", name: "blocking-before-completion", title: "ValueTask result read before it is known complete",
    defaultVerdict: .bad, languages: [.csharp],
    rationale: """
      A `Task` lets a caller block until it completes. An `IValueTaskSource` behind a `ValueTask` need not \
      support blocking at all, and most do not: reading `.Result` or calling `.GetAwaiter().GetResult()` \
      before the operation finished is a race that can return garbage or throw.
      """,
    howToFix: """
      `await` the value. If blocking is unavoidable, call `.AsTask()` once and block on the `Task`. Reading \
      the result synchronously is fine behind a completion check: `if (vt.IsCompletedSuccessfully) return \
      vt.Result;`.
      """,
    limits: """
      Known complete: the true branch of `if (vt.IsCompleted)` / `IsCompletedSuccessfully` (also read through an \
      awaiter: `vt.GetAwaiter().IsCompleted`, or `awaiter.IsCompleted` on `var awaiter = vt.GetAwaiter()`, whose \
      `GetResult()` is the consumption; also inside `&&` \
      chains and the true arm of `?:`), after `if (!vt.IsCompleted) return/throw/continue/break;`, after a loop \
      that spins until `IsCompleted`, after `Debug.Assert(vt.IsCompleted…)`. A result read directly on a call \
      (`FooAsync().GetAwaiter().GetResult()`) is never known complete, except for values complete by design: \
      a call in the synchronous-mode idiom of database drivers (a `false` literal argument such as \
      `ReadAsync(async: false)`, or an `…Synchronous` flag such as `IOBehavior.Synchronous`), and ValueTasks \
      wrapping a result or a `Task` (`new ValueTask<T>(task)`, `ValueTask.FromResult(x)`), which block safely. \
      After a use vtlint cannot follow (an extension method called on the value, such as a `vt.Wait()` that \
      blocks until it is done, or a `ref` argument), whether it is complete is unknown, and a result read after \
      it is not reported; nor is one after a completion check whose answer the paths do not follow (`bool done \
      = vt.IsCompleted;`, a `switch` or `is not true` on it, `SpinWait.SpinUntil(() => vt.IsCompleted)`). A \
      throw helper (`ThrowHelper.ThrowInvalidOperation()`) ends its path like `throw`.
      """,
    examples: [
      Example(
        .flagged, .csharp,
        """
        using System.Threading.Tasks;
        public interface ISource { ValueTask<int> NextAsync(); }
        public class Blocking
        {
            public int Run(ISource s)
            {
                ValueTask<int> vt = s.NextAsync();
                return vt.GetAwaiter().GetResult(); // expect: BAD VT0003
            }
            public int Direct(ISource s) => s.NextAsync().Result; // expect: BAD VT0003
        }
        """),
      Example(
        .clean, .csharp,
        """
        using System.Threading.Tasks;
        public interface ISource { ValueTask<int> NextAsync(); }
        public class Guarded
        {
            public async ValueTask<int> RunAsync(ISource s)
            {
                ValueTask<int> vt = s.NextAsync(); // expect: GOOD VT0000
                if (!vt.IsCompletedSuccessfully)
                {
                    return await vt;
                }
                return vt.Result;
            }
        }
        """),
    ],
    equivalentExternalIDs: ["CA2012", "S5034"])

  public static func check(_ fact: OneShotFact, file: SourceFile) -> Finding? {
    guard fact.kind == .blockingBeforeCompletion else { return nil }
    return fact.finding(
      description,
      message: "'\(fact.subject)' is read with \(fact.detail) before it is known to be complete", file: file)
  }
}
