// VT0103 blocking-wait-in-async: a blocking wait or sleep on a thread of the cooperative pool. The pool has
// about one thread per core and does not grow, so a few of these deadlock the whole process.
import Dispatch
import Foundation
import NIOCore
import XCTest

func semaphoreInAsyncFunction(semaphore: DispatchSemaphore) async {
  semaphore.wait()  // expect: BAD VT0103
}

func semaphoreWithTimeout(semaphore: DispatchSemaphore) async -> Bool {
  semaphore.wait(timeout: .now() + 1) == .success  // expect: BAD VT0103
}

func groupWaitInTask(group: DispatchGroup) {
  Task {
    group.wait()  // expect: BAD VT0103
  }
}

func sleepsInAsyncCode() async {
  Thread.sleep(forTimeInterval: 0.1)  // expect: BAD VT0103
  sleep(1)  // expect: BAD VT0103
  usleep(1000)  // expect: BAD VT0103
}

func runLoopInDetachedTask() {
  Task.detached {
    RunLoop.current.run(until: Date().addingTimeInterval(1))  // expect: BAD VT0103
  }
}

func processInChildTask(process: Process) async {
  await withTaskGroup(of: Void.self) { group in
    group.addTask {
      process.waitUntilExit()  // expect: BAD VT0103
    }
  }
}

final class ChannelTests: XCTestCase {
  // The autoclosure hides the call from the compiler's `noasync` check. A throwing wait is a future's,
  // which returns at once if the future is already complete: a warning, not BAD.
  func testCloseInAutoclosure() async throws {
    let future: EventLoopFuture<Void> = makeFuture()
    XCTAssertNoThrow(try future.wait())  // expect: WARNING VT0103
  }

  func testWaitInsideMap() async throws {
    let futures: [EventLoopFuture<Int>] = []
    let values = try futures.map { try $0.wait() }  // expect: WARNING VT0103
    XCTAssertEqual(values, [])
  }

  func makeFuture() -> EventLoopFuture<Void> { fatalError() }
}

actor Cache {
  var entries: [String: Int] = [:]

  func refresh() async {
    sleep(1)  // expect: BAD VT0103
    entries.removeAll()
  }
}

// Code after a `return` never runs; the wait after the `if` does.
func afterReturn(_ semaphore: DispatchSemaphore, _ flag: Bool) async {
  if flag {
    return
    semaphore.wait()
  }
  semaphore.wait()  // expect: BAD VT0103
}
