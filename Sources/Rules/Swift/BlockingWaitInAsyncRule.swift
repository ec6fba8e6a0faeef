import Analysis
import SourceModel

/// VT0103: a blocking wait or sleep on a cooperative-pool thread.
public enum BlockingWaitInAsyncRule {
  public static let description = RuleDescription(
    id: "VT0103",
    name: "blocking-wait-in-async",
    title: "Blocking wait inside async code",
    defaultVerdict: .bad,
    languages: [.swift],
    rationale: """
      Async functions and task bodies run on the cooperative thread pool, which has about one thread per core \
      and never grows. `DispatchSemaphore.wait`, `DispatchGroup.wait`, `Thread.sleep`, `sleep`, `usleep`, \
      spinning a `RunLoop`, `Process.waitUntilExit` and NIO's `EventLoopFuture.wait()` hold that thread \
      until they return; with a few of them in flight the whole process deadlocks without a message (NIO \
      traps instead when the waiting thread is an event loop). The compiler's `noasync` check misses these on \
      Linux, and misses every call made through an autoclosure or a closure. A throwing `try x.wait()` is a \
      future's wait, which returns at once if the future is already complete: that case is a WARNING.
      """,
    howToFix: """
      Use the async form: `try await future.get()`, `try await Task.sleep(for:)`, an `AsyncStream` or a \
      continuation instead of a semaphore. Blocking work belongs on a thread of its own (`NIOThreadPool`, a \
      dispatch queue) bridged back with a continuation.
      """,
    limits: """
      Async code is an `async` function (not one on the main actor: `@MainActor`, or a method of a \
      `@MainActor` type not marked `nonisolated`, runs on the main thread), initializer or accessor, a \
      `Task {}` / `Task.detached {}` / \
      `addTask {}` body, an `async` closure, and the non-escaping closures and autoclosure arguments run \
      inside them (`map`, `forEach`, `withLock`, `XCTAssert…`, the body of `with…Continuation`). A closure \
      handed to any other call is assumed to run elsewhere. A call written after `await` is an async wait \
      and fine (`await promise.wait()`). Synchronous helpers called from async code are not followed. \
      Statements after an unconditional `throw`, `return`, `break`, `continue`, `fatalError(…)` or a call to \
      one of the file's `-> Never` functions in the same block never run, nor does an `#if false` clause: \
      neither is reported. A name the file declares itself (a `func wait()` on one of its types, a \
      `var wait: () -> Bool`, a `func usleep`) need not block: a call with its argument labels that may reach \
      it (unqualified inside its type or at top level for a free one, on `self`, on a parameter or property \
      declared with that type, or on a receiver whose type cannot be read) is not reported.
      """,
    examples: [
      Example(
        .flagged, .swift,
        """
        import Dispatch

        func refresh(semaphore: DispatchSemaphore) async {
          semaphore.wait()  // expect: BAD VT0103
        }
        """),
      Example(
        .clean, .swift,
        """
        final class Promise {
          func wait() async -> Int { 0 }
        }

        func value(of promise: Promise) async -> Int {
          await promise.wait()
        }
        """),
    ])

  /// One finding per blocking call.
  static func check(_ facts: SwiftFileFacts, file: SourceFile) -> [Finding] {
    facts.blockingWaits.map { fact in
      let call = fact.calleeRange.map { shortened(file.text($0)) } ?? fact.callText
      if fact.mayBeComplete {
        return Finding(
          rule: description, verdict: .warning,
          message:
            "'\(call)' blocks a thread of the cooperative pool (\(fact.contextDescription)) unless the future is already complete; use 'try await …get()'",
          file: file, range: fact.range, enclosingMember: fact.enclosingMember)
      }
      return Finding(
        rule: description,
        message: "'\(call)' blocks a thread of the cooperative pool (\(fact.contextDescription))",
        file: file, range: fact.range, enclosingMember: fact.enclosingMember)
    }
  }

  /// The callee text on one line, at most 60 characters.
  private static func shortened(_ text: String) -> String {
    let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" })
    let line = words.joined(separator: " ")
    return line.count <= 60 ? line : String(line.prefix(28)) + "…" + String(line.suffix(28))
  }
}
