// Callbacks called more than once (found by an adversarial review): a guard that filters their events is no
// leak, even when a parameter is named like a completion handler's. A handler registered with an `on…`,
// `observe…`, `sink` or `subscribe…` call, one whose guard also tests a condition (`result.isFinal`), and
// one that resumes only once enough calls came in are all called again.
struct Message { var id: Int; var body: String }
struct Partial { var isFinal: Bool; var text: String }

final class Socket {
  func onMessage(_ handler: @escaping (Message) -> Void) {}
}

final class Recognizer {
  func recognize(_ handler: @escaping (Partial?, Error?) -> Void) {}
}

func download(_ urls: [String], _ each: @escaping (String?, Error?) -> Void) {}

func reply(_ socket: Socket, id: Int) async -> String {
  await withCheckedContinuation { c in
    socket.onMessage { response in
      guard response.id == id else { return }
      c.resume(returning: response.body)
    }
  }
}

func transcribe(_ recognizer: Recognizer) async throws -> String {
  try await withCheckedThrowingContinuation { c in
    recognizer.recognize { result, error in
      if let error {
        c.resume(throwing: error)
        return
      }
      guard let result, result.isFinal else { return }
      c.resume(returning: result.text)
    }
  }
}

func downloadBoth() async -> [String] {
  await withCheckedContinuation { c in
    var results: [String] = []
    download(["a", "b"]) { item, error in
      guard let item else { return }
      results.append(item)
      if results.count == 2 { c.resume(returning: results) }
    }
  }
}

// Sensor updates (`start…Updates`): the handler is called for every sample.
struct Sample { var x: Double }
final class Motion {
  func startAccelerometerUpdates(_ handler: @escaping (Sample?, Error?) -> Void) {}
  func stopAccelerometerUpdates() {}
}

func firstSample(_ motion: Motion) async -> Double {
  await withCheckedContinuation { c in
    motion.startAccelerometerUpdates { data, error in
      guard let data else { return }
      motion.stopAccelerometerUpdates()
      c.resume(returning: data.x)
    }
  }
}
