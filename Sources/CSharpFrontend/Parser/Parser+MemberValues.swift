import SourceModel

/// A member's value: its expression body (`=> value;`) or a field's, property's or event's initializer
/// (`= value;`). Its extent is decided by the tokens, before any parsing: up to the first `;` outside
/// brackets. Both parses use that extent, so a value skipped now (`deferringMemberBodies`) and parsed later
/// (`DeferredBodyParser`) is the tree an eager parse builds, as for `{ … }` bodies. Pass 1 reads
/// declarations only, and test-style code (`=> AssertQuery(…)`) is a large part of some trees.
extension CSharpParser {
  /// After `=>`: the body's expression, and the `;` that ends the member.
  mutating func parseMemberExpressionBody() -> Expr {
    guard let end = memberValueEnd(isInitializer: false) else {
      // Unbalanced brackets or a missing `;`: parsed as it comes, recovering at the next member.
      let value = parseExpression()
      expectMemberSemicolon()
      return value
    }
    let value = memberValue(endingAt: end, isInitializer: false)
    pos = end + 1
    return value
  }

  /// After a member's `=`: its initializer, leaving the `;` (or the `,` before another declarator) to the
  /// caller.
  mutating func parseMemberInitializer() -> Expr {
    guard let end = memberValueEnd(isInitializer: true) else { return parseVariableInitializer() }
    let value = memberValue(endingAt: end, isInitializer: true)
    pos = end
    return value
  }

  /// The value from the current token up to the `;` at `end`: deferred, or parsed now.
  private mutating func memberValue(endingAt end: Int, isInitializer: Bool) -> Expr {
    let first = pos
    guard deferringMemberBodies else { return parseMemberValue(endingAt: end, isInitializer: isInitializer) }
    reportTooDeepBracket(in: first..<end)
    let deferred = DeferredExpression(
      firstToken: Int32(first), endToken: Int32(end), isInitializer: isInitializer, isAsync: isInAsyncContext,
      depth: Int32(depth), depthLimitReported: reportedDepthLimit)
    return Expr(.deferred(deferred), range: extentRange(first, end))
  }

  /// The value from the current token, which should end at the `;` at `end`; anything left before it is
  /// reported and left unparsed (the caller resumes at the `;`).
  mutating func parseMemberValue(endingAt end: Int, isInitializer: Bool) -> Expr {
    let value = isInitializer ? parseVariableInitializer() : parseExpression()
    if pos != end { reportExpected("';'") }
    return value
  }

  /// The `;` ending the member value that starts at the current token: the first outside brackets, before
  /// any unmatched closer, end of file, or keyword that can only start a member at the start of a line (a
  /// missing `;` would otherwise swallow the members after it). An initializer with a `,` outside brackets
  /// (`int a = 1, b;`, or type arguments: `new Dictionary<int, int>()`) is left to the eager path.
  func memberValueEnd(isInitializer: Bool) -> Int? {
    var index = pos
    while index < tokens.count {
      let token = tokens[index]
      switch token.kind {
      case .semicolon:
        return index
      case .comma:
        if isInitializer { return nil }
      case .openParen, .openBracket, .openBrace, .interpolationStart:
        let close = Int(matchingClose[index])
        guard close > index else { return nil }
        index = close + 1
        continue
      case .closeParen, .closeBracket, .closeBrace, .interpolationEnd, .endOfFile:
        return nil
      default:
        // Also the first token: a body left empty by `#if` is followed by the next member.
        if token.flags.contains(.atStartOfLine) && CSharpParser.isMemberStartKeyword(token.kind) {
          return nil
        }
      }
      index += 1
    }
    return nil
  }

  /// The bytes of tokens `first..<end` (empty, at the `;`, when there are none).
  func extentRange(_ first: Int, _ end: Int) -> ByteRange {
    guard end > first else { return ByteRange(start: tokens[end].range.start, end: tokens[end].range.start) }
    return ByteRange(start: tokens[first].range.start, end: tokens[end - 1].range.end)
  }
}
