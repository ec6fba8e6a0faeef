// VT0104 sync-over-async-bridge: a synchronous function starts async work and blocks until it finishes.
// Called from a cooperative thread, it waits for a task that may need that very thread.
import Dispatch
import NIOCore

func load() async -> Int { 1 }
func work() async throws {}

func loadBlocking() -> Int {
  let semaphore = DispatchSemaphore(value: 0)
  nonisolated(unsafe) var result = 0
  Task {
    result = await load()
    semaphore.signal()
  }
  semaphore.wait()  // expect: WARNING VT0104
  return result
}

func groupBridge() {
  let group = DispatchGroup()
  group.enter()
  Task.detached {
    try? await work()
    group.leave()
  }
  group.wait()  // expect: WARNING VT0104
}

func futureBridge(eventLoop: EventLoop) throws {
  try eventLoop.makeFutureWithTask {
    try await work()
  }.wait()  // expect: WARNING VT0104
}

// The same bridges, marked unavailable from async code: the compiler keeps async callers away, so the
// blocking is the documented contract of a synchronous entry point.
@available(*, noasync, message: "Use shutdown() from async code")
func shutdownBlocking() {
  let semaphore = DispatchSemaphore(value: 0)
  Task {
    try? await work()
    semaphore.signal()
  }
  semaphore.wait()  // expect: GOOD VT0104
}

final class App {
  var eventLoop: EventLoop { fatalError() }

  @available(*, noasync, message: "Use the async start() instead.")
  func startBlocking() throws {
    try self.eventLoop.makeFutureWithTask {
      try await work()
    }.wait()  // expect: GOOD VT0104
  }
}

// Blocking without starting a task is not a bridge.
func waitForWorker(queue: DispatchQueue) {
  let semaphore = DispatchSemaphore(value: 0)
  queue.async { semaphore.signal() }
  semaphore.wait()
}
