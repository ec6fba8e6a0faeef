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
