import SourceModel

extension SwiftParserCore {
  /// Member access, calls, subscripts, trailing closures, `?`, `!` and postfix operators after a primary.
  /// Iterative; the chain length is capped so the tree stays shallow enough to walk.
  mutating func parsePostfix(_ primary: SwiftExpr, start: UInt32) -> SwiftExpr {
    var expr = primary
    var steps = 0
    while true {
      steps += 1
      if steps > Self.maxChain {
        error("expression chain too long; skipped")
        recoverToStatementBoundary()
        return expr
      }
      if stopsAtNewline && current.isAtStartOfLine { return expr }
      switch kind {
      case .dot:
        guard isNameLike(peek()) || peek().kind == .integerLiteral else {
          if peek().kind == .poundIf { return expr }
          error("expected member name after '.'")
          advance()
          return expr
        }
        advance()
        var name = takeIdentifier()
        if at(.colon) && peek().kind == .colon && !current.flags.contains(.hasLeadingTrivia)
          && !peek().flags.contains(.hasLeadingTrivia) && isNameLike(peek(2))
        {
          // A module selector: `x.Swift::reduce`.
          advance()
          advance()
          name = takeIdentifier()
        }
        var generics: [SwiftType] = []
        if canParseGenericArguments() { generics = parseGenericArgumentClause() }
        expr = SwiftExpr(.memberAccess(base: expr, name: name, genericArguments: generics), range: range(from: start))
      case .postfixQuestion:
        advance()
        expr = SwiftExpr(.optionalChain(expr), range: range(from: start))
      case .postfixExclamation:
        advance()
        expr = SwiftExpr(.forceUnwrap(expr), range: range(from: start))
      case .postfixOperator:
        let opToken = current
        advance()
        expr = SwiftExpr(
          .postfix(op: SwiftOperator(text(opToken.range), range: opToken.range), expr), range: range(from: start))
      case .openParen where !current.isAtStartOfLine:
        advance()
        let saved = (allowsTrailingClosure, stopsAtNewline, inPattern)
        (allowsTrailingClosure, stopsAtNewline) = (true, false)
        let arguments = parseArgumentList(closer: .closeParen)
        (allowsTrailingClosure, stopsAtNewline, inPattern) = saved
        if !consume(.closeParen) {
          error("expected ')' to end the argument list")
          skipToCloser(.closeParen)
        }
        var trailing: [SwiftArgument] = []
        if atTrailingClosure() { trailing = parseTrailingClosures() }
        expr = SwiftExpr(
          .call(callee: expr, arguments: arguments, trailingClosures: trailing), range: range(from: start))
      case .openBracket where !current.isAtStartOfLine:
        advance()
        let saved = (allowsTrailingClosure, stopsAtNewline, inPattern)
        (allowsTrailingClosure, stopsAtNewline, inPattern) = (true, false, false)
        let arguments = parseArgumentList(closer: .closeBracket)
        (allowsTrailingClosure, stopsAtNewline, inPattern) = saved
        if !consume(.closeBracket) {
          error("expected ']' to end the subscript")
          skipToCloser(.closeBracket)
        }
        var trailing: [SwiftArgument] = []
        if atTrailingClosure() { trailing = parseTrailingClosures() }
        expr = SwiftExpr(
          .subscript(base: expr, arguments: arguments, trailingClosures: trailing), range: range(from: start))
      case .openBrace where atTrailingClosure():
        let trailing = parseTrailingClosures()
        expr = SwiftExpr(.call(callee: expr, arguments: [], trailingClosures: trailing), range: range(from: start))
      case _
      where (kind == .binaryOperator || kind == .prefixOperator) && firstByte(pos) == UInt8(ascii: "<")
        && isGenericSpecializationTarget(expr) && canParseGenericArguments():
        // `.init<T>` handled above; this covers `Foo.Bar<Baz>` after a member access.
        let generics = parseGenericArgumentClause()
        if case .memberAccess(let base, let name, _) = expr.kind {
          expr = SwiftExpr(.memberAccess(base: base, name: name, genericArguments: generics), range: range(from: start))
        }
      default:
        return expr
      }
    }
  }

  private func isGenericSpecializationTarget(_ expr: SwiftExpr) -> Bool {
    if case .memberAccess = expr.kind { return true }
    return false
  }

  /// At `{`: whether it opens a trailing closure here (not a statement body, not an accessor block).
  func atTrailingClosure() -> Bool {
    guard at(.openBrace), allowsTrailingClosure, !(stopsAtNewline && current.isAtStartOfLine) else { return false }
    return !bracesHoldAccessors()
  }

  /// `{ … }` then any `label: { … }` after it.
  mutating func parseTrailingClosures() -> [SwiftArgument] {
    var closures: [SwiftArgument] = []
    let first = parseClosureExpression()
    closures.append(SwiftArgument(value: first, range: first.range))
    while (isNameLike(current) || at(.kwUnderscore)) && peek().kind == .colon && peek(2).kind == .openBrace {
      let start = currentStart
      let label = takeIdentifier()
      advance()
      let closure = parseClosureExpression()
      closures.append(SwiftArgument(label: label, value: closure, range: range(from: start)))
    }
    return closures
  }
}
