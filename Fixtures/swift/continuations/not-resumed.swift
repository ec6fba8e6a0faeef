// VT0102 continuation-not-resumed: a path that neither resumes the continuation nor hands it to someone
// else. The waiting task is suspended forever.
import Foundation

func neverResumed() async {
  await withCheckedContinuation { cont in  // expect: BAD VT0102
    print("started")
  }
}

func parameterIgnored() async {
  await withCheckedContinuation { _ in }  // expect: BAD VT0102
}

func ifWithoutElse(flag: Bool) async -> Int {
  await withCheckedContinuation { cont in  // expect: BAD VT0102
    if flag {
      cont.resume(returning: 1)
    }
  }
}

func earlyReturnBeforeResume(text: String) async throws -> Int {
  try await withCheckedThrowingContinuation { cont in
    guard let value = Int(text) else {
      return  // expect: BAD VT0102
    }
    cont.resume(returning: value)
  }
}

func switchArmWithoutResume(code: Int) async -> String {
  await withUnsafeContinuation { cont in
    switch code {
    case 200:
      cont.resume(returning: "ok")
    case 404:
      cont.resume(returning: "missing")
    default:
      return  // expect: BAD VT0102
    }
  }
}

// A completion callback that gives up when its owner is gone, before resuming: the caller hangs. Not in an
// instance method's own body, whose caller keeps `self` alive until it returns (found by an adversarial
// review, and checked at run time): there `guard let self` cannot fail while the method waits.
final class Downloader {
  func start(_ completion: @escaping (Data) -> Void) {}
  func decode(_ data: Data) -> String { "" }

  func load() async -> String {
    await withCheckedContinuation { cont in
      self.start { [weak self] data in
        guard let self else { return }
        cont.resume(returning: self.decode(data))
      }
    }
  }

  // In a task holding `self` weakly, nothing keeps it alive while the task waits.
  func loadLater(_ done: @escaping @Sendable (String) -> Void) {
    Task { [weak self] in
      let text = await withCheckedContinuation { cont in
        fetchData { [weak self] data in
          guard let self else { return }  // expect: BAD VT0102
          cont.resume(returning: self.decode(data))
        }
      }
      done(text)
    }
  }
}

func fetchData(_ completion: @escaping (Data) -> Void) {}

// The completion-handler shape `(Data?, Error?)`: bailing out of the guard leaves the caller waiting.
func request(_ completion: @escaping (Data?, Error?) -> Void) {}

func fetchData() async throws -> Data {
  try await withCheckedThrowingContinuation { cont in
    request { data, error in
      if let error {
        cont.resume(throwing: error)
        return
      }
      guard let data else {
        return  // expect: BAD VT0102
      }
      cont.resume(returning: data)
    }
  }
}

// An event handler may be called again: an event that is not the awaited one skips the resume, and a later
// call resumes. vtlint says nothing about such paths.
enum Event { case progress, done }
func observe(_ handler: @escaping (Event) -> Void) {}

func waitUntilDone() async {
  await withCheckedContinuation { cont in
    observe { event in
      if case .done = event {
        cont.resume()
      }
    }
  }
}

// The same with a `guard` filtering events (found in real code: a connection's state handler waiting for
// `.ready`). The handler is called again for later states, so the early return is no leak.
enum ConnectionState { case setup, ready }
func onStateChange(_ handler: @escaping (ConnectionState) -> Void) {}

func waitUntilReady() async {
  await withCheckedContinuation { cont in
    onStateChange { state in
      guard state == .ready else { return }
      cont.resume()
    }
  }
}

// A completion handler named for its outcome is called once: its guard's early return does leak.
func fetch(_ completion: @escaping (Result<Int, Error>) -> Void) {}

func fetchCount() async throws -> Int {
  try await withCheckedThrowingContinuation { cont in
    fetch { result in
      guard case .success(let value) = result else {
        return  // expect: BAD VT0102
      }
      cont.resume(returning: value)
    }
  }
}
