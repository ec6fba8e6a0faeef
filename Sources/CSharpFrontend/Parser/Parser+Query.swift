/// LINQ query expressions: `from … in …` then `let`, `where`, `join`, `orderby`, `select`/`group … by`,
/// and `into` continuations. Clause expressions are kept in order.
extension CSharpParser {
  /// `from x in` or `from T x in`.
  mutating func isAtQueryExpression() -> Bool {
    guard isContextual(.from) else { return false }
    if peekKind(1) == .identifier && peekKind(2) == .kwIn { return true }
    let saved = pos
    defer { pos = saved }
    advance()
    if case .notType = scanType() { return false }
    return kind == .identifier && peekKind() == .kwIn
  }

  mutating func parseQueryExpression() -> Expr {
    let start = pos
    queryDepth += 1
    defer { queryDepth -= 1 }
    var clauses: [Expr] = []
    parseFromClause(into: &clauses)
    var progress = LoopProgress()
    while progress.check(&self) {
      guard kind == .identifier else { break }
      switch current.contextual {
      case .from:
        parseFromClause(into: &clauses)
      case .let:
        advance()
        _ = parseIdentifier()
        expect(.equals, "'='")
        clauses.append(parseExpression())
      case .where:
        advance()
        clauses.append(parseExpression())
      case .join:
        advance()
        skipOptionalRangeType()
        _ = parseIdentifier()
        expect(.kwIn, "'in'")
        clauses.append(parseExpression())
        expectContextual(.on, "'on'")
        clauses.append(parseExpression())
        expectContextual(.equals, "'equals'")
        clauses.append(parseExpression())
        if isContextual(.into) {
          advance()
          _ = parseIdentifier()
        }
      case .orderby:
        advance()
        var orderProgress = LoopProgress()
        while orderProgress.check(&self) {
          clauses.append(parseExpression())
          if isContextual(.ascending) || isContextual(.descending) { advance() }
          if !eat(.comma) { break }
        }
      case .select:
        advance()
        clauses.append(parseExpression())
      case .group:
        advance()
        clauses.append(parseExpression())
        expectContextual(.by, "'by'")
        clauses.append(parseExpression())
      case .into:
        advance()
        _ = parseIdentifier()
      default:
        return Expr(.query(clauses), range: range(from: start))
      }
    }
    return Expr(.query(clauses), range: range(from: start))
  }

  private mutating func parseFromClause(into clauses: inout [Expr]) {
    advance()
    skipOptionalRangeType()
    _ = parseIdentifier()
    expect(.kwIn, "'in'")
    clauses.append(parseExpression())
  }

  /// `from T x in` / `join T x in`: the explicit range variable type, if written.
  private mutating func skipOptionalRangeType() {
    if kind == .identifier && peekKind() == .kwIn { return }
    _ = parseType()
  }

  mutating func expectContextual(_ keyword: ContextualKeyword, _ spelling: String) {
    if isContextual(keyword) {
      advance()
    } else {
      reportExpected(spelling)
    }
  }
}
