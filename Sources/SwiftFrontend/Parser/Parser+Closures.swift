import SourceModel

extension SwiftParserCore {
  /// `{ [captures] (params) async throws -> R in statements }` or `{ statements }`.
  mutating func parseClosureExpression() -> SwiftExpr {
    let start = currentStart
    guard enter() else {
      skipBalanced()
      return SwiftExpr(.missing, range: range(from: start))
    }
    defer { leave() }
    advance()
    let saved = (allowsTrailingClosure, inPattern, stopsAtNewline)
    (allowsTrailingClosure, inPattern, stopsAtNewline) = (true, false, false)
    defer { (allowsTrailingClosure, inPattern, stopsAtNewline) = saved }
    var attributes: [SwiftAttribute] = []
    var captures: [SwiftCaptureItem] = []
    var parameters: [SwiftParameter]?
    var effects = SwiftEffects()
    var returnType: SwiftType?
    var inKeyword: ByteRange?
    if closureHasSignature() {
      attributes = parseAttributes()
      if at(.openBracket) { captures = parseCaptureList() }
      if !at(.kwIn) {
        parameters = parseClosureParameters()
        effects = parseEffects()
        if consume(.arrow) { returnType = parseType() }
      }
      if at(.kwIn) {
        inKeyword = current.range
        advance()
      } else {
        error("expected 'in' after closure signature")
      }
    }
    var statements: [SwiftStmt] = []
    parseStatementList(into: &statements, context: .block, inIfConfig: false)
    closeBlock()
    return SwiftExpr(
      .closure(
        SwiftClosure(
          attributes: attributes, captures: captures, parameters: parameters, effects: effects, returnType: returnType,
          statements: statements, inKeyword: inKeyword, range: range(from: start))), range: range(from: start))
  }

  /// Just after `{`: scans for an `in` that ends a signature (attributes, captures, parameters, effects,
  /// result type) before any token that only a statement could contain.
  func closureHasSignature() -> Bool {
    var index = pos
    var nesting = 0
    var steps = 0
    while index < tokens.count && steps < 512 {
      steps += 1
      let token = tokens[index]
      switch token.kind {
      case .kwIn: if nesting == 0 { return true }
      case .openParen, .openBracket: nesting += 1
      case .closeParen, .closeBracket:
        nesting -= 1
        if nesting < 0 { return false }
      case .identifier, .dollarIdentifier, .kwUnderscore, .comma, .colon, .dot, .arrow, .at, .kwSelf, .kwCapitalSelf,
        .kwAny, .kwThrows, .kwRethrows, .kwInout, .postfixQuestion, .postfixExclamation, .integerLiteral, .kwLet,
        .kwVar:
        break
      case .equal, .stringStart, .stringSegment, .stringEnd, .interpolationStart, .interpolationEnd, .kwTrue, .kwFalse,
        .kwNil, .floatLiteral, .kwSuper, .kwTry, .ampersandPrefix, .prefixOperator, .infixQuestion, .kwIs, .kwAs,
        .backslash, .poundIdentifier:
        // Capture initializers (`[x = a.b]`) may hold expressions; only inside brackets.
        if nesting == 0 { return false }
      case .binaryOperator, .postfixOperator:
        if nesting == 0 {
          // Generic angles and `&`/`...` in parameter types.
          let c = firstByte(index)
          if c != UInt8(ascii: "<") && c != UInt8(ascii: ">") && c != UInt8(ascii: "&") && c != UInt8(ascii: ".") {
            return false
          }
        }
      default:
        return false
      }
      index += 1
    }
    return false
  }

  /// `[weak self, unowned(unsafe) x, y = expr, self]`.
  mutating func parseCaptureList() -> [SwiftCaptureItem] {
    advance()
    var captures: [SwiftCaptureItem] = []
    while !at(.closeBracket) && !atEnd {
      let start = currentStart
      let before = pos
      var specifier: String?
      if (at(contextual: .weak) || at(contextual: .unowned)) && (isNameLike(peek()) || peek().kind == .openParen) {
        specifier = text(current.range)
        advance()
        if at(.openParen) {
          advance()
          if isNameLike(current) { specifier! += "(\(text(current.range)))" }
          advance()
          expect(.closeParen, "')'")
        }
      }
      guard isNameLike(current) else {
        error("expected capture name")
        break
      }
      let name = takeIdentifier()
      var initializer: SwiftExpr?
      if consume(.equal) { initializer = parseExpression() }
      captures.append(
        SwiftCaptureItem(specifier: specifier, name: name, initializer: initializer, range: range(from: start)))
      if !consume(.comma) || pos == before { break }
    }
    if !consume(.closeBracket) {
      error("expected ']' to end the capture list")
      skipToCloser(.closeBracket)
    }
    return captures
  }

  /// `(a: Int, _ b)` or `a, b` before `in`.
  mutating func parseClosureParameters() -> [SwiftParameter] {
    var parameters: [SwiftParameter] = []
    if at(.openParen) {
      advance()
      while !at(.closeParen) && !atEnd {
        let start = currentStart
        let before = pos
        let attributes = parseAttributes()
        var firstName: SwiftIdentifier?
        var secondName: SwiftIdentifier?
        if isNameLike(current) || at(.kwUnderscore) { firstName = takeIdentifier() }
        if isNameLike(current) || at(.kwUnderscore) { secondName = takeIdentifier() }
        var type: SwiftType?
        if consume(.colon) { type = parseType() }
        var isVariadic = false
        if (at(.binaryOperator) || at(.postfixOperator)) && currentIs("...") {
          isVariadic = true
          advance()
        }
        // For closures the name the body uses is the second when two are written.
        let local = secondName ?? firstName
        parameters.append(
          SwiftParameter(
            attributes: attributes, firstName: local, secondName: nil, type: type, isVariadic: isVariadic,
            range: range(from: start)))
        if !consume(.comma) || pos == before { break }
      }
      if !consume(.closeParen) {
        error("expected ')' to end the closure parameters")
        skipToCloser(.closeParen)
      }
    } else {
      while isNameLike(current) || at(.kwUnderscore) {
        let token = current
        let name = takeIdentifier()
        parameters.append(SwiftParameter(firstName: name, range: token.range))
        if !consume(.comma) { break }
      }
    }
    return parameters
  }
}
