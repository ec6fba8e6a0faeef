// Continuations resumed exactly once on every path: GOOD (VT0000 consumed-once), never VT0101/VT0102.
import Foundation
import NIOCore

enum ParseError: Error { case empty }

func exclusiveIfArms(flag: Bool) async -> Int {
  await withCheckedContinuation { cont in  // expect: GOOD VT0000
    if flag {
      cont.resume(returning: 1)
    } else {
      cont.resume(returning: 2)
    }
  }
}

func elseIfChain(value: Int) async -> String {
  await withCheckedContinuation { cont in  // expect: GOOD VT0000
    if value < 0 {
      cont.resume(returning: "negative")
    } else if value == 0 {
      cont.resume(returning: "zero")
    } else {
      cont.resume(returning: "positive")
    }
  }
}

func resumeThenReturn(text: String) async throws -> Int {
  try await withCheckedThrowingContinuation { cont in  // expect: GOOD VT0000
    guard let value = Int(text) else {
      cont.resume(throwing: ParseError.empty)
      return
    }
    cont.resume(returning: value)
  }
}

func earlyReturnInsideIf(text: String) async throws -> Int {
  try await withCheckedThrowingContinuation { cont in  // expect: GOOD VT0000
    if text.isEmpty {
      cont.resume(throwing: ParseError.empty)
      return
    }
    cont.resume(returning: text.count)
  }
}

func oneResumeOfAResult(body: @escaping () throws -> Int) async throws -> Int {
  try await withCheckedThrowingContinuation { cont in  // expect: GOOD VT0000
    cont.resume(with: Result { try body() })
  }
}

func doCatchArms(parse: () throws -> Int) async throws -> Int {
  try await withCheckedThrowingContinuation { cont in  // expect: GOOD VT0000
    do {
      let value = try parse()
      cont.resume(returning: value)
    } catch {
      cont.resume(throwing: error)
    }
  }
}

func switchOverAnEnum(result: Result<Int, Error>) async throws -> Int {
  try await withUnsafeThrowingContinuation { cont in  // expect: GOOD VT0000
    switch result {
    case .success(let value):
      cont.resume(returning: value)
    case .failure(let error):
      cont.resume(throwing: error)
    }
  }
}

func deferredResumeOnly(work: () -> Void) async {
  await withCheckedContinuation { cont in  // expect: GOOD VT0000
    defer { cont.resume() }
    work()
  }
}

// Two resumes in exclusive switch arms inside a completion callback, on an Unsafe continuation: the
// shape of bridging a future into async code.
extension EventLoopFuture {
  func valueFromCallback() async throws -> Value where Value: Sendable {
    try await withUnsafeThrowingContinuation { cont in  // expect: GOOD VT0000
      self.whenComplete { result in
        switch result {
        case .success(let value):
          cont.resume(returning: value)
        case .failure(let error):
          cont.resume(throwing: error)
        }
      }
    }
  }
}

// The cancellation idiom: the cancel handler only records the cancellation; the worker resumes once, with
// the value or with CancellationError.
final class WorkerPool: @unchecked Sendable {
  enum ShouldRun { case run, skip }
  private let lock = NSLock()
  private var cancelled: Set<Int> = []

  func submit(id: Int, _ work: @escaping (ShouldRun) -> Void) {}

  func run<T: Sendable>(id: Int, _ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withTaskCancellationHandler {
      try await withCheckedThrowingContinuation { (cont: CheckedContinuation<T, Error>) in  // expect: GOOD VT0000
        self.submit(id: id) { decision in
          switch decision {
          case .run:
            cont.resume(with: Result(catching: body))
          case .skip:
            cont.resume(throwing: CancellationError())
          }
        }
      }
    } onCancel: {
      self.lock.lock()
      self.cancelled.insert(id)
      self.lock.unlock()
    }
  }
}

// A `fallthrough` carries its case into the next one, which resumes.
func throughCases(_ n: Int) async -> Int {
  await withCheckedContinuation { c in  // expect: GOOD VT0000
    switch n {
    case 1: fallthrough
    case 2: c.resume(returning: 2)
    default: c.resume(returning: 3)
    }
  }
}
