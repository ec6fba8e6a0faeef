// Waits that are fine: asynchronous waits, waits outside async code, blocking work moved off the pool.
import Dispatch
import Foundation
import NIOCore
import NIOPosix

// A complete-once promise whose `wait()` is itself async.
final class Promise<Value: Sendable>: @unchecked Sendable {
  func wait() async -> Value { fatalError() }
  func complete(_ value: Value) {}
}

func awaitAnAsyncWait(promise: Promise<Int>) async -> Int {
  await promise.wait()
}

func awaitFutureGet(future: EventLoopFuture<Int>) async throws -> Int {
  let first = try await future.get()
  let second = try await future.get()
  return first + second
}

func asyncSleep() async throws {
  try await Task.sleep(nanoseconds: 1_000_000)
}

// Synchronous code may block (there is no Task to wait for here).
func syncWait(semaphore: DispatchSemaphore) {
  semaphore.wait()
  Thread.sleep(forTimeInterval: 0.01)
}

func syncMain(group: EventLoopGroup) throws {
  let value = try group.next().makeSucceededFuture(1).wait()
  print(value)
}

// Blocking work handed to another queue, bridged back with a continuation.
func offThePool(queue: DispatchQueue, semaphore: DispatchSemaphore) async {
  await withCheckedContinuation { cont in  // expect: GOOD VT0000
    queue.async {
      semaphore.wait()
      cont.resume()
    }
  }
}

// Blocking work handed to a thread pool.
func onThreadPool(pool: NIOThreadPool, semaphore: DispatchSemaphore) async throws {
  try await pool.runIfActive {
    semaphore.wait()
  }
}

// A nested synchronous function is its own context.
func nestedHelper(semaphore: DispatchSemaphore) async {
  func blockingHelper() {
    semaphore.wait()
  }
  _ = blockingHelper
}

// A closure stored for later is not run here.
func storedClosure(semaphore: DispatchSemaphore) async -> () -> Void {
  let later = { semaphore.wait() }
  return later
}

// Code after an unconditional `throw` (or `return`, `fatalError`) never runs: a test skipped up front keeps
// its blocking body below (found in real code).
struct Skipped: Error {}

func skippedTest() async throws {
  throw Skipped()
  sleep(6)
}

// A `@MainActor` async function runs on the main thread, not on the cooperative pool: a test spinning the
// main run loop to let the UI render a pass holds no pool thread (found in real code, checked at run time).
@MainActor
func renderPass() async {
  RunLoop.main.run(until: Date().addingTimeInterval(0.1))
}

@MainActor
final class ViewTests {
  func testRender() async {
    RunLoop.main.run(until: Date().addingTimeInterval(0.1))
  }
}
