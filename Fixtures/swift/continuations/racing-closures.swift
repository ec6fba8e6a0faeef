// VT0106 continuation-resumed-in-racing-closures: two escaping closures (or a closure and the body) each
// resume the same continuation, and nothing decides which one owns it.
import Dispatch
import Foundation

struct TimeoutError: Error {}

protocol Operation: Sendable {
  func start(_ done: @escaping @Sendable (Int) -> Void)
}

func callbackAndTimeout(operation: Operation, queue: DispatchQueue) async throws -> Int {
  try await withCheckedThrowingContinuation { cont in
    operation.start { value in
      cont.resume(returning: value)
    }
    queue.asyncAfter(deadline: .now() + 5) {
      cont.resume(throwing: TimeoutError())  // expect: WARNING VT0106
    }
  }
}

func callbackAndImmediateResume(operation: Operation) async -> Int {
  await withCheckedContinuation { cont in
    operation.start { value in
      cont.resume(returning: value)
    }
    cont.resume(returning: 0)  // expect: WARNING VT0106
  }
}

// The same two closures, but each takes the continuation out of a locked state first: whichever runs first
// gets it, the other finds nothing. Not reported.
final class Race: @unchecked Sendable {
  private let lock = NSLock()
  private var pending: CheckedContinuation<Int, Error>?

  private func take() -> CheckedContinuation<Int, Error>? {
    lock.withLock {
      defer { pending = nil }
      return pending
    }
  }

  func value(operation: Operation, queue: DispatchQueue) async throws -> Int {
    try await withCheckedThrowingContinuation { cont in
      lock.withLock { pending = cont }
      operation.start { value in
        if let owner = self.take() {
          owner.resume(returning: value)
        }
      }
      queue.asyncAfter(deadline: .now() + 5) {
        if let owner = self.take() {
          owner.resume(throwing: TimeoutError())
        }
      }
    }
  }
}
