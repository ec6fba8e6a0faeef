import SourceModel

/// Local declarations (`int x = 1, y;`, `ref readonly var r = ref a;`, `scoped Span<int> s`), deconstruction
/// declarations (`var (a, b) = …`) and local functions, told apart from expression statements by scanning.
extension CSharpParser {
  /// After optional local modifiers: a type followed by a name that is then followed by what can follow a
  /// declarator.
  mutating func isAtLocalDeclaration() -> Bool {
    let saved = pos
    defer { pos = saved }
    skipLocalModifierTokens()
    if isContextual(.await) && isAtAwaitOperator() { return false }
    if case .notType = scanType() { return false }
    guard kind == .identifier else { return false }
    switch peekKind() {
    case .equals, .semicolon, .comma, .closeParen, .openBracket:
      return true
    default:
      return false
    }
  }

  /// `ref`, `ref readonly`, `scoped`, `readonly` before a local's type, as written.
  mutating func parseLocalModifiers() -> [String] {
    var modifiers: [String] = []
    var progress = LoopProgress()
    while progress.check(&self) {
      if kind == .kwRef && peekKind() == .kwReadonly {
        advance()
        advance()
        modifiers.append("ref readonly")
      } else if isContextual(.scoped) && (peekKind() == .identifier || peekKind() == .kwRef || isPredefined(peek(1))) {
        advance()
        modifiers.append("scoped")
      } else if kind == .kwReadonly {
        advance()
        modifiers.append("readonly")
      } else {
        return modifiers
      }
    }
    return modifiers
  }

  private func isPredefined(_ token: Token) -> Bool { CSharpParser.predefinedTypeName(token.kind) != nil }

  private mutating func skipLocalModifierTokens() {
    while true {
      if kind == .kwRef && peekKind() == .kwReadonly {
        pos += 2
      } else if kind == .kwReadonly || isContextual(.scoped) && peekKind() != .equals && peekKind() != .semicolon {
        pos += 1
      } else {
        return
      }
    }
  }

  /// The type and declarators of a local declaration (the part after `using`/`const`/modifiers).
  mutating func parseLocalDeclarationBody(usingKind: LocalDeclaration.UsingKind, isConst: Bool, modifiers: [String])
    -> LocalDeclaration
  {
    let type: TypeSyntax
    if isContextual(.var) && peekKind() == .identifier {
      type = TypeSyntax(.implicit, range: advance().range)
    } else {
      type = parseType()
    }
    let declarators = parseVariableDeclarators()
    return LocalDeclaration(
      usingKind: usingKind, isConst: isConst, modifiers: modifiers, type: type, declarators: declarators)
  }

  /// `a = 1, b, c[4]`.
  mutating func parseVariableDeclarators() -> [VariableDeclarator] {
    var declarators: [VariableDeclarator] = []
    var progress = LoopProgress()
    while progress.check(&self) {
      let name = parseIdentifier()
      var bracketArguments: [Argument] = []
      if kind == .openBracket { bracketArguments = parseArgumentList(closer: .closeBracket) }
      var initializer: Expr?
      if eat(.equals) { initializer = parseVariableInitializer() }
      declarators.append(VariableDeclarator(name: name, initializer: initializer, bracketArguments: bracketArguments))
      if !eat(.comma) { break }
    }
    return declarators
  }

  /// `= { 1, 2 }` (array initializer) or an expression (including `ref x`).
  mutating func parseVariableInitializer() -> Expr {
    if kind == .openBrace {
      let start = pos
      let initializer = parseInitializer()
      return Expr(.initializerList(initializer), range: range(from: start))
    }
    return parseExpression()
  }

  /// A local declaration, deconstruction declaration or local function at the cursor, or nil (nothing consumed).
  mutating func parseDeclarationOrLocalFunctionIfPresent(start: Int) -> Stmt? {
    // `var (a, b) = …`
    if isContextual(.var) && peekKind() == .openParen, let close = matchingIndex(of: pos + 1),
      close + 1 < tokens.count, tokens[close + 1].kind == .equals
    {
      let saved = pos
      pos += 1
      let isDesignation = isAtParenthesizedDesignation()
      pos = saved
      if isDesignation {
        let target = parseDeclarationExpressionIfPresent() ?? Expr(.missing, range: range(from: start))
        advance()
        let value = parseExpression()
        let assignment = Expr(.assignment(.assign, target, value), range: range(from: start))
        expectSemicolon()
        return Stmt(.expression(assignment), range: range(from: start))
      }
    }
    if isAtLocalFunction() { return parseLocalFunction(start: start) }
    guard isAtLocalDeclaration() else { return nil }
    let modifiers = parseLocalModifiers()
    let declaration = parseLocalDeclarationBody(usingKind: .none, isConst: false, modifiers: modifiers)
    expectSemicolon()
    return Stmt(.localDeclaration(declaration), range: range(from: start))
  }

  /// `[attrs] static async T Name<U>(…)`.
  private mutating func isAtLocalFunction() -> Bool {
    let saved = pos
    defer { pos = saved }
    while kind == .openBracket, let close = matchingIndex(of: pos) { pos = close + 1 }
    while kind == .kwStatic || kind == .kwUnsafe || kind == .kwExtern
      || isContextual(.async) && peekKind() != .fatArrow
        && peekKind() != .openParen
    {
      pos += 1
    }
    if isContextual(.await) && isAtAwaitOperator() { return false }
    if case .notType = scanType() { return false }
    guard kind == .identifier else { return false }
    switch peekKind() {
    case .openParen:
      return true
    case .lessThan:
      pos += 1
      if case .notType = scanTypeArgumentList(scanDepth: 0) { return false }
      return kind == .openParen
    default:
      return false
    }
  }

  private mutating func parseLocalFunction(start: Int) -> Stmt {
    _ = parseAttributeLists()
    var modifiers: [String] = []
    while kind == .kwStatic || kind == .kwUnsafe || kind == .kwExtern
      || isContextual(.async) && peekKind() != .fatArrow
        && peekKind() != .openParen
    {
      modifiers.append(takeText())
    }
    let returnType = parseType()
    let name = parseIdentifier()
    let method = parseMethodRest(
      modifiers: modifiers, returnType: returnType, name: name, explicitInterface: nil, typeParameters: nil,
      start: start)
    return Stmt(.localFunction(method), range: range(from: start))
  }
}
