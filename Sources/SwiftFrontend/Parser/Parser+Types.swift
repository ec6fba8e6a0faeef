import SourceModel

extension SwiftParserCore {
  /// Types: attributed, `some`/`any`, named with generic arguments, tuples, functions, arrays,
  /// dictionaries, optionals, metatypes and compositions.
  mutating func parseType() -> SwiftType {
    let start = currentStart
    guard enter() else {
      skipDeepGroup()
      return SwiftType(.missing, range: range(from: start))
    }
    defer { leave() }
    var first = parseNonCompositionType()
    guard at(.binaryOperator) && currentIs("&") else { return first }
    var parts = [first]
    while at(.binaryOperator) && currentIs("&") {
      advance()
      parts.append(parseNonCompositionType())
    }
    first = SwiftType(.composition(parts), range: range(from: start))
    return first
  }

  /// The operand of a type prefix (`some`, `~`, `inout`, `@escaping`), one nesting level deeper, so a run
  /// of prefixes cannot recurse without bound.
  private mutating func parseNestedNonCompositionType() -> SwiftType {
    let start = currentStart
    guard enter() else {
      skipDeepGroup()
      return SwiftType(.missing, range: range(from: start))
    }
    defer { leave() }
    return parseNonCompositionType()
  }

  private mutating func parseNonCompositionType() -> SwiftType {
    let start = currentStart
    // Attributes and ownership specifiers.
    var specifiers: [String] = []
    var attributes: [SwiftAttribute] = []
    while true {
      if at(.at) {
        attributes += parseAttributes()
      } else if at(.kwInout) || isTypeSpecifier(current) {
        specifiers.append(text(current.range))
        advance()
        // `isolated(x)`-style arguments are not part of Swift types; `__shared` etc. take none.
      } else {
        break
      }
    }
    if !specifiers.isEmpty || !attributes.isEmpty {
      let inner = parseNestedNonCompositionType()
      return SwiftType(.attributed(specifiers: specifiers, attributes: attributes, inner), range: range(from: start))
    }
    if (at(contextual: .some) || at(contextual: .any) || at(contextual: .each) || at(.kwRepeat))
      && startsType(peek()) && !peek().isAtStartOfLine
    {
      let keyword = text(current.range)
      advance()
      let inner = parseNestedNonCompositionType()
      return SwiftType(.prefixed(keyword: keyword, inner), range: range(from: start))
    }
    if at(.prefixOperator) && currentIs("~") {
      // Suppressed conformance: `~Copyable`.
      advance()
      let inner = parseNestedNonCompositionType()
      return SwiftType(.prefixed(keyword: "~", inner), range: range(from: start))
    }
    var type = parsePrimaryType()
    // Suffixes: `?`, `!`, `.Type`, `.Protocol`, `.Name`.
    var steps = 0
    while steps < Self.maxChain {
      steps += 1
      if at(.postfixQuestion) {
        advance()
        type = SwiftType(.optional(type), range: range(from: start))
      } else if at(.postfixExclamation) {
        advance()
        type = SwiftType(.implicitlyUnwrapped(type), range: range(from: start))
      } else if (at(.postfixOperator) || at(.binaryOperator)) && !current.flags.contains(.hasLeadingTrivia)
        && (firstByte(pos) == UInt8(ascii: "?") || firstByte(pos) == UInt8(ascii: "!"))
      {
        // `T?>`-style glued operators: take one character.
        let isOptional = firstByte(pos) == UInt8(ascii: "?")
        splitLeadingCharacter()
        type = SwiftType(isOptional ? .optional(type) : .implicitlyUnwrapped(type), range: range(from: start))
      } else if at(.dot) && isNameLike(peek()) {
        advance()
        if at(.identifier) && (at(contextual: .Type) || at(contextual: .Protocol)) {
          let isProtocol = at(contextual: .Protocol)
          advance()
          type = SwiftType(.metatype(type, isProtocol: isProtocol), range: range(from: start))
        } else {
          let segment = parseTypeSegment()
          if case .named(var segments) = type.kind {
            segments.append(segment)
            type = SwiftType(.named(segments), range: range(from: start))
          } else {
            type = SwiftType(
              .named([SwiftTypeSegment(name: SwiftIdentifier("", range: type.range), range: type.range), segment]),
              range: range(from: start))
          }
        }
      } else {
        break
      }
    }
    return type
  }

  func isTypeSpecifier(_ token: SwiftToken) -> Bool {
    guard token.kind == .identifier, !token.flags.contains(.backticked) else { return false }
    switch token.contextual {
    case .borrowing, .consuming, .sending, .__owned, .__shared, .isolated, ._const:
      return startsType(tokens[min(pos + 1, tokens.count - 1)])
    default: return false
    }
  }

  func startsType(_ token: SwiftToken) -> Bool {
    switch token.kind {
    case .identifier, .kwAny, .kwCapitalSelf, .kwSelf, .openParen, .openBracket, .at, .kwUnderscore, .kwInout,
      .kwRepeat:
      return true
    default: return false
    }
  }

  private mutating func parsePrimaryType() -> SwiftType {
    let start = currentStart
    switch kind {
    case .identifier, .kwAny, .kwCapitalSelf, .kwSelf, .kwUnderscore, .kwInit, .dollarIdentifier:
      let segment = parseTypeSegment()
      return SwiftType(.named([segment]), range: range(from: start))
    case .openParen:
      return parseTupleOrFunctionType()
    case .openBracket:
      advance()
      let element = parseType()
      var result: SwiftType.Kind = .array(element)
      if consume(.colon) {
        let value = parseType()
        result = .dictionary(key: element, value: value)
      } else if at(contextual: .of) {
        advance()
        let inner = parseType()
        result = .inlineArray(count: element.range, element: inner)
      }
      expect(.closeBracket, "']' to end the type")
      return SwiftType(result, range: range(from: start))
    case .integerLiteral:
      // Value generic arguments and inline-array counts.
      advance()
      return SwiftType(
        .named([
          SwiftTypeSegment(
            name: SwiftIdentifier(text(tokens[pos - 1].range), range: tokens[pos - 1].range),
            range: tokens[pos - 1].range)
        ]), range: range(from: start))
    default:
      error("expected type")
      return SwiftType(.missing, range: ByteRange(start: start, end: start))
    }
  }

  /// `Name` or `Name<Args>`.
  private mutating func parseTypeSegment() -> SwiftTypeSegment {
    let start = currentStart
    let name = takeIdentifier()
    var arguments: [SwiftType] = []
    if firstByte(pos) == UInt8(ascii: "<") && !current.flags.contains(.hasLeadingTrivia)
      && (at(.binaryOperator) || at(.prefixOperator) || at(.postfixOperator))
    {
      arguments = parseGenericArgumentClause()
    }
    return SwiftTypeSegment(name: name, genericArguments: arguments, range: range(from: start))
  }

  /// `<T, U>` at a token starting with `<`; splits glued closers such as `>>` and `>?`.
  mutating func parseGenericArgumentClause() -> [SwiftType] {
    splitLeadingAngle()
    var arguments: [SwiftType] = []
    while !atEnd && firstByte(pos) != UInt8(ascii: ">") {
      let before = pos
      arguments.append(parseType())
      if !consume(.comma) || pos == before { break }
    }
    if !consumeClosingAngle() { error("expected '>' to end the generic argument list") }
    return arguments
  }

  /// `(A, b: B)` as a tuple, or `(A) async throws -> R` as a function type.
  private mutating func parseTupleOrFunctionType() -> SwiftType {
    let start = currentStart
    advance()
    var elements: [SwiftTupleTypeElement] = []
    while !at(.closeParen) && !atEnd {
      let before = pos
      var label: SwiftIdentifier?
      var secondName: SwiftIdentifier?
      if isNameLike(current) && peek().kind == .colon {
        label = takeIdentifier()
        advance()
      } else if isNameLike(current) && isNameLike(peek()) && peek(2).kind == .colon {
        label = takeIdentifier()
        secondName = takeIdentifier()
        advance()
      }
      var type = parseType()
      if (at(.binaryOperator) || at(.postfixOperator)) && currentIs("...") {
        advance()
        type = SwiftType(.variadic(type), range: range(from: type.range.start))
      }
      // A default value here is invalid Swift but harmless to skip.
      if consume(.equal) { _ = parseExpression() }
      elements.append(SwiftTupleTypeElement(label: label, secondName: secondName, type: type))
      if !consume(.comma) || pos == before { break }
    }
    if !expect(.closeParen, "')' to end the type") { skipToCloser(.closeParen) }
    let effects = parseEffects()
    if consume(.arrow) {
      let result = parseType()
      return SwiftType(.function(parameters: elements, effects: effects, result: result), range: range(from: start))
    }
    return SwiftType(.tuple(elements), range: range(from: start))
  }

  // MARK: - Splitting glued operators

  /// At a token starting with `<`: consumes exactly that `<`.
  mutating func splitLeadingAngle() {
    if current.range.length <= 1 {
      advance()
    } else {
      splitLeadingCharacter()
    }
  }

  /// Consumes a `>` that closes a generic list, splitting it off a longer operator token.
  mutating func consumeClosingAngle() -> Bool {
    guard firstByte(pos) == UInt8(ascii: ">"), at(.binaryOperator) || at(.postfixOperator) || at(.prefixOperator)
    else { return false }
    if current.range.length <= 1 {
      advance()
    } else {
      splitLeadingCharacter()
    }
    return true
  }

  /// Drops the first byte of the current token (treated as consumed) and reclassifies the rest.
  mutating func splitLeadingCharacter() {
    var token = tokens[pos]
    token.range.start += 1
    token.flags.remove(.hasLeadingTrivia)
    token.flags.remove(.atStartOfLine)
    token.leadingTriviaStart = token.leadingTriviaEnd
    if token.range.length == 1 {
      // What is left of `>?`, `>!`, `>=` becomes the token it would have been on its own.
      switch bytes[Int(token.range.start)] {
      case UInt8(ascii: "?"): token.kind = .postfixQuestion
      case UInt8(ascii: "!"): token.kind = .postfixExclamation
      case UInt8(ascii: "="): token.kind = .equal
      default: break
      }
    }
    tokens[pos] = token
  }
}
