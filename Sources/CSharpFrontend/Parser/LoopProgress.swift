/// A guard for parser loops: each iteration must consume a token, or the guard consumes one itself and
/// reports it, so no input can make a loop spin.
struct LoopProgress {
  private var lastPosition = -1

  /// Call at the top of every loop iteration. Returns `false` (after skipping a token with a diagnostic)
  /// when the previous iteration consumed nothing; at end of file it returns `false` and the loop must stop.
  /// Inlined: it runs at every iteration of every parser loop (about 4 million times on a large tree).
  @inline(__always)
  mutating func check(_ parser: inout CSharpParser) -> Bool {
    if parser.isAtEnd { return false }
    if parser.pos == lastPosition { return skipStuckToken(&parser) }
    lastPosition = parser.pos
    return true
  }

  /// The loop consumed nothing: skip one token with a diagnostic (rare, so kept out of line).
  @inline(never)
  private mutating func skipStuckToken(_ parser: inout CSharpParser) -> Bool {
    parser.report("unexpected '\(parser.text(parser.current))'", at: parser.current.range)
    parser.advance()
    lastPosition = parser.pos
    return !parser.isAtEnd
  }
}
