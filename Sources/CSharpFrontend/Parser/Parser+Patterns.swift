import SourceModel

/// Patterns (`is`, `case`, switch arms): `or` < `and` < `not` < primary patterns (type, declaration, constant,
/// relational, property, positional, list, slice, `var`, discard, parenthesized).
extension CSharpParser {
  /// `afterIs`: a bare name right after `is` is read as a type test rather than a constant.
  mutating func parsePattern(afterIs: Bool = false) -> Pattern {
    let start = pos
    guard enterNesting() else { return Pattern(.missing, range: range(from: start)) }
    defer { leaveNesting() }
    var left = parseAndPattern(afterIs: afterIs)
    var progress = LoopProgress()
    while progress.check(&self) && isContextual(.or) && isPatternCombinatorFollowed() {
      advance()
      let right = parseAndPattern(afterIs: afterIs)
      left = Pattern(.or(left, right), range: range(from: start))
    }
    return left
  }

  /// `and`/`or`/`not` are combinators when a pattern follows (otherwise they are a designation or a name:
  /// `x is Foo and && and.Ok`).
  private func isPatternCombinatorFollowed() -> Bool {
    CSharpParser.canStartPattern(peek(1))
  }

  static func canStartPattern(_ token: Token) -> Bool {
    switch token.kind {
    case .identifier, .integerLiteral, .realLiteral, .characterLiteral, .stringLiteral, .interpolatedStringStart,
      .kwNull, .kwTrue, .kwFalse, .kwDefault, .openParen, .openBracket, .openBrace, .lessThan, .lessThanEquals,
      .greaterThan, .greaterThanEquals, .minus, .plus, .tilde, .exclamation, .dotDot, .kwTypeof, .kwSizeof,
      .kwThis, .kwBase, .kwChecked, .kwUnchecked:
      return true
    default:
      return predefinedTypeName(token.kind) != nil
    }
  }

  private mutating func parseAndPattern(afterIs: Bool) -> Pattern {
    let start = pos
    var left = parseNotPattern(afterIs: afterIs)
    var progress = LoopProgress()
    while progress.check(&self) && isContextual(.and) && isPatternCombinatorFollowed() {
      advance()
      let right = parseNotPattern(afterIs: afterIs)
      left = Pattern(.and(left, right), range: range(from: start))
    }
    return left
  }

  private mutating func parseNotPattern(afterIs: Bool) -> Pattern {
    let start = pos
    if isContextual(.not) && isPatternCombinatorFollowed() {
      advance()
      guard enterNesting() else { return Pattern(.missing, range: range(from: start)) }
      defer { leaveNesting() }
      let inner = parseNotPattern(afterIs: afterIs)
      return Pattern(.not(inner), range: range(from: start))
    }
    return parsePrimaryPattern(afterIs: afterIs)
  }

  private mutating func parsePrimaryPattern(afterIs: Bool) -> Pattern {
    let start = pos
    switch kind {
    case .lessThan, .lessThanEquals, .greaterThan, .greaterThanEquals:
      let op: BinaryOperator =
        switch kind {
        case .lessThan: .lessThan
        case .lessThanEquals: .lessThanOrEqual
        case .greaterThan: .greaterThan
        default: .greaterThanOrEqual
        }
      advance()
      let value = parseBinary(Precedence.shift)
      return Pattern(.relational(op, value), range: range(from: start))
    case .openParen where isAtTupleArrayTypePattern():
      let type = parseType(.pattern)
      if kind == .identifier && !isDesignationStopWord {
        return Pattern(.declaration(type, parseDesignation()), range: range(from: start))
      }
      return Pattern(.type(type), range: range(from: start))
    case .openParen where !isAtCast():
      return parseParenthesizedOrPositionalPattern(type: nil, start: start)
    case .openBrace:
      return parseRecursivePatternRest(type: nil, positional: [], start: start)
    case .openBracket:
      return parseListPattern()
    case .dotDot:
      advance()
      var inner: Pattern?
      if canStartPattern { inner = parsePattern() }
      return Pattern(.slice(inner), range: range(from: start))
    default:
      break
    }
    if isContextual(.var) && (peekKind() == .identifier || peekKind() == .openParen) {
      let varToken = advance()
      let designation = parseDesignation()
      return Pattern(.declaration(TypeSyntax(.implicit, range: varToken.range), designation), range: range(from: start))
    }
    if kind == .identifier && identifierText(current) == "_" && isDiscardFollower(peek(1)) {
      advance()
      return Pattern(.discard, range: range(from: start))
    }
    // A type followed by a designation, `{`, `(` or nothing pattern-like; otherwise a constant expression.
    if kind == .identifier || isAtPredefinedType || kind == .openParen {
      let saved = pos
      let scan = scanType(allowNullable: false)
      let afterType = current
      let afterNext = peek(1)
      pos = saved
      if case .notType = scan {
      } else if isTypePatternFollower(afterType, afterNext: afterNext, scan: scan, afterIs: afterIs) {
        let type = parseType(.pattern)
        switch kind {
        case .openParen:
          return parseParenthesizedOrPositionalPattern(type: type, start: start)
        case .openBrace:
          return parseRecursivePatternRest(type: type, positional: [], start: start)
        case .identifier where !isDesignationStopWord:
          let designation = parseDesignation()
          return Pattern(.declaration(type, designation), range: range(from: start))
        default:
          return Pattern(.type(type), range: range(from: start))
        }
      }
    }
    // After `is` a constant stops before `|` (which then applies to the `is` result); in `case` labels and
    // switch arms `A | B` is one constant.
    let value = parseBinary(afterIs ? Precedence.shift : Precedence.coalescing)
    return Pattern(.constant(value), range: range(from: start))
  }

  /// `(string?, int)[]`: a tuple type with ranks, which no positional pattern can look like.
  private mutating func isAtTupleArrayTypePattern() -> Bool {
    let saved = pos
    defer { pos = saved }
    if case .notType = scanType(allowNullable: false) { return false }
    return tokens[pos - 1].kind == .closeBracket
  }

  /// Whether what follows a scanned type makes it a type pattern rather than a constant.
  private func isTypePatternFollower(_ token: Token, afterNext: Token, scan: TypeScan, afterIs: Bool) -> Bool {
    switch token.kind {
    case .openBrace:
      return true
    case .openParen:
      // `Point(1, 2)` is positional; `Foo(x)` as a call would be a constant, which patterns cannot call.
      return true
    case .identifier:
      let contextual = token.flags.contains(.verbatimIdentifier) ? .none : token.contextual
      if contextual == .when || queryDepth > 0 && CSharpParser.isQueryKeyword(token) {
        return isTypeOnly(scan) || afterIs
      }
      if contextual == .and || contextual == .or {
        // `T and > 0` combines; `T and && …` names the match `and`.
        return isTypeOnly(scan) || afterIs || !CSharpParser.canStartPattern(afterNext)
      }
      return true
    case .dot:
      // `uint.MaxValue`: a constant read from a type.
      return false
    default:
      // A bare name: a type when it can only be a type, or right after `is`.
      return isTypeOnly(scan) || afterIs
    }
  }

  private func isTypeOnly(_ scan: TypeScan) -> Bool {
    if case .mustBeType = scan { return true }
    return false
  }

  /// `when` after a type is a guard, `and`/`or` followed by a pattern are combinators, and inside a query
  /// `select`, `orderby`, … start the next clause: none of them names the match.
  private var isDesignationStopWord: Bool {
    if isContextual(.when) || (isContextual(.and) || isContextual(.or)) && isPatternCombinatorFollowed() {
      return true
    }
    return queryDepth > 0 && CSharpParser.isQueryKeyword(current)
  }

  static func isQueryKeyword(_ token: Token) -> Bool {
    guard token.kind == .identifier, !token.flags.contains(.verbatimIdentifier) else { return false }
    switch token.contextual {
    case .select, .where, .orderby, .group, .join, .let, .into, .on, .equals, .by, .ascending, .descending, .from:
      return true
    default:
      return false
    }
  }

  private func isDiscardFollower(_ token: Token) -> Bool {
    switch token.kind {
    case .closeParen, .closeBracket, .closeBrace, .comma, .colon, .fatArrow, .semicolon, .endOfFile: return true
    case .identifier: return token.contextual == .when || token.contextual == .and || token.contextual == .or
    default: return false
    }
  }

  private var canStartPattern: Bool {
    switch kind {
    case .closeBracket, .comma, .closeParen: return false
    default: return true
    }
  }

  /// `(p)` (parenthesized) or `(a, b)` / `T(a, name: b)` (positional), then optional `{…}` and designation.
  private mutating func parseParenthesizedOrPositionalPattern(type: TypeSyntax?, start: Int) -> Pattern {
    advance()
    var subpatterns: [Pattern] = []
    var sawComma = false
    var sawName = false
    var progress = LoopProgress()
    while progress.check(&self) && kind != .closeParen {
      if kind == .identifier && peekKind() == .colon {
        advance()
        advance()
        sawName = true
      }
      subpatterns.append(parsePattern())
      if !eat(.comma) { break }
      sawComma = true
    }
    if !eat(.closeParen) {
      reportExpected("')'")
      recoverToCloser(.closeParen)
    }
    if type == nil && subpatterns.count == 1 && !sawComma && !sawName && kind != .openBrace
      && !(kind == .identifier && !isDesignationStopWord)
    {
      return Pattern(.parenthesized(subpatterns[0]), range: range(from: start))
    }
    return parseRecursivePatternRest(type: type, positional: subpatterns, start: start)
  }

  /// Optional `{ A: p, B.C: q }` then an optional designation.
  private mutating func parseRecursivePatternRest(type: TypeSyntax?, positional: [Pattern], start: Int) -> Pattern {
    var properties: [PropertySubpattern] = []
    if kind == .openBrace {
      advance()
      var progress = LoopProgress()
      while progress.check(&self) && kind != .closeBrace {
        properties.append(parsePropertySubpattern())
        if !eat(.comma) { break }
      }
      if !eat(.closeBrace) {
        reportExpected("'}'")
        recoverToCloser(.closeBrace)
      }
    }
    var designation: VariableDesignation?
    if (kind == .identifier && !isDesignationStopWord) {
      designation = parseDesignation()
    }
    return Pattern(
      .recursive(type: type, positional: positional, properties: properties, designation: designation),
      range: range(from: start))
  }

  private mutating func parsePropertySubpattern() -> PropertySubpattern {
    var path: [Identifier] = []
    // `A.B.C:` — scan the dotted names ahead of the colon.
    var index = pos
    while tokens[index].kind == .identifier && tokens[index + 1].kind == .dot { index += 2 }
    if tokens[index].kind == .identifier && tokens[index + 1].kind == .colon {
      while pos < index {
        path.append(parseIdentifier())
        advance()
      }
      path.append(parseIdentifier())
      advance()
    }
    return PropertySubpattern(path: path, pattern: parsePattern())
  }

  /// `[p, .., var last] designation`.
  private mutating func parseListPattern() -> Pattern {
    let start = pos
    advance()
    var elements: [Pattern] = []
    var progress = LoopProgress()
    while progress.check(&self) && kind != .closeBracket {
      elements.append(parsePattern())
      if !eat(.comma) { break }
    }
    if !eat(.closeBracket) {
      reportExpected("']'")
      recoverToCloser(.closeBracket)
    }
    var designation: VariableDesignation?
    if kind == .identifier && !isDesignationStopWord { designation = parseDesignation() }
    return Pattern(.list(elements, designation: designation), range: range(from: start))
  }
}
