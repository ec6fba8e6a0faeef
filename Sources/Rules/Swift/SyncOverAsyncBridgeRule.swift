import Analysis
import SourceModel

/// VT0104: a synchronous function that starts async work and blocks until it finishes.
public enum SyncOverAsyncBridgeRule {
  public static let description = RuleDescription(
    id: "VT0104",
    name: "sync-over-async-bridge",
    title: "Synchronous function blocks on a task it started",
    defaultVerdict: .warning,
    languages: [.swift],
    rationale: """
      A synchronous function that starts a `Task` (or `makeFutureWithTask`) and then blocks on a semaphore, a \
      group or the future is Swift's `GetAwaiter().GetResult()`. Called from a thread of the cooperative pool \
      it blocks that thread while the task it waits for needs one: with as many callers as cores, nothing \
      runs and the process hangs without a message.
      """,
    howToFix: """
      Make the function `async` and await the work. When a blocking entry point is really wanted (a \
      `main`, a test helper, a `syncShutdown`), mark it `@available(*, noasync)` so the compiler keeps async \
      callers away; vtlint then reports it as GOOD.
      """,
    limits: """
      Reported when the function body itself (not a nested closure) starts the task and then waits. A \
      function marked `@available(*, noasync)` gets a GOOD verdict of this rule instead.
      """,
    examples: [
      Example(
        .flagged, .swift,
        """
        import Dispatch

        func work() async {}

        func workBlocking() {
          let semaphore = DispatchSemaphore(value: 0)
          Task {
            await work()
            semaphore.signal()
          }
          semaphore.wait()  // expect: WARNING VT0104
        }
        """),
      Example(
        .clean, .swift,
        """
        import Dispatch

        func work() async {}

        @available(*, noasync, message: "Use work() from async code")
        func workBlocking() {
          let semaphore = DispatchSemaphore(value: 0)
          Task {
            await work()
            semaphore.signal()
          }
          semaphore.wait()  // expect: GOOD VT0104
        }
        """),
    ])

  /// One finding per blocking wait in a bridge; GOOD when the function is `noasync`.
  static func check(_ facts: SwiftFileFacts, file: SourceFile) -> [Finding] {
    facts.bridges.map { fact in
      let related = [RelatedLocation(message: "the task started here", range: fact.taskStart, file: file)]
      if fact.isNoasync {
        return Finding(
          rule: description, verdict: .good,
          message: "blocks on the task it started, in a function marked noasync: async callers are kept away",
          file: file, range: fact.wait, related: related, enclosingMember: fact.enclosingMember)
      }
      return Finding(
        rule: description,
        message:
          "synchronous function blocks on the task it started; called from async code this can deadlock the cooperative pool (mark it @available(*, noasync) or make it async)",
        file: file, range: fact.wait, related: related, enclosingMember: fact.enclosingMember)
    }
  }
}
