import Analysis
import SourceModel

/// VT0102: a path through a continuation closure that never resumes the continuation.
public enum ContinuationNotResumedRule {
  public static let description = RuleDescription(
    id: "VT0102",
    name: "continuation-not-resumed",
    title: "Continuation never resumed on some path",
    defaultVerdict: .bad,
    languages: [.swift],
    rationale: """
      The task that called `with…Continuation` stays suspended until the continuation is resumed. A path that \
      leaves the closure without resuming it, and without handing it to anyone who could, suspends that task \
      forever: a checked continuation logs `… leaked its continuation without resuming it` when it is dropped, \
      an unsafe one hangs silently. The classic case is `guard let self else { return }` at the top of a \
      completion callback.
      """,
    howToFix: """
      Resume on every path: give the early `return` a `resume(throwing:)` first, add the missing `else` arm, \
      or resume with a `Result` that covers every outcome.
      """,
    limits: """
      Reported for the continuation closure itself (it runs exactly once), and for a callback that resumes on \
      some path but leaves through a `guard … else { return }` before resuming, when that path leaves for \
      good: the guard binds `self` (`guard let self`, `guard let strongSelf = self`: once `self` is gone it \
      stays gone; not in an instance method's own body, whose caller keeps `self` alive until the method \
      returns, so such a guard cannot fail while it waits), or the callback is shaped like a completion handler, called once with the outcome: a \
      parameter named `error`, `…Error`, `err`, `result`, `…Result` or `response` (`{ data, error in`), a \
      guard that only unwraps (`guard let data`), every other way out resuming, and a call not named like an \
      event registration (`on…`, `observe…`, `sink`, `subscribe…`, `add…Observer/Listener/Handler`, \
      `listen…`, `watch…`, `register…`, `start…Updates`, `bind`, `setEventHandler`, an initializer). Other callback paths without a resume (`{ state in guard state == .ready else { \
      return } … }`, `guard let r, r.isFinal`) are not reported, since the callback may be an event handler \
      that is called again. A closure using the continuation in two `#if` blocks is not judged. A continuation that is \
      stored, appended, passed to a call, assigned, or captured by a local function, a closure kept for later \
      or other code vtlint cannot follow anywhere in the closure is handed off: nothing is reported for it. A \
      resume inside a loop makes vtlint say nothing about leaks.
      """,
    examples: [
      Example(
        .flagged, .swift,
        """
        func parse(_ text: String) async throws -> Int {
          try await withCheckedThrowingContinuation { continuation in
            guard let value = Int(text) else {
              return  // expect: BAD VT0102
            }
            continuation.resume(returning: value)
          }
        }
        """),
      Example(
        .clean, .swift,
        """
        final class Gate {
          var waiter: CheckedContinuation<Void, Never>?

          func wait() async {
            await withCheckedContinuation { continuation in
              self.waiter = continuation
            }
          }
        }
        """),
    ])

  /// One finding per path end that leaks.
  static func check(_ facts: SwiftFileFacts, file: SourceFile) -> [Finding] {
    facts.continuations.compactMap { fact in
      guard case .notResumed(let exit) = fact.kind else { return nil }
      return Finding(
        rule: description,
        message:
          "a path leaves here without resuming '\(fact.continuationName)' or handing it off; the caller is suspended forever",
        file: file, range: exit, enclosingMember: fact.enclosingMember)
    }
  }
}
