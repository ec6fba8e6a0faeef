import SourceModel

/// Parses the member bodies a tree deferred, one at a time and only when asked: the analysis of a large
/// tree needs the statements of the few members that mention a one-shot value, and parsing only those
/// is most of what makes a whole-repository run fast. A body parsed here is the same tree the full parse
/// builds (same tokens, bracket matches, `async` context and nesting depth), except in broken code whose
/// parse would run past the body's matching `}`: here it stops there, where the member's range ends.
///
/// Used by one thread for one file; the syntax errors met in parsed bodies accumulate in `diagnostics`.
/// A body asked for twice is parsed twice (nothing asks twice today) but its errors are counted once.
public final class DeferredBodyParser {
  /// The tree whose bodies this parses (another parser of the same tree can serve another thread).
  public let tree: CSharpSyntaxTree
  /// Syntax errors inside the bodies parsed so far, in the order met.
  public private(set) var diagnostics: [SyntaxDiagnostic] = []
  /// The first tokens (a block's `{`) of the bodies and values parsed so far. Parsed trees are not kept,
  /// so memory holds one member's statements at a time.
  private var parsed: Set<Int32> = []

  public init(tree: CSharpSyntaxTree) {
    self.tree = tree
  }

  /// `block` itself when it was parsed with the tree; otherwise its statements, parsed now.
  public func resolve(_ block: Block) -> Block {
    guard let deferred = block.deferred, Int(deferred.openToken) < tree.parserTokens.count else { return block }
    var parser = parser(
      at: deferred.openToken, through: closer(of: deferred.openToken), depth: deferred.depth,
      isAsync: deferred.isAsync, depthLimitReported: deferred.depthLimitReported)
    let body = parser.parseBlock()
    if parsed.insert(deferred.openToken).inserted { diagnostics += parser.diagnostics }
    return body
  }

  /// `expr` itself unless it is a deferred member value (`=> value;`, `= value;`); otherwise that value,
  /// parsed now.
  public func resolve(_ expr: Expr) -> Expr {
    guard case .deferred(let deferred) = expr.kind, Int(deferred.endToken) < tree.parserTokens.count else {
      return expr
    }
    var parser = parser(
      at: deferred.firstToken, through: deferred.endToken, depth: deferred.depth, isAsync: deferred.isAsync,
      depthLimitReported: deferred.depthLimitReported)
    let value = parser.parseMemberValue(
      endingAt: parser.localIndex(of: Int(deferred.endToken)), isInitializer: deferred.isInitializer)
    if parsed.insert(deferred.firstToken).inserted { diagnostics += parser.diagnostics }
    return value
  }

  /// `attribute` with its arguments parsed, if they were deferred.
  public func resolveArguments(_ attribute: Attribute) -> Attribute {
    guard let deferred = attribute.deferredArguments, Int(deferred.openToken) < tree.parserTokens.count else {
      return attribute
    }
    var parser = parser(
      at: deferred.openToken, through: closer(of: deferred.openToken), depth: deferred.depth,
      isAsync: deferred.isAsync, depthLimitReported: deferred.depthLimitReported)
    var resolved = attribute
    resolved.arguments = parser.parseArgumentList(closer: .closeParen)
    resolved.deferredArguments = nil
    if parsed.insert(deferred.openToken).inserted { diagnostics += parser.diagnostics }
    return resolved
  }

  /// The index of the closer matching the opener at `token`, or -1.
  private func closer(of token: Int32) -> Int32 {
    Int(token) < tree.matchingClose.count ? tree.matchingClose[Int(token)] : -1
  }

  /// A parser of the tree's tokens `token...last` (then the end of file), in the state the skipped part
  /// would have been parsed in. A skipped part ends at its matching closer or `;`, and so does the member's
  /// range: in broken code the parse could otherwise run past it (an interpolation hole swallowing the
  /// body's `}`) into tokens the first pass read as other members, which the analysis of this member must
  /// not see. With no such end (`last` is -1: an unmatched `{`), it reads on to the end of the file.
  private func parser(
    at token: Int32, through last: Int32, depth: Int32, isAsync: Bool, depthLimitReported: Bool
  ) -> CSharpParser {
    var parser: CSharpParser
    let (first, last) = (Int(token), Int(last))
    if first <= last && last < tree.parserTokens.count - 1 {
      var tokens = Array(tree.parserTokens[first...last])
      let end = tokens[tokens.count - 1].range.end
      tokens.append(Token(kind: .endOfFile, range: ByteRange(start: end, end: end)))
      var matches = [Int32](repeating: -1, count: tokens.count)
      for index in first...last {
        let match = Int(tree.matchingClose[index])
        if match > index && match <= last { matches[index - first] = Int32(match - first) }
      }
      parser = CSharpParser(bytes: tree.bytes, tokens: tokens, matchingClose: matches)
      parser.tokenOffset = first
    } else {
      parser = CSharpParser(bytes: tree.bytes, tokens: tree.parserTokens, matchingClose: tree.matchingClose)
      parser.pos = first
    }
    parser.depth = Int(depth)
    parser.isInAsyncContext = isAsync
    parser.reportedDepthLimit = depthLimitReported
    return parser
  }

  /// Takes over what another parser of the same tree met, as if it had parsed those bodies itself after
  /// its own: how a file analyzed in parts keeps its syntax errors in the order one walk meets them.
  public func absorb(_ other: DeferredBodyParser) {
    for diagnostic in other.diagnostics { diagnostics.append(diagnostic) }
    parsed.formUnion(other.parsed)
  }

  /// The tree's diagnostics and those of the bodies parsed so far, in file order (the tree's first at
  /// equal offsets).
  public var allDiagnostics: [SyntaxDiagnostic] {
    guard !diagnostics.isEmpty else { return tree.diagnostics }
    return (tree.diagnostics + diagnostics).enumerated().sorted { a, b in
      a.element.range.start != b.element.range.start
        ? a.element.range.start < b.element.range.start : a.offset < b.offset
    }.map(\.element)
  }
}
