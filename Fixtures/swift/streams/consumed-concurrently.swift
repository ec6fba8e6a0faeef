// VT0105 stream-consumed-concurrently: one stream, or one single-consumer sequence, iterated from two bodies
// that run at the same time. AsyncThrowingStream and single-iterator library sequences trap (BAD); a plain
// AsyncStream splits its elements between the consumers (WARNING).
import NIOCore

func consume(_ value: Int) {}

func throwingStreamInTwoTasks() {
  let (stream, continuation) = AsyncThrowingStream.makeStream(of: Int.self)
  Task {
    for try await value in stream { consume(value) }
  }
  Task {
    for try await value in stream { consume(value) }  // expect: BAD VT0105
  }
  continuation.finish()
}

func streamInTwoChildTasks() async {
  let stream = AsyncStream<Int> { continuation in
    continuation.yield(1)
    continuation.finish()
  }
  await withTaskGroup(of: Void.self) { group in
    group.addTask {
      for await value in stream { consume(value) }
    }
    group.addTask {
      for await value in stream { consume(value) }  // expect: WARNING VT0105
    }
  }
}

func taskAndParent(stream: AsyncThrowingStream<Int, Error>) async throws {
  let reader = Task {
    for try await value in stream { consume(value) }
  }
  for try await value in stream { consume(value) }  // expect: BAD VT0105
  _ = await reader.result
}

func producerIterators(
  sequence: NIOThrowingAsyncSequenceProducer<Int, Error, NIOAsyncSequenceProducerBackPressureStrategies.HighLowWatermark, Delegate>
) async throws {
  let first = Task {
    var iterator = sequence.makeAsyncIterator()
    return try await iterator.next()
  }
  let second = Task {
    var iterator = sequence.makeAsyncIterator()  // expect: BAD VT0105
    return try await iterator.next()
  }
  _ = try await (first.value, second.value)
}

// One loop body, but started once per iteration: four consumers at once.
func childTasksInALoop(stream: AsyncThrowingStream<Int, Error>) async throws {
  try await withThrowingTaskGroup(of: Void.self) { group in
    for _ in 0..<4 {
      group.addTask {
        for try await value in stream { consume(value) }  // expect: BAD VT0105
      }
    }
    try await group.waitForAll()
  }
}

// One iterator shared by two tasks (a compile error in Swift 6 mode, not in Swift 5 mode).
func sharedIterator(stream: AsyncThrowingStream<Int, Error>) {
  var iterator = stream.makeAsyncIterator()
  Task {
    _ = try await iterator.next()
  }
  Task {
    _ = try await iterator.next()  // expect: BAD VT0105
  }
}

final class Delegate: NIOAsyncSequenceProducerDelegate {
  func produceMore() {}
  func didTerminate() {}
}
