import SourceModel

/// Per-path knowledge about one one-shot value at one program point.
struct ValueState: Hashable {
  /// Fewest consumptions on any path reaching this point (capped at 2).
  var minCount: UInt8 = 0
  /// Most consumptions on any path reaching this point (capped at 2).
  var maxCount: UInt8 = 0
  /// The first consumption on some path, for messages.
  var first: ByteRange?
  /// That first consumption may still be running (a launched lambda, a `WhenAll` argument).
  var firstConcurrent = false
  /// Known complete on every path (a completion guard held).
  var complete = false

  /// The state at a merge point.
  func joined(with other: ValueState) -> ValueState {
    ValueState(
      minCount: Swift.min(minCount, other.minCount), maxCount: Swift.max(maxCount, other.maxCount),
      first: first ?? other.first, firstConcurrent: firstConcurrent || other.firstConcurrent,
      complete: complete && other.complete)
  }
}

/// Everything the flow analysis tracks along one set of paths: which value each tracked variable holds
/// and what happened to each value. `reachable == false` is the state after `return`/`throw`/`break`.
struct PathState: Hashable {
  /// Marks a variable whose value differs between merged paths: uses of it say nothing.
  static let conflict = -1

  var reachable = true
  var binding: [Int: Int] = [:]
  var values: [Int: ValueState] = [:]

  static let unreachable = PathState(reachable: false)

  /// Merges two path states. Returns the merged state and the values whose variable bindings conflicted
  /// (the caller stops judging those: precision first).
  func joined(with other: PathState) -> (PathState, [Int]) {
    if !reachable { return (other, []) }
    if !other.reachable { return (self, []) }
    var result = self
    var conflicted: [Int] = []
    for (variable, value) in other.binding {
      if let mine = result.binding[variable], mine != value {
        if mine != PathState.conflict { conflicted.append(mine) }
        if value != PathState.conflict { conflicted.append(value) }
        result.binding[variable] = PathState.conflict
      } else if result.binding[variable] == nil {
        result.binding[variable] = value
      }
    }
    for (value, state) in other.values {
      if let mine = result.values[value] {
        result.values[value] = mine.joined(with: state)
      } else {
        result.values[value] = state
      }
    }
    return (result, conflicted)
  }

  /// This state without the bindings of variables `first` and later (declared where they are now out of
  /// scope: no name reaches them any more).
  func droppingBindings(from first: Int) -> PathState {
    guard binding.keys.contains(where: { $0 >= first }) else { return self }
    var result = self
    result.binding = binding.filter { $0.key < first }
    return result
  }
}
