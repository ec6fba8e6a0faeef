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
    return parse(
      at: deferred.openToken, through: closer(of: deferred.openToken), depth: deferred.depth,
      isAsync: deferred.isAsync, depthLimitReported: deferred.depthLimitReported
    ) { parser, _ in parser.parseBlock() }
  }

  /// `expr` itself unless it is a deferred member value (`=> value;`, `= value;`); otherwise that value,
  /// parsed now.
  public func resolve(_ expr: Expr) -> Expr {
    guard case .deferred(let deferred) = expr.kind, Int(deferred.endToken) < tree.parserTokens.count else {
      return expr
    }
    return parse(
      at: deferred.firstToken, through: deferred.endToken, depth: deferred.depth, isAsync: deferred.isAsync,
      depthLimitReported: deferred.depthLimitReported
    ) { parser, end in parser.parseMemberValue(endingAt: end, isInitializer: deferred.isInitializer) }
  }

  /// `attribute` with its arguments parsed, if they were deferred.
  public func resolveArguments(_ attribute: Attribute) -> Attribute {
    guard let deferred = attribute.deferredArguments, Int(deferred.openToken) < tree.parserTokens.count else {
      return attribute
    }
    var resolved = attribute
    resolved.arguments = parse(
      at: deferred.openToken, through: closer(of: deferred.openToken), depth: deferred.depth,
      isAsync: deferred.isAsync, depthLimitReported: deferred.depthLimitReported
    ) { parser, _ in parser.parseArgumentList(closer: .closeParen) }
    resolved.deferredArguments = nil
    return resolved
  }

  /// The index of the closer matching the opener at `token`, or -1.
  private func closer(of token: Int32) -> Int32 {
    Int(token) < tree.matchingClose.count ? tree.matchingClose[Int(token)] : -1
  }

  /// The skipped part starting at `token`, read by `read` (given the index of `last` in the parser's
  /// tokens) in the state it would have been parsed in, its syntax errors noted once. A skipped part ends at
  /// `last`, its matching closer or `;`, and so does the member's range; in broken code (an interpolation
  /// hole swallowing the body's `}`) the parse can run past it into tokens the first pass read as other
  /// members, which this member's analysis must not see. Then it is parsed again over its own tokens
  /// `token...last` and an end of file. (`last` is -1 for an unmatched `{`: the part reads on to the end.)
  private func parse<Part>(
    at token: Int32, through last: Int32, depth: Int32, isAsync: Bool, depthLimitReported: Bool,
    _ read: (inout CSharpParser, Int) -> Part
  ) -> Part {
    let (first, last) = (Int(token), Int(last))
    var parser = CSharpParser(bytes: tree.bytes, tokens: tree.parserTokens, matchingClose: tree.matchingClose)
    parser.pos = first
    func prepare(_ parser: inout CSharpParser) {
      parser.depth = Int(depth)
      parser.isInAsyncContext = isAsync
      parser.reportedDepthLimit = depthLimitReported
    }
    prepare(&parser)
    var part = read(&parser, last)
    if first <= last && last < tree.parserTokens.count - 1 && parser.pos > last + 1 {
      var tokens = Array(tree.parserTokens[first...last])
      let end = tokens[tokens.count - 1].range.end
      tokens.append(Token(kind: .endOfFile, range: ByteRange(start: end, end: end)))
      var matches = [Int32](repeating: -1, count: tokens.count)
      for index in first...last {
        let match = Int(tree.matchingClose[index])
        if match > index && match <= last { matches[index - first] = Int32(match - first) }
      }
      parser = CSharpParser(bytes: tree.bytes, tokens: tokens, matchingClose: matches)
      prepare(&parser)
      part = read(&parser, last - first)
    }
    if parsed.insert(token).inserted { diagnostics += parser.diagnostics }
    return part
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
