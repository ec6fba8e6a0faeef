// In Swift these handles can be awaited many times. The .NET "awaited twice" rule does not carry over:
// nothing here is reported.
import NIOCore

func compute() async -> Int { 42 }

func taskValueTwice() async -> Int {
  let task = Task { await compute() }
  let first = await task.value
  let second = await task.value
  return first + second
}

func taskValueConcurrently() async -> Int {
  let task = Task { await compute() }
  return await withTaskGroup(of: Int.self) { group in
    for _ in 0..<4 {
      group.addTask { await task.value }
    }
    return await group.reduce(0, +)
  }
}

func asyncLetTwice() async -> Int {
  async let value = compute()
  return await value + value
}

func futureGetTwice(future: EventLoopFuture<Int>) async throws -> Int {
  let a = try await future.get()
  let b = try await future.get()
  return a + b
}
