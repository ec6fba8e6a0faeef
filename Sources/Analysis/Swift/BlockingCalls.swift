import SourceModel
import SwiftFrontend

/// Recognises calls that block the calling thread, and calls that start a task, by how they are written.
enum BlockingCalls {
  /// The blocking call's name range and a short text for messages, or nil.
  static func match(callee: SwiftExpr, arguments: [SwiftArgument], trailing: [SwiftArgument]) -> (
    range: ByteRange, text: String
  )? {
    switch callee.kind {
    case .identifier(let name, _):
      // POSIX `sleep(1)` / `usleep(1000)` as free functions.
      if name.text == "sleep" || name.text == "usleep" { return (name.range, name.text) }
      return nil
    case .memberAccess(let base?, let name, _):
      let chain = SwiftSyntaxQueries.chainNames(base)
      let receiver = chain.last.map { "\($0)." } ?? ""
      switch name.text {
      case "wait":
        // `DispatchSemaphore.wait`, `DispatchGroup.wait`, `EventLoopFuture.wait()`, condition waits. A
        // `wait` with a trailing closure is some other API.
        // XCTest's `wait(for:timeout:)` and other labelled waits are different APIs.
        guard trailing.isEmpty, arguments.allSatisfy({ ["timeout", "wallTimeout"].contains($0.label?.text) })
        else { return nil }
        return (name.range, receiver + "wait")
      case "waitUntilExit": return (name.range, receiver + "waitUntilExit")
      case "sleep":
        if chain.last == "Thread" || chain.last == "Foundation" || chain.last == "Glibc" || chain.last == "Darwin" {
          return (name.range, receiver + "sleep")
        }
        return nil
      case "usleep":
        if chain.last == "Foundation" || chain.last == "Glibc" || chain.last == "Darwin" {
          return (name.range, receiver + "usleep")
        }
        return nil
      case "run":
        if chain.contains("RunLoop") { return (name.range, "RunLoop.run") }
        return nil
      default: return nil
      }
    default: return nil
    }
  }

  /// `Task { … }`, `Task.detached { … }`, `Task(priority:) { … }`, `group.addTask { … }`.
  static func startsTask(callee: SwiftExpr) -> Bool {
    switch callee.kind {
    case .identifier(let name, _): return name.text == "Task"
    case .type(let type): return type.lastName == "Task"
    case .memberAccess(let base, let name, _):
      if SwiftCallKinds.taskAdders.contains(name.text) { return true }
      guard SwiftCallKinds.taskStarters.contains(name.text), let base else { return false }
      switch base.kind {
      case .identifier(let baseName, _): return baseName.text == "Task"
      case .type(let type): return type.lastName == "Task"
      default: return false
      }
    default: return false
    }
  }

  /// `makeFutureWithTask { … }` (NIO): starts a task and returns a future of its result.
  static func startsFutureTask(callee: SwiftExpr) -> Bool {
    SwiftSyntaxQueries.calleeName(callee)?.text == "makeFutureWithTask"
  }
}
