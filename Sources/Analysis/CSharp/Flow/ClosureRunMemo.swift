import SourceModel

/// Closure runs already walked in one function body, so an identical run is not walked again: local
/// functions calling each other several times each, inside loops, multiplied walks exponentially. A run is
/// identical when everything its walk reads is: the closure, the names in scope (their content identity,
/// see `NameScopes.contentID`), the whole path state, and the walker's modes. Its result is the path state
/// it leaves. Everything else a walk does to the walker (facts, first uses, opacity, giving the method up)
/// only accumulates, is never undone before the body's end, and was done by the first run already, so
/// repeating it would change nothing.
struct ClosureRunMemo {
  /// Everything a closure walk depends on.
  struct Key: Hashable {
    var closure: UInt32
    var names: Int
    var state: PathState
    var captureDepth: Int
    var depth: Int
    var site: ByteRange?
    var concurrent: Bool
    var opaque: Bool
    var times: Int
    var active: Set<UInt32>
  }

  /// The path state each finished run left.
  var runs: [Key: PathState] = [:]
}
