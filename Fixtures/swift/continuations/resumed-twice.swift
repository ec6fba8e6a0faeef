// VT0101 continuation-resumed-twice: two resumes that can both run on one path.
import Foundation

enum LoadError: Error { case late, parse }

protocol Source {
  func fetch(_ done: @escaping (Result<Int, Error>) -> Void)
}

func straightLine() async -> Int {
  await withCheckedContinuation { continuation in
    continuation.resume(returning: 1)
    continuation.resume(returning: 2)  // expect: BAD VT0101
  }
}

func ifWithoutElseThenResume(flag: Bool) async throws -> Int {
  try await withCheckedThrowingContinuation { cont in
    if flag {
      cont.resume(returning: 1)
    }
    cont.resume(returning: 2)  // expect: BAD VT0101
  }
}

func switchArmThatFallsOut(value: Int) async -> Int {
  await withUnsafeContinuation { cont in
    switch value {
    case 0:
      cont.resume(returning: 0)
    default:
      break
    }
    cont.resume(returning: value)  // expect: BAD VT0101
  }
}

func twiceInsideOneCallback(source: Source) async throws -> Int {
  try await withUnsafeThrowingContinuation { cont in
    source.fetch { result in
      cont.resume(with: result)
      cont.resume(throwing: LoadError.late)  // expect: BAD VT0101
    }
  }
}

func throughAnAlias() async {
  await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
    let saved = continuation
    saved.resume()
    continuation.resume()  // expect: BAD VT0101
  }
}

func log(_ message: String) throws {}

func catchAfterTheResume(text: String) async throws -> Int {
  try await withCheckedThrowingContinuation { cont in
    do {
      cont.resume(returning: text.count)
      try log("resumed")
    } catch {
      cont.resume(throwing: error)  // expect: BAD VT0101
    }
  }
}

func deferredResumeAfterAResume() async {
  await withCheckedContinuation { cont in
    defer {
      cont.resume()  // expect: BAD VT0101
    }
    cont.resume()
  }
}
