import SourceModel

/// A member's expression body, `=> value;`. Its extent is decided by the tokens, before any parsing: up to
/// the first `;` outside brackets. Both parses use that extent, so a body skipped now
/// (`deferringMemberBodies`) and parsed later (`DeferredBodyParser`) is the tree an eager parse builds, as
/// for `{ … }` bodies. Pass 1 reads declarations only, and test-style code (`=> AssertQuery(…)`) is a
/// large part of some trees.
extension CSharpParser {
  /// After `=>`: the body's expression, and the `;` that ends the member.
  mutating func parseMemberExpressionBody() -> Expr {
    guard let end = memberExpressionEnd() else {
      // Unbalanced brackets or a missing `;`: parsed as it comes, recovering at the next member.
      let value = parseExpression()
      expectMemberSemicolon()
      return value
    }
    let first = pos
    if deferringMemberBodies {
      if firstTooDeepBracket >= first && firstTooDeepBracket < end && !reportedDepthLimit {
        reportedDepthLimit = true
        diagnostics.append(SyntaxDiagnostic(range: tokens[firstTooDeepBracket].range, message: "nesting too deep"))
      }
      let deferred = DeferredExpression(
        firstToken: Int32(first), endToken: Int32(end), isAsync: isInAsyncContext, depth: Int32(depth),
        depthLimitReported: reportedDepthLimit)
      pos = end + 1
      return Expr(.deferred(deferred), range: extentRange(first, end))
    }
    let value = parseExpression(endingAt: end)
    pos = end + 1
    return value
  }

  /// The expression from the current token, which should end at the `;` at `end`; anything left before
  /// it is reported and left unparsed (the caller resumes after the `;`).
  mutating func parseExpression(endingAt end: Int) -> Expr {
    let value = parseExpression()
    if pos != end { reportExpected("';'") }
    return value
  }

  /// The `;` ending the expression body that starts at the current token: the first outside brackets,
  /// before any unmatched closer, end of file, or keyword that can only start a member at the start of a
  /// line (a missing `;` would otherwise swallow the members after it).
  func memberExpressionEnd() -> Int? {
    var index = pos
    while index < tokens.count {
      let token = tokens[index]
      switch token.kind {
      case .semicolon:
        return index
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
