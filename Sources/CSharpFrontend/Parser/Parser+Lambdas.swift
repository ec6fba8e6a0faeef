import SourceModel

/// Lambdas (`x => …`, `(a, b) => …`, `async`, `static`, attributes, explicit return types) and anonymous
/// methods (`delegate (…) { … }`).
extension CSharpParser {
  /// Whether a lambda starts here. O(1) per bracket thanks to the precomputed bracket matches.
  mutating func isAtLambda() -> Bool {
    var index = pos
    while tokens[index].kind == .openBracket {
      guard let close = matchingIndex(of: index) else { return false }
      index = close + 1
    }
    while index + 1 < tokens.count {
      let token = tokens[index]
      let isAsync =
        token.kind == .identifier && token.contextual == .async && !token.flags.contains(.verbatimIdentifier)
      guard isAsync || token.kind == .kwStatic, tokens[index + 1].kind != .fatArrow else { break }
      index += 1
    }
    let token = tokens[index]
    let next = index + 1 < tokens.count ? tokens[index + 1].kind : .endOfFile
    switch token.kind {
    case .kwDelegate:
      return index > pos && next != .star
    case .identifier where next == .fatArrow:
      return true
    case .openParen:
      if isParenthesizedParameterList(at: index) { return true }
    default:
      break
    }
    // Explicit return type: `int (x) => …`, `List<T> () => …`.
    guard token.kind == .identifier || CSharpParser.predefinedTypeName(token.kind) != nil || token.kind == .kwRef
    else { return false }
    switch next {
    case .openParen, .lessThan, .dot, .question, .openBracket, .doubleColon, .star, .identifier:
      break
    default:
      return false
    }
    let saved = pos
    defer { pos = saved }
    pos = index
    // `c ? (x) => a : b` must stay a conditional, so a return type ends in `?` only when written tight
    // (`long? (x) => …`).
    if case .notType = scanType(allowNullable: false, allowAdjacentNullable: true) { return false }
    return kind == .openParen && isParenthesizedParameterList(at: pos)
  }

  /// `(…)` at `index` followed by `=>`.
  func isParenthesizedParameterList(at index: Int) -> Bool {
    guard let close = matchingIndex(of: index), close + 1 < tokens.count else { return false }
    return tokens[close + 1].kind == .fatArrow
  }

  mutating func parseLambda() -> Expr {
    let start = pos
    if kind == .openBracket { _ = parseAttributeLists() }
    var isAsync = false
    var isStatic = false
    var progress = LoopProgress()
    while progress.check(&self) && peekKind() != .fatArrow {
      if isContextual(.async) {
        isAsync = true
      } else if kind == .kwStatic {
        isStatic = true
      } else {
        break
      }
      advance()
    }
    if kind == .kwDelegate {
      return parseAnonymousMethod(start: start, isAsync: isAsync, isStatic: isStatic)
    }
    var returnType: TypeSyntax?
    var parameters: [Parameter] = []
    if kind == .identifier && peekKind() == .fatArrow {
      let name = parseIdentifier()
      parameters = [Parameter(type: nil, name: name)]
    } else {
      if kind != .openParen { returnType = parseType() }
      parameters = parseParameterList(closer: .closeParen, allowImplicitTypes: true)
    }
    expect(.fatArrow, "'=>'")
    let body = parseLambdaBody(isAsync: isAsync)
    let lambda = Lambda(
      isAsync: isAsync, isStatic: isStatic, parameters: parameters, returnType: returnType, body: body)
    return Expr(.lambda(lambda), range: range(from: start))
  }

  mutating func parseLambdaBody(isAsync: Bool) -> Lambda.Body {
    let wasAsync = isInAsyncContext
    isInAsyncContext = isAsync
    defer { isInAsyncContext = wasAsync }
    if kind == .openBrace {
      return .block(parseBlock())
    }
    return .expression(parseExpression())
  }

  /// `delegate { … }`, `delegate (int x) { … }`; `start` includes any `async`/`static` already consumed.
  mutating func parseAnonymousMethod(start: Int, isAsync: Bool, isStatic: Bool) -> Expr {
    advance()
    var parameters: [Parameter] = []
    if kind == .openParen {
      parameters = parseParameterList(closer: .closeParen, allowImplicitTypes: false)
    }
    let body: Lambda.Body
    if kind == .openBrace {
      body = parseLambdaBody(isAsync: isAsync)
    } else {
      reportExpected("'{'")
      body = .block(Block(statements: [], range: range(from: pos)))
    }
    let lambda = Lambda(isAsync: isAsync, isStatic: isStatic, parameters: parameters, body: body)
    return Expr(.anonymousMethod(lambda), range: range(from: start))
  }
}
