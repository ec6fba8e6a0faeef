// Streams consumed by one body at a time: GOOD (VT0000) when consumed exactly once, silent otherwise.
func consume(_ value: Int) {}

func consumedOnceInATask() {
  let (stream, continuation) = AsyncStream.makeStream(of: Int.self)
  Task {
    for await value in stream { consume(value) }  // expect: GOOD VT0000
  }
  continuation.yield(1)
  continuation.finish()
}

func consumedOnceHere(stream: AsyncThrowingStream<Int, Error>) async throws {
  for try await value in stream { consume(value) }  // expect: GOOD VT0000
}

// Iterating again after the first loop ended is legal: a finished stream yields nothing more.
func sequentialLoops(stream: AsyncStream<Int>) async {
  for await value in stream { consume(value) }
  for await value in stream { consume(value) }
}

// The loop in the parent ends before the task starts.
func loopThenTask(stream: AsyncStream<Int>) async {
  for await value in stream { consume(value) }
  Task {
    for await value in stream { consume(value) }
  }
}

// A sequence of unknown type may well support many consumers (share(), broadcast sequences).
func unknownSequence<S: AsyncSequence & Sendable>(shared: S) where S.Element == Int {
  Task {
    for try await value in shared { consume(value) }
  }
  Task {
    for try await value in shared { consume(value) }
  }
}

// An explicit multi-consumer sequence made from the stream: its consumers are not the stream's.
extension AsyncSequence where Self: Sendable {
  func share() -> Self { self }
}

func sharedStream(stream: AsyncStream<Int>) {
  let shared = stream.share()
  Task {
    for await value in shared { consume(value) }
  }
  Task {
    for await value in shared { consume(value) }
  }
}

// One iterator, driven by one task: a single consumer.
func iteratorInOneTask(stream: AsyncThrowingStream<Int, Error>) {
  var iterator = stream.makeAsyncIterator()  // expect: GOOD VT0000
  Task {
    while let value = try await iterator.next() { consume(value) }
  }
}
