// The continuation leaves the closure: stored, handed to a call, or parked in a locked state machine.
// vtlint cannot follow it there, so it says nothing (neither VT0102 nor GOOD).
import Foundation
import Synchronization

final class Gate: @unchecked Sendable {
  private var waiter: CheckedContinuation<Void, Never>?
  private var waiters: [CheckedContinuation<Void, Never>] = []

  func waitStored() async {
    await withCheckedContinuation { cont in
      self.waiter = cont
    }
  }

  func waitAppended() async {
    await withCheckedContinuation { self.waiters.append($0) }
  }

  func register(_ cont: CheckedContinuation<Void, Never>) {}

  func waitRegistered() async {
    await withCheckedContinuation { cont in
      register(cont)
    }
  }

  // Drains the parked continuations; each one is resumed once.
  func openAll() {
    let parked = waiters
    waiters.removeAll()
    for cont in parked {
      cont.resume()
    }
  }
}

// One arm parks the continuation in the state, the others resume at once: every path either resumes or
// hands it off.
final class Writer: @unchecked Sendable {
  enum Action { case proceed, wait, fail }
  struct WriterError: Error {}
  struct State {
    var pending: CheckedContinuation<Void, Error>?
    mutating func next() -> Action { .wait }
  }
  private let lock = NSLock()
  private var state = State()

  func write() async throws {
    try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, Error>) in
      let action = lock.withLock {
        let action = state.next()
        if case .wait = action {
          state.pending = continuation
        }
        return action
      }
      switch action {
      case .proceed:
        continuation.resume()
      case .wait:
        break
      case .fail:
        continuation.resume(throwing: WriterError())
      }
    }
  }
}

// Both the body and the cancellation handler resume, but each acts on a continuation that a transition of
// the locked state hands out at most once.
final class CancellationWaiter: Sendable {
  enum AddAction { case none, complete(CheckedContinuation<Bool, Never>, Bool) }
  enum CancelAction { case none, resume(CheckedContinuation<Bool, Never>, Bool) }
  struct State {
    mutating func add(_ c: CheckedContinuation<Bool, Never>, id: Int) -> AddAction { .none }
    mutating func cancel(id: Int) -> CancelAction { .none }
  }
  let state = Mutex(State())

  func wait(id: Int) async -> Bool {
    await withTaskCancellationHandler {
      await withCheckedContinuation { continuation in
        let action = self.state.withLock { $0.add(continuation, id: id) }
        switch action {
        case .none:
          ()
        case .complete(let continuation, let value):
          continuation.resume(returning: value)
        }
      }
    } onCancel: {
      switch self.state.withLock({ $0.cancel(id: id) }) {
      case .resume(let continuation, let value):
        continuation.resume(returning: value)
      case .none:
        ()
      }
    }
  }
}
