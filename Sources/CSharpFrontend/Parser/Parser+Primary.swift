import SourceModel

/// Primary expressions: names, literals, parentheses and tuples, `new`, collection expressions and the
/// keyword forms (`typeof`, `default`, `checked`, …).
extension CSharpParser {
  mutating func parsePrimary() -> Expr {
    let start = pos
    let token = current
    func literal(_ kind: LiteralKind) -> Expr {
      advance()
      return Expr(.literal(kind), range: token.range)
    }
    switch token.kind {
    case .integerLiteral: return literal(.integer)
    case .realLiteral: return literal(.real)
    case .characterLiteral: return literal(.character)
    case .stringLiteral: return literal(.string)
    case .kwTrue: return literal(.true)
    case .kwFalse: return literal(.false)
    case .kwNull: return literal(.null)
    case .interpolatedStringStart:
      return parseInterpolatedString()
    case .kwThis:
      advance()
      return Expr(.this, range: token.range)
    case .kwBase:
      advance()
      return Expr(.base, range: token.range)
    case .kwDefault:
      advance()
      if kind == .openParen {
        advance()
        let type = parseType()
        expect(.closeParen, "')'")
        return Expr(.defaultValue(type), range: range(from: start))
      }
      return Expr(.defaultValue(nil), range: token.range)
    case .kwTypeof, .kwSizeof:
      advance()
      expect(.openParen, "'('")
      let type = parseType()
      expect(.closeParen, "')'")
      let kind: Expr.Kind = token.kind == .kwTypeof ? .typeOf(type) : .sizeOf(type)
      return Expr(kind, range: range(from: start))
    case .kwChecked, .kwUnchecked:
      advance()
      expect(.openParen, "'('")
      let inner = parseExpression()
      expect(.closeParen, "')'")
      return Expr(.checked(inner, isChecked: token.kind == .kwChecked), range: range(from: start))
    case .kwNew:
      return parseNewExpression()
    case .kwStackalloc:
      return parseStackalloc()
    case .kwDelegate:
      return parseAnonymousMethod(start: start, isAsync: false, isStatic: false)
    case .openParen:
      return parseParenthesizedOrTuple()
    case .openBracket:
      return parseCollectionExpression()
    case .openBrace:
      let initializer = parseInitializer()
      return Expr(.initializerList(initializer), range: range(from: start))
    case .kwThrow:
      advance()
      let thrown = parseExpression()
      return Expr(.throwExpression(thrown), range: range(from: start))
    case .kwRef:
      advance()
      eat(.kwReadonly)
      let target = parseUnary()
      return Expr(.refExpression(target), range: range(from: start))
    case .identifier:
      return parseNameExpression()
    default:
      if let name = CSharpParser.predefinedTypeName(token.kind) {
        advance()
        return Expr(.predefinedType(name), range: token.range)
      }
      reportExpected("an expression")
      return Expr(.missing, range: ByteRange(start: token.range.start, end: token.range.start))
    }
  }

  /// `x`, `List<int>`, `global::System`, `__arglist(…)`.
  mutating func parseNameExpression() -> Expr {
    let start = pos
    let token = advance()
    if kind == .doubleColon {
      advance()
      let alias = Identifier(identifierText(token), range: token.range)
      let name = parseIdentifier()
      if kind == .lessThan && isAtGenericArgumentList() {
        let arguments = parseTypeArgumentList()
        // An alias-qualified generic name: kept as a plain generic name on the right-hand side.
        return Expr(.name(name, typeArguments: arguments), range: range(from: start))
      }
      return Expr(.aliasQualified(alias: alias, name: name), range: range(from: start))
    }
    let identifier = Identifier(identifierText(token), range: token.range)
    if identifier.text == "__arglist" && !token.flags.contains(.verbatimIdentifier) {
      var parts: [Expr] = []
      if kind == .openParen { parts = parseArgumentList(closer: .closeParen).map(\.value) }
      return Expr(.other(parts), range: range(from: start))
    }
    if kind == .lessThan && isAtGenericArgumentList() {
      let arguments = parseTypeArgumentList()
      return Expr(.name(identifier, typeArguments: arguments), range: range(from: start))
    }
    return Expr(.name(identifier, typeArguments: []), range: token.range)
  }

  /// `(e)`, `(a, b)`, `(x: 1, y: 2)`, `(var a, int b)` (deconstruction targets).
  mutating func parseParenthesizedOrTuple() -> Expr {
    let start = pos
    advance()
    let first = parseTupleElement()
    if kind == .comma || first.name != nil || isDeclaration(first.value) {
      var elements = [first]
      var progress = LoopProgress()
      while progress.check(&self) && eat(.comma) {
        elements.append(parseTupleElement())
      }
      if !eat(.closeParen) {
        reportExpected("')'")
        recoverToCloser(.closeParen)
      }
      return Expr(.tuple(elements), range: range(from: start))
    }
    if !eat(.closeParen) {
      reportExpected("')'")
      recoverToCloser(.closeParen)
    }
    return Expr(.parenthesized(first.value), range: range(from: start))
  }

  private func isDeclaration(_ expr: Expr) -> Bool {
    if case .declaration = expr.kind { return true }
    return false
  }

  mutating func parseTupleElement() -> Argument {
    var name: Identifier?
    if kind == .identifier && peekKind() == .colon {
      name = parseIdentifier()
      advance()
    }
    if let declaration = parseDeclarationExpressionIfPresent() {
      return Argument(name: name, value: declaration)
    }
    return Argument(name: name, value: parseExpression())
  }

  /// `[a, b, ..c]`.
  mutating func parseCollectionExpression() -> Expr {
    let start = pos
    advance()
    var elements: [CollectionElement] = []
    var progress = LoopProgress()
    while progress.check(&self) && kind != .closeBracket {
      if eat(.dotDot) {
        elements.append(.spread(parseExpression()))
      } else {
        elements.append(.value(parseExpression()))
      }
      if !eat(.comma) { break }
    }
    if !eat(.closeBracket) {
      reportExpected("']'")
      recoverToCloser(.closeBracket)
    }
    return Expr(.collection(elements), range: range(from: start))
  }

  // MARK: - Interpolated strings

  /// `$"…{e,align:format}…"`: the holes are ordinary expressions.
  mutating func parseInterpolatedString() -> Expr {
    let start = pos
    advance()
    var holes: [Expr] = []
    var progress = LoopProgress()
    while progress.check(&self) {
      switch kind {
      case .interpolatedStringText:
        advance()
      case .interpolationStart:
        advance()
        holes.append(parseExpression())
        if eat(.comma) { _ = parseExpression() }
        eat(.interpolationFormat)
        if !eat(.interpolationEnd) {
          reportExpected("'}'")
          skipToInterpolationEnd()
        }
      case .interpolatedStringEnd:
        advance()
        return Expr(.interpolatedString(holes: holes), range: range(from: start))
      default:
        reportExpected("the end of the interpolated string")
        return Expr(.interpolatedString(holes: holes), range: range(from: start))
      }
    }
    return Expr(.interpolatedString(holes: holes), range: range(from: start))
  }

  private mutating func skipToInterpolationEnd() {
    var progress = LoopProgress()
    while progress.check(&self) {
      switch kind {
      case .interpolationEnd:
        advance()
        return
      case .interpolatedStringEnd:
        return
      case .openParen, .openBracket, .openBrace, .interpolationStart:
        skipBalanced()
      default:
        advance()
      }
    }
  }

  // MARK: - Creation

  /// `new T(…) {…}`, `new(…)`, `new T[n]`, `new[] {…}`, `new { A = 1 }`.
  mutating func parseNewExpression() -> Expr {
    let start = pos
    advance()
    switch kind {
    case .openParen where !isTupleTypeArrayCreation:
      let arguments = parseArgumentList(closer: .closeParen)
      let initializer = kind == .openBrace ? parseInitializer() : nil
      return Expr(.objectCreation(type: nil, arguments: arguments, initializer: initializer), range: range(from: start))
    case .openBracket:
      advance()
      while eat(.comma) {}
      expect(.closeBracket, "']'")
      let initializer = kind == .openBrace ? parseInitializer() : nil
      if initializer == nil { reportExpected("'{'") }
      return Expr(
        .arrayCreation(type: nil, sizes: [], initializer: initializer, isStackAlloc: false), range: range(from: start))
    case .openBrace:
      let initializer = parseInitializer()
      return Expr(.anonymousObject(initializer.elements), range: range(from: start))
    default:
      break
    }
    let type = parseType(.objectCreation)
    if kind == .openBracket {
      let sizes = parseArgumentList(closer: .closeBracket).map(\.value)
      var arrayType = type
      parseTypeSuffixes(&arrayType, .normal, start: start)
      let initializer = kind == .openBrace ? parseInitializer() : nil
      return Expr(
        .arrayCreation(type: arrayType, sizes: sizes, initializer: initializer, isStackAlloc: false),
        range: range(from: start))
    }
    if case .array = type.kind {
      let initializer = kind == .openBrace ? parseInitializer() : nil
      if initializer == nil { reportExpected("'{'") }
      return Expr(
        .arrayCreation(type: type, sizes: [], initializer: initializer, isStackAlloc: false), range: range(from: start))
    }
    var arguments: [Argument] = []
    var sawArguments = false
    if kind == .openParen {
      arguments = parseArgumentList(closer: .closeParen)
      sawArguments = true
    }
    let initializer = kind == .openBrace ? parseInitializer() : nil
    if !sawArguments && initializer == nil { reportExpected("'(' or '{'") }
    return Expr(.objectCreation(type: type, arguments: arguments, initializer: initializer), range: range(from: start))
  }

  /// `new (int a, string b)[n]`: a tuple-typed array, not a target-typed `new(…)`.
  private var isTupleTypeArrayCreation: Bool {
    guard let close = matchingIndex(of: pos), close + 1 < tokens.count else { return false }
    return tokens[close + 1].kind == .openBracket
  }

  /// `stackalloc int[n]`, `stackalloc[] { 1, 2 }`.
  mutating func parseStackalloc() -> Expr {
    let start = pos
    advance()
    var type: TypeSyntax?
    var sizes: [Expr] = []
    if kind == .openBracket {
      advance()
      expect(.closeBracket, "']'")
    } else {
      type = parseType(.objectCreation)
      if kind == .openBracket {
        sizes = parseArgumentList(closer: .closeBracket).map(\.value)
      }
    }
    let initializer = kind == .openBrace ? parseInitializer() : nil
    return Expr(
      .arrayCreation(type: type, sizes: sizes, initializer: initializer, isStackAlloc: true), range: range(from: start))
  }

  /// `{ A = 1, [k] = v, x, { k, v } }`: object, collection, dictionary and index initializers.
  mutating func parseInitializer() -> Initializer {
    let start = pos
    guard expect(.openBrace, "'{'") else { return Initializer(elements: [], range: range(from: start)) }
    guard enterNesting() else {
      eat(.closeBrace)
      return Initializer(elements: [], range: range(from: start))
    }
    defer { leaveNesting() }
    var elements: [Initializer.Element] = []
    var progress = LoopProgress()
    while progress.check(&self) && kind != .closeBrace {
      elements.append(parseInitializerElement())
      if !eat(.comma) { break }
    }
    if !eat(.closeBrace) {
      reportExpected("'}'")
      recoverToCloser(.closeBrace)
    }
    return Initializer(elements: elements, range: range(from: start))
  }

  private mutating func parseInitializerElement() -> Initializer.Element {
    let start = pos
    if kind == .identifier && peekKind() == .equals {
      let name = parseIdentifier()
      advance()
      let target = Expr(.name(name, typeArguments: []), range: name.range)
      return .assignment(target: target, value: parseInitializerValue())
    }
    if kind == .openBracket, let close = matchingIndex(of: pos), close + 1 < tokens.count,
      tokens[close + 1].kind == .equals
    {
      let arguments = parseArgumentList(closer: .closeBracket)
      let target = Expr(
        .elementAccess(Expr(.missing, range: range(from: start)), arguments: arguments, isConditional: false),
        range: range(from: start))
      advance()
      return .assignment(target: target, value: parseInitializerValue())
    }
    return .value(parseInitializerValue())
  }

  /// A value in an initializer: a nested `{…}` or an expression.
  mutating func parseInitializerValue() -> Expr {
    if kind == .openBrace {
      let start = pos
      let nested = parseInitializer()
      return Expr(.initializerList(nested), range: range(from: start))
    }
    return parseExpression()
  }

  // MARK: - Switch expressions

  /// `{ pattern [when guard] => value, … }` after `switch`.
  mutating func parseSwitchExpressionArms() -> [SwitchExpressionArm] {
    var arms: [SwitchExpressionArm] = []
    guard expect(.openBrace, "'{'") else { return arms }
    guard enterNesting() else {
      eat(.closeBrace)
      return arms
    }
    defer { leaveNesting() }
    var progress = LoopProgress()
    while progress.check(&self) && kind != .closeBrace {
      let pattern = parsePattern(afterIs: false)
      var guardExpr: Expr?
      if isContextual(.when) {
        advance()
        let outerGuardDepth = switchArmGuardDepth
        switchArmGuardDepth = depth + 1
        guardExpr = parseExpression()
        switchArmGuardDepth = outerGuardDepth
      }
      expect(.fatArrow, "'=>'")
      let value = parseExpression()
      arms.append(SwitchExpressionArm(pattern: pattern, guardExpr: guardExpr, value: value))
      if !eat(.comma) { break }
    }
    if !eat(.closeBrace) {
      reportExpected("'}'")
      recoverToCloser(.closeBrace)
    }
    return arms
  }
}
