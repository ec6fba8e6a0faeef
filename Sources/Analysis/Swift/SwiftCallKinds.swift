import SwiftFrontend

/// What vtlint knows about well-known calls by name: which run a closure argument right here (so the
/// closure shares the caller's context), which start concurrent work, which never return.
enum SwiftCallKinds {
  /// `with…Continuation` calls: their closure receives a continuation that must be resumed exactly once.
  static let continuationFunctions: Set<String> = [
    "withCheckedContinuation", "withCheckedThrowingContinuation", "withUnsafeContinuation",
    "withUnsafeThrowingContinuation",
  ]

  /// Calls that never return.
  static let terminators: Set<String> = ["fatalError", "preconditionFailure", "exit", "abort"]

  /// An unqualified call to one of the `terminators` (`fatalError(…)`, not `process.exit()`).
  static func isTerminatorCall(_ callee: SwiftExpr) -> Bool {
    guard let name = SwiftSyntaxQueries.calleeName(callee)?.text else { return false }
    return terminators.contains(name) && SwiftSyntaxQueries.calleeBase(callee) == nil
  }

  /// Calls whose closure argument runs before the call returns, exactly once.
  static let inlineOnce: Set<String> = [
    "withLock", "withLockedValue", "withLockIfAvailable", "withCriticalRegion", "withMutableValue",
    "withUnsafeBufferPointer", "withUnsafeMutableBufferPointer", "withUnsafeBytes", "withUnsafeMutableBytes",
    "withUnsafePointer", "withUnsafeMutablePointer", "withContiguousStorageIfAvailable",
    "withContiguousMutableStorageIfAvailable", "withExtendedLifetime", "withoutActuallyEscaping",
    "autoreleasepool", "Result", "withTaskCancellationHandler", "withTaskGroup", "withThrowingTaskGroup",
    "withDiscardingTaskGroup", "withThrowingDiscardingTaskGroup", "withTaskExecutorPreference", "withValue",
    "withCheckedContinuation", "withCheckedThrowingContinuation", "withUnsafeContinuation",
    "withUnsafeThrowingContinuation", "withTaskPriorityEscalationHandler",
  ]

  /// Calls whose closure argument runs before the call returns, any number of times.
  static let inlineRepeated: Set<String> = [
    "map", "flatMap", "compactMap", "forEach", "filter", "reduce", "contains", "first", "firstIndex", "last",
    "lastIndex", "allSatisfy", "sorted", "sort", "min", "max", "drop", "prefix", "removeAll", "partition",
    "measure",
  ]

  static func runsClosureInline(_ name: String) -> Bool {
    inlineOnce.contains(name) || inlineRepeated.contains(name) || name.hasPrefix("XCTAssert")
  }

  static func runsClosureRepeatedly(_ name: String) -> Bool { inlineRepeated.contains(name) }

  /// Methods that start a child task whose closure runs concurrently (`group.addTask { … }`).
  static let taskAdders: Set<String> = [
    "addTask", "addTaskUnlessCancelled", "addImmediateTask", "addImmediateTaskUnlessCancelled",
  ]

  /// Members of `Task` that start one (`Task.detached { … }`).
  static let taskStarters: Set<String> = ["detached", "init", "immediate", "immediateDetached"]
}
