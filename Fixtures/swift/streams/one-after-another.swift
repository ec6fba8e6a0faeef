// Consumers that never overlap: one in each arm of an `if`/`switch` (only one task is ever started), or a
// second consumer reached only after the first one's task was awaited (`await t.value` / `t.result`) on
// every path. A wait on some paths only leaves the two concurrent on the others.
func consume(_ value: Int) {}

func oneOfTwoTasks(_ flag: Bool) async {
  let (stream, continuation) = AsyncThrowingStream.makeStream(of: Int.self)
  let task: Task<Void, Error>
  if flag {
    task = Task { for try await value in stream { consume(value) } }
  } else {
    task = Task { for try await value in stream { consume(-value) } }
  }
  continuation.finish()
  _ = await task.result
}

func oneOfThreeArms(_ n: Int) {
  let (stream, continuation) = AsyncThrowingStream.makeStream(of: Int.self)
  switch n {
  case 0: Task { for try await value in stream { consume(value) } }
  case 1: Task { for try await value in stream { consume(value + 1) } }
  default: Task { for try await value in stream { consume(-value) } }
  }
  continuation.finish()
}

func drainAgainAfterTheTask() async throws {
  let (stream, continuation) = AsyncThrowingStream.makeStream(of: Int.self)
  let first = Task { for try await value in stream { consume(value) } }
  continuation.finish()
  try await first.value
  for try await value in stream { consume(value) }
}

func secondTaskAfterTheFirst() async {
  let (stream, continuation) = AsyncThrowingStream.makeStream(of: Int.self)
  let first = Task { for try await value in stream { consume(value) } }
  continuation.finish()
  _ = await first.result
  Task { for try await value in stream { consume(value) } }
}

func waitedOnOnePathOnly(_ flag: Bool) async throws {
  let (stream, continuation) = AsyncThrowingStream.makeStream(of: Int.self)
  let first = Task { for try await value in stream { consume(value) } }
  continuation.finish()
  if flag { _ = await first.result }
  for try await value in stream { consume(value) }  // expect: BAD VT0105
}

// An arm that starts a consumer and leaves: the rest of the function is the other arm.
func backgroundOrHere(_ stream: AsyncThrowingStream<Int, Error>, _ background: Bool) async throws {
  if background {
    Task { for try await value in stream { consume(value) } }
    return
  }
  for try await value in stream { consume(value) }
}

func guardedHere(_ stream: AsyncThrowingStream<Int, Error>, _ here: Bool) async throws {
  guard here else {
    Task { for try await value in stream { consume(value) } }
    return
  }
  for try await value in stream { consume(value) }
}

// Started and awaited in the same arm: where the arm does not run, there is no task.
func previewFirst(_ stream: AsyncThrowingStream<Int, Error>, _ preview: Bool) async throws {
  if preview {
    let task = Task { for try await value in stream { consume(value) } }
    try await task.value
  }
  for try await value in stream { consume(value) }
}

// Each round waits for its task: no two copies overlap.
func roundByRound(_ stream: AsyncThrowingStream<Int, Error>) async {
  for _ in 0..<3 {
    let task = Task { for try await value in stream { consume(value) } }
    _ = await task.result
  }
}

// The arms of `?:` and of a `switch` expression never both run.
func eitherTask(_ stream: AsyncThrowingStream<Int, Error>, _ flag: Bool) {
  let task = flag
    ? Task { for try await value in stream { consume(value) } }
    : Task { for try await value in stream { consume(-value) } }
  _ = task
}

// `if let stream = other` is another stream.
func shadowed(_ stream: AsyncThrowingStream<Int, Error>, _ other: AsyncThrowingStream<Int, Error>?) async throws {
  Task { for try await value in stream { consume(value) } }
  if let stream = other {
    for try await value in stream { consume(value) }
  }
}
