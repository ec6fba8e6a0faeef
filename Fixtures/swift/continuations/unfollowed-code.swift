// Ways a continuation is resumed that the paths do not follow, so vtlint says nothing about leaks (or GOOD):
// a local function that resumes it, called directly or handed on as a callback (found in real code: a
// `safeResume` function passed as the completion handler), and a `var` copy cleared once used, whose later
// `?.resume` does nothing.
func load(completion: @escaping @Sendable (Int) -> Void) { completion(42) }

func viaLocalFunction() async -> Int {
  await withCheckedContinuation { continuation in
    @Sendable func finish(_ value: Int) { continuation.resume(returning: value) }
    load(completion: finish)
  }
}

func viaDirectCall() async -> Int {
  await withCheckedContinuation { continuation in
    func finish(_ value: Int) { continuation.resume(returning: value) }
    finish(1)
  }
}

func viaClearedCopy(_ flag: Bool) async -> Int {
  await withCheckedContinuation { continuation in
    var once: CheckedContinuation<Int, Never>? = continuation
    if flag {
      once?.resume(returning: 1)
      once = nil
    }
    once?.resume(returning: 2)
  }
}
