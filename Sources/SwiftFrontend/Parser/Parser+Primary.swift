import SourceModel

extension SwiftParserCore {
  mutating func parsePrimary() -> SwiftExpr {
    let start = currentStart
    switch kind {
    case .identifier, .dollarIdentifier, .kwSelf, .kwCapitalSelf, .kwSuper, .kwAny, .kwInit:
      var name = takeIdentifier()
      // A module selector `Swift::print`: the name after `::` is what is referenced.
      if at(.colon) && peek().kind == .colon && !current.flags.contains(.hasLeadingTrivia)
        && !peek().flags.contains(.hasLeadingTrivia) && isNameLike(peek(2))
      {
        advance()
        advance()
        name = takeIdentifier()
      }
      var generics: [SwiftType] = []
      if canParseGenericArguments() { generics = parseGenericArgumentClause() }
      return SwiftExpr(.identifier(name, genericArguments: generics), range: range(from: start))
    case .integerLiteral: return literal(.integer)
    case .floatLiteral: return literal(.float)
    case .regexLiteral: return literal(.regex)
    case .kwTrue: return literal(.true)
    case .kwFalse: return literal(.false)
    case .kwNil: return literal(.nil)
    case .editorPlaceholder:
      advance()
      return SwiftExpr(.editorPlaceholder, range: range(from: start))
    case .kwUnderscore:
      advance()
      return SwiftExpr(.discard, range: range(from: start))
    case .stringStart: return parseString()
    case .openParen: return parseTupleExpression()
    case .openBracket: return parseCollection()
    case .openBrace: return parseClosureExpression()
    case .dot:
      // Implicit member `.foo`.
      advance()
      guard isNameLike(current) || at(.integerLiteral) else {
        error("expected member name after '.'")
        return SwiftExpr(.missing, range: range(from: start))
      }
      let name = takeIdentifier()
      var generics: [SwiftType] = []
      if canParseGenericArguments() { generics = parseGenericArgumentClause() }
      return SwiftExpr(.memberAccess(base: nil, name: name, genericArguments: generics), range: range(from: start))
    case .backslash: return parseKeyPath()
    case .poundIdentifier, .poundAvailable, .poundUnavailable: return parseMacroExpansion()
    case .kwIf:
      let node = parseIf()
      return SwiftExpr(.if(node), range: node.range)
    case .kwSwitch:
      let node = parseSwitch()
      return SwiftExpr(.switch(node), range: node.range)
    case _
    where (kind == .binaryOperator || kind == .postfixOperator || kind == .prefixOperator || kind == .infixQuestion)
      && (peek().kind == .closeParen || peek().kind == .comma || peek().kind == .closeBracket):
      // An operator used as a function value: `reduce(0, +)`.
      let name = takeIdentifier()
      return SwiftExpr(.identifier(name, genericArguments: []), range: range(from: start))
    case .at:
      // An attributed closure such as `@MainActor in` cannot start here; `@Sendable` types in `as` do.
      let type = parseType()
      return SwiftExpr(.type(type), range: type.range)
    case .kwInout, .kwRepeat:
      let type = parseType()
      return SwiftExpr(.type(type), range: type.range)
    default:
      error("expected expression")
      return SwiftExpr(.missing, range: ByteRange(start: start, end: start))
    }
  }

  private mutating func literal(_ kind: SwiftLiteralKind) -> SwiftExpr {
    let range = current.range
    advance()
    return SwiftExpr(.literal(kind), range: range)
  }

  // MARK: - Strings

  /// `stringStart (segment | hole)* stringEnd`; holes are argument lists.
  mutating func parseString() -> SwiftExpr {
    let start = currentStart
    advance()
    var holes: [[SwiftArgument]] = []
    while !atEnd {
      if at(.stringSegment) {
        advance()
      } else if at(.interpolationStart) {
        advance()
        holes.append(parseArgumentList(closer: .interpolationEnd))
        if !consume(.interpolationEnd) {
          error("expected ')' to end the interpolation")
          skipToCloser(.interpolationEnd)
        }
      } else {
        break
      }
    }
    if !consume(.stringEnd) { error("expected end of string literal") }
    if holes.isEmpty { return SwiftExpr(.literal(.string), range: range(from: start)) }
    return SwiftExpr(.interpolatedString(holes: holes), range: range(from: start))
  }

  // MARK: - Tuples, arrays, dictionaries

  mutating func parseTupleExpression() -> SwiftExpr {
    let start = currentStart
    advance()
    let saved = (allowsTrailingClosure, stopsAtNewline)
    (allowsTrailingClosure, stopsAtNewline) = (true, false)
    let elements = parseArgumentList(closer: .closeParen)
    (allowsTrailingClosure, stopsAtNewline) = saved
    if !consume(.closeParen) {
      error("expected ')'")
      skipToCloser(.closeParen)
    }
    // `(A, B) -> C` written as an expression (`((Int) -> Void).self` and friends).
    if at(.arrow) || ((at(contextual: .async) || at(.kwThrows)) && peek().kind == .arrow) {
      _ = parseEffects()
      advance()
      _ = parseType()
      let type = SwiftType(.missing, range: range(from: start))
      return SwiftExpr(.type(type), range: range(from: start))
    }
    return SwiftExpr(.tuple(elements), range: range(from: start))
  }

  /// Arguments up to `closer` (not consumed): `label: value`, `value`, `&x`, compound-name labels `f(a:b:)`.
  mutating func parseArgumentList(closer: SwiftTokenKind) -> [SwiftArgument] {
    var arguments: [SwiftArgument] = []
    let savedPattern = inPattern
    defer { inPattern = savedPattern }
    while !at(closer) && !atEnd {
      let start = currentStart
      let before = pos
      var label: SwiftIdentifier?
      if (isNameLike(current) || at(.kwUnderscore)) && peek().kind == .colon {
        label = takeIdentifier()
        advance()
        // `f(a:b:)` names: a label with no value, followed by another label or the closer.
        if at(closer) || at(.comma)
          || ((isNameLike(current) || at(.kwUnderscore)) && peek().kind == .colon
            && !current.flags.contains(.hasLeadingTrivia))
        {
          arguments.append(
            SwiftArgument(
              label: label, value: SwiftExpr(.missing, range: range(from: start)), range: range(from: start)))
          if consume(.comma) { continue }
          continue
        }
      }
      let value = parseExpression()
      arguments.append(SwiftArgument(label: label, value: value, range: range(from: start)))
      if pos == before {
        // A closer of another kind ends the list; the caller reports the missing one.
        if at(.closeBrace) || at(.closeParen) || at(.closeBracket) || at(.interpolationEnd) || at(.stringEnd) {
          break
        }
        skipBalanced()
        continue
      }
      if !consume(.comma) { break }
    }
    return arguments
  }

  /// `[a, b]`, `[k: v]`, `[:]`, `[]`.
  mutating func parseCollection() -> SwiftExpr {
    let start = currentStart
    advance()
    let saved = (allowsTrailingClosure, stopsAtNewline, inPattern)
    (allowsTrailingClosure, stopsAtNewline, inPattern) = (true, false, false)
    defer { (allowsTrailingClosure, stopsAtNewline, inPattern) = saved }
    if at(.colon) && peek().kind == .closeBracket {
      advance()
      advance()
      return SwiftExpr(.dictionary([]), range: range(from: start))
    }
    var elements: [SwiftExpr] = []
    var pairs: [SwiftDictionaryElement] = []
    var isDictionary = false
    while !at(.closeBracket) && !atEnd {
      let before = pos
      let key = parseExpression()
      if consume(.colon) {
        isDictionary = true
        let value = parseExpression()
        pairs.append(SwiftDictionaryElement(key: key, value: value))
      } else {
        elements.append(key)
      }
      if pos == before {
        if at(.closeBrace) || at(.closeParen) || at(.interpolationEnd) || at(.stringEnd) { break }
        skipBalanced()
        continue
      }
      if !consume(.comma) { break }
    }
    if !consume(.closeBracket) {
      error("expected ']'")
      skipToCloser(.closeBracket)
    }
    if isDictionary { return SwiftExpr(.dictionary(pairs), range: range(from: start)) }
    return SwiftExpr(.array(elements), range: range(from: start))
  }

  // MARK: - Key paths and macros

  /// `\Root.a.b?[0]`, `\.a`, `\.!`: the root type is read when written; components are skipped.
  mutating func parseKeyPath() -> SwiftExpr {
    let start = currentStart
    advance()
    var root: SwiftType?
    if !at(.dot) && (isNameLike(current) || at(.openBracket) || at(.openParen)) {
      if at(.openParen) {
        skipBalanced()
      } else {
        root = parseKeyPathRoot()
      }
    }
    var steps = 0
    while steps < Self.maxChain && !current.flags.contains(.hasLeadingTrivia) {
      steps += 1
      if at(.dot) && (isNameLike(peek()) || peek().kind == .integerLiteral) {
        advance()
        advance()
      } else if at(.dot) && peek().kind == .openBracket {
        advance()
        skipBalanced()
      } else if at(.dot) && (peek().kind == .postfixQuestion || peek().kind == .postfixExclamation) {
        // `\.!`, `\.?.count`: unwrapping the root itself.
        advance()
        advance()
      } else if at(.postfixQuestion) || at(.postfixExclamation) {
        advance()
      } else if at(.openBracket) || (at(.openParen) && tokens[pos - 1].kind != .backslash) {
        skipBalanced()
      } else {
        break
      }
    }
    return SwiftExpr(.keyPath(root: root), range: range(from: start))
  }

  private mutating func parseKeyPathRoot() -> SwiftType {
    // A root is a type name; stop before the component dots (`\Foo.bar` → root `Foo`, component `bar`).
    let start = currentStart
    if at(.openBracket) {
      return parseType()
    }
    let name = takeIdentifier()
    var generics: [SwiftType] = []
    if firstByte(pos) == UInt8(ascii: "<") && !current.flags.contains(.hasLeadingTrivia) && canParseGenericArguments() {
      generics = parseGenericArgumentClause()
    }
    let segment = SwiftTypeSegment(name: name, genericArguments: generics, range: range(from: start))
    return SwiftType(.named([segment]), range: range(from: start))
  }

  /// `#name`, `#name<T>(args) { trailing }`.
  mutating func parseMacroExpansion() -> SwiftExpr {
    let start = currentStart
    let token = current
    advance()
    let name = SwiftIdentifier(text(ByteRange(start: token.range.start + 1, end: token.range.end)), range: token.range)
    var generics: [SwiftType] = []
    if canParseGenericArguments() { generics = parseGenericArgumentClause() }
    var arguments: [SwiftArgument] = []
    if at(.openParen) && !current.flags.contains(.hasLeadingTrivia) {
      advance()
      arguments = parseArgumentList(closer: .closeParen)
      if !consume(.closeParen) {
        error("expected ')'")
        skipToCloser(.closeParen)
      }
    }
    var trailing: [SwiftArgument] = []
    if atTrailingClosure() { trailing = parseTrailingClosures() }
    return SwiftExpr(
      .macroExpansion(name: name, genericArguments: generics, arguments: arguments, trailingClosures: trailing),
      range: range(from: start))
  }

  // MARK: - Generic arguments in expressions

  /// At a `<` glued to the previous name: whether a generic argument list follows (`Array<Int>()`), as
  /// opposed to a less-than comparison. Scans ahead for a matching `>` over type-like tokens and checks the
  /// token after it.
  func canParseGenericArguments() -> Bool {
    guard firstByte(pos) == UInt8(ascii: "<"), !current.flags.contains(.hasLeadingTrivia),
      at(.binaryOperator) || at(.prefixOperator) || at(.postfixOperator)
    else { return false }
    var angle = 0
    var nesting = 0
    var index = pos
    var steps = 0
    while index < tokens.count && steps < 256 {
      steps += 1
      let token = tokens[index]
      switch token.kind {
      case .binaryOperator, .prefixOperator, .postfixOperator:
        // Only runs of `<`, `>`, `?`, `!`, `&` and `...` may appear in generic arguments.
        var closedHere = false
        for offset in 0..<token.range.length {
          let c = bytes[Int(token.range.start) + offset]
          if c == UInt8(ascii: "<") {
            angle += 1
          } else if c == UInt8(ascii: ">") {
            angle -= 1
            if angle == 0 && nesting == 0 {
              closedHere = true
              // Whatever follows inside this token must be postfix `?`/`!`.
              for rest in (offset + 1)..<token.range.length {
                let r = bytes[Int(token.range.start) + rest]
                if r != UInt8(ascii: "?") && r != UInt8(ascii: "!") { return false }
              }
              break
            }
          } else if c == UInt8(ascii: "?") || c == UInt8(ascii: "!") || c == UInt8(ascii: "&") || c == UInt8(ascii: ".")
          {
            continue
          } else {
            return false
          }
        }
        if closedHere { return followsGenericArguments(index + 1) }
      case .identifier, .kwAny, .kwCapitalSelf, .kwSelf, .dot, .comma, .colon, .arrow, .postfixQuestion,
        .postfixExclamation, .kwUnderscore, .integerLiteral, .kwThrows, .kwInout, .at, .kwRepeat, .dollarIdentifier:
        break
      case .openParen, .openBracket: nesting += 1
      case .closeParen, .closeBracket:
        nesting -= 1
        if nesting < 0 { return false }
      case .ampersandPrefix: break
      default: return false
      }
      index += 1
    }
    return false
  }

  private func followsGenericArguments(_ index: Int) -> Bool {
    guard index < tokens.count else { return true }
    let token = tokens[index]
    if token.isAtStartOfLine { return true }
    switch token.kind {
    case .openParen, .closeParen, .closeBracket, .closeBrace, .comma, .semicolon, .colon, .dot, .postfixQuestion,
      .postfixExclamation, .endOfFile, .openBrace, .openBracket, .interpolationEnd:
      return true
    case .binaryOperator:
      return tokenText(index, is: "==") || tokenText(index, is: "!=") || tokenText(index, is: "===")
        || tokenText(index, is: "!==")
    case .equal: return true
    default: return false
    }
  }
}
