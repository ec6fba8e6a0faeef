import SourceModel

/// Type declarations and their members: methods, constructors, destructors, operators, fields, constants,
/// properties, indexers, events, enum members and explicit interface implementations.
extension CSharpParser {
  /// `class C<T>(int x) : B(x), I where T : new() { … }` and the other type keywords. The keyword is current.
  mutating func parseTypeDeclaration(modifiers: [String]) -> TypeDeclaration {
    let keyword: TypeDeclaration.Keyword
    switch advance().kind {
    case .kwClass: keyword = .class
    case .kwStruct: keyword = .struct
    case .kwInterface: keyword = .interface
    case .kwEnum: keyword = .enum
    default:
      if text(tokens[pos - 1]) == "extension" {
        keyword = .extension
      } else if eat(.kwClass) {
        keyword = .recordClass
      } else if eat(.kwStruct) {
        keyword = .recordStruct
      } else {
        keyword = .record
      }
    }
    let name =
      keyword == .extension
      ? Identifier("extension", range: tokens[pos - 1].range) : parseIdentifier()
    var declaration = TypeDeclaration(keyword: keyword, name: name)
    if kind == .lessThan { declaration.typeParameters = parseTypeParameterList() }
    if kind == .openParen {
      declaration.parameters = parseParameterList(
        closer: .closeParen, allowImplicitTypes: false, allowUnnamed: keyword == .extension)
    }
    if eat(.colon) {
      var progress = LoopProgress()
      while progress.check(&self) {
        declaration.baseTypes.append(parseType())
        if kind == .openParen { declaration.baseArguments = parseArgumentList(closer: .closeParen) }
        if !eat(.comma) { break }
      }
    }
    parseConstraintClauses()
    if eat(.semicolon) { return declaration }
    guard expect(.openBrace, "'{'") else {
      skipToMemberBoundary()
      return declaration
    }
    guard enterNesting() else {
      eat(.closeBrace)
      return declaration
    }
    defer { leaveNesting() }
    let outerContainer = container
    defer { container = outerContainer }
    container = pos - 1
    declaration.members = keyword == .enum ? parseEnumMembers() : parseTypeMembers()
    expect(.closeBrace, "'}'")
    eat(.semicolon)
    return declaration
  }

  /// Members up to the closing `}` (not consumed); a bad member is skipped, never the rest.
  mutating func parseTypeMembers() -> [Member] {
    var members: [Member] = []
    var progress = LoopProgress()
    while progress.check(&self) && kind != .closeBrace {
      if pos == split?.start, handOffRestOfContainer(members: members.count, usings: 0) { continue }
      let start = pos
      if let member = parseMember(context: .type) { members.append(member) }
      if pos == start {
        // Tokens that cannot start a member: report once and skip just them.
        reportExpected("a member declaration")
        advance()
        while !isAtEnd && kind != .closeBrace && !canStartMember { advance() }
        members.append(Member(kind: .error, range: range(from: start)))
      }
    }
    return members
  }

  private mutating func parseEnumMembers() -> [Member] {
    var members: [Member] = []
    var progress = LoopProgress()
    while progress.check(&self) && kind != .closeBrace {
      let start = pos
      let attributes = parseAttributeLists()
      let name = parseIdentifier()
      var value: Expr?
      if eat(.equals) { value = parseExpression() }
      members.append(
        Member(attributes: attributes, kind: .enumMember(name: name, value: value), range: range(from: start)))
      if !eat(.comma) {
        if kind != .closeBrace {
          reportExpected("',' or '}'")
          skipToMemberBoundary()
        }
      }
    }
    return members
  }

  /// `<[A] in T, out U>` on a declaration: the names.
  mutating func parseTypeParameterList() -> [Identifier] {
    advance()
    var names: [Identifier] = []
    var progress = LoopProgress()
    while progress.check(&self) && kind != .greaterThan {
      _ = parseAttributeLists()
      if kind == .kwIn || kind == .kwOut { advance() }
      names.append(parseIdentifier())
      if !eat(.comma) { break }
    }
    expect(.greaterThan, "'>'")
    return names
  }

  /// `where T : class?, new(), IFoo<T>, allows ref struct` clauses (parsed, not modelled).
  mutating func parseConstraintClauses() {
    var progress = LoopProgress()
    while progress.check(&self) && isContextual(.where) && peekKind() == .identifier {
      advance()
      _ = parseIdentifier()
      expect(.colon, "':'")
      var constraintProgress = LoopProgress()
      while constraintProgress.check(&self) {
        switch kind {
        case .kwNew:
          advance()
          expect(.openParen, "'('")
          expect(.closeParen, "')'")
        case .kwClass, .kwStruct, .kwDefault:
          advance()
          eat(.question)
        case .identifier where isContextual(.allows):
          advance()
          eat(.kwRef)
          expect(.kwStruct, "'struct'")
        default:
          _ = parseType()
        }
        if !eat(.comma) { break }
      }
    }
  }

  /// At `delegate (`: a declaration returning a tuple (`delegate (bool, string) Check(string s);`, a name
  /// after the parenthesis) rather than an anonymous method (`delegate (int x) { … }`).
  var delegateReturnsTuple: Bool {
    guard var after = matchingIndex(of: pos + 1).map({ $0 + 1 }) else { return false }
    // `(int, int)?`, `(int, int)[]`: the tuple type goes on before the name.
    while after < tokens.count {
      if tokens[after].kind == .question {
        after += 1
      } else if tokens[after].kind == .openBracket, let close = matchingIndex(of: after) {
        after = close + 1
      } else {
        break
      }
    }
    return after < tokens.count && tokens[after].kind == .identifier
  }

  mutating func parseDelegateDeclaration() -> DelegateDeclaration {
    advance()
    let returnType = parseType()
    let name = parseIdentifier()
    let typeParameters = kind == .lessThan ? parseTypeParameterList() : []
    let parameters = parseParameterList(closer: .closeParen, allowImplicitTypes: false)
    parseConstraintClauses()
    expectSemicolon()
    return DelegateDeclaration(
      returnType: returnType, name: name, typeParameters: typeParameters, parameters: parameters)
  }

  // MARK: - Member kinds

  /// Notes a method's or constructor's name for `CSharpSyntaxTree.declaredMethodNames` (a name the parser
  /// found missing has an empty range, possibly where the next token starts: not noted).
  private mutating func recordDeclaredMethodName(_ name: Identifier) {
    if name.range.end > name.range.start { declaredMethodNames.append(name.range.start) }
  }

  /// A member of a class, struct, interface or record after its attributes and modifiers; nil when nothing
  /// sensible was found (a diagnostic was reported and tokens skipped unless none could be).
  mutating func parseTypeMemberKind(modifiers: [String], start: Int) -> Member.Kind? {
    switch kind {
    case .kwEvent:
      return parseEvent()
    case .tilde:
      advance()
      let name = parseIdentifier()
      let method = parseMethodRest(
        modifiers: modifiers, returnType: nil, name: name, explicitInterface: nil, typeParameters: nil, start: start)
      return .destructor(method)
    case .kwImplicit, .kwExplicit:
      return parseConversionOperator(modifiers: modifiers, start: start)
    case .kwConst:
      advance()
      let declaration = parseLocalDeclarationBody(usingKind: .none, isConst: true, modifiers: ["const"])
      expectSemicolon()
      return .field(declaration, isEvent: false)
    case .kwFixed:
      advance()
      let declaration = parseLocalDeclarationBody(usingKind: .none, isConst: false, modifiers: ["fixed"])
      expectSemicolon()
      return .field(declaration, isEvent: false)
    case .identifier where peekKind() == .openParen:
      let name = parseIdentifier()
      recordDeclaredMethodName(name)
      let method = parseMethodRest(
        modifiers: modifiers, returnType: nil, name: name, explicitInterface: nil, typeParameters: nil, start: start)
      return .constructor(method)
    case .closeBrace, .endOfFile:
      reportExpected("a member declaration")
      return nil
    default:
      break
    }
    let typeStart = pos
    guard canStartMember else { return pos == start ? nil : .error }
    let type = parseType()
    if case .missing = type.kind {
      if pos == typeStart { return pos == start ? nil : .error }
      skipToMemberBoundary()
      return .error
    }
    switch kind {
    case .kwOperator:
      return parseOperator(modifiers: modifiers, returnType: type, start: start)
    case .kwThis:
      return parseIndexer(type: type, explicitInterface: nil)
    case .identifier:
      break
    default:
      if pos == typeStart { return nil }
      reportExpected("a member name")
      skipToMemberBoundary()
      return .error
    }
    // The member name, possibly qualified by an explicitly implemented interface: `IFoo<T>.Bar<U>`.
    let nameType = parseNamedType()
    guard case .named(let alias, var segments) = nameType.kind, let last = segments.popLast() else { return .error }
    let explicitInterface: TypeSyntax? =
      segments.isEmpty
      ? nil
      : TypeSyntax(
        .named(alias: alias, segments: segments),
        range: ByteRange(start: nameType.range.start, end: segments.last!.range.end))
    if kind == .dot && (peekKind() == .kwThis || peekKind() == .kwOperator) {
      advance()
      let interface = TypeSyntax(.named(alias: alias, segments: segments + [last]), range: nameType.range)
      if kind == .kwThis { return parseIndexer(type: type, explicitInterface: interface) }
      return parseOperator(modifiers: modifiers, returnType: type, start: start)
    }
    let name = Identifier(last.name, range: last.range)
    switch kind {
    case .openParen, .lessThan:
      let typeParameters = last.typeArguments.map { argument in
        Identifier(argument.lastName ?? "", range: argument.range)
      }
      recordDeclaredMethodName(name)
      let method = parseMethodRest(
        modifiers: modifiers, returnType: type, name: name, explicitInterface: explicitInterface,
        typeParameters: typeParameters, start: start)
      return .method(method)
    case .openBrace, .fatArrow:
      return .property(parsePropertyRest(type: type, name: name, explicitInterface: explicitInterface, parameters: []))
    default:
      // A field: `T a = 1, b;`.
      var declarators: [VariableDeclarator] = []
      var bracketArguments: [Argument] = []
      if kind == .openBracket { bracketArguments = parseArgumentList(closer: .closeBracket) }
      var initializer: Expr?
      if eat(.equals) { initializer = parseMemberInitializer() }
      declarators.append(VariableDeclarator(name: name, initializer: initializer, bracketArguments: bracketArguments))
      if eat(.comma) { declarators += parseVariableDeclarators() }
      expectMemberSemicolon()
      return .field(LocalDeclaration(modifiers: [], type: type, declarators: declarators), isEvent: false)
    }
  }

  /// Whether the current token can begin a member (or a type within one).
  var canStartMember: Bool {
    switch kind {
    case .identifier, .openBracket, .tilde, .openParen: return true
    default: return kind.rawValue >= TokenKind.kwAbstract.rawValue
    }
  }

  /// A member ends with `;`; when it is missing, skip to the next member boundary.
  mutating func expectMemberSemicolon() {
    if eat(.semicolon) { return }
    reportExpected("';'")
    if kind == .closeBrace || current.flags.contains(.atStartOfLine) { return }
    skipToMemberBoundary()
  }

  /// After a method's (or constructor's, local function's) name: type parameters, parameters, constraints,
  /// constructor initializer and body.
  mutating func parseMethodRest(
    modifiers: [String], returnType: TypeSyntax?, name: Identifier, explicitInterface: TypeSyntax?,
    typeParameters: [Identifier]?, start: Int
  ) -> MethodDeclaration {
    var typeParameters = typeParameters ?? []
    if kind == .lessThan { typeParameters = parseTypeParameterList() }
    let parameters = parseParameterList(closer: .closeParen, allowImplicitTypes: false)
    parseConstraintClauses()
    var initializer: [Argument]?
    if kind == .colon && (peekKind() == .kwBase || peekKind() == .kwThis) {
      advance()
      advance()
      if kind == .openParen {
        initializer = parseArgumentList(closer: .closeParen)
      } else {
        reportExpected("'('")
        initializer = []
      }
    }
    let body = parseMethodBody(isAsync: modifiers.contains("async"))
    return MethodDeclaration(
      modifiers: modifiers, returnType: returnType, name: name, explicitInterface: explicitInterface,
      typeParameters: typeParameters, parameters: parameters, constructorInitializer: initializer, body: body,
      range: range(from: start))
  }

  /// `{ … }`, `=> expr;` or `;`.
  mutating func parseMethodBody(isAsync: Bool) -> MethodDeclaration.Body? {
    let wasAsync = isInAsyncContext
    isInAsyncContext = isAsync
    defer { isInAsyncContext = wasAsync }
    switch kind {
    case .openBrace:
      if deferringMemberBodies, let close = matchingIndex(of: pos), tokens[close].kind == .closeBrace {
        let start = pos
        reportTooDeepBracket(in: (pos + 1)..<close)
        let body = DeferredBody(
          openToken: Int32(pos), isAsync: isAsync, depth: Int32(depth), depthLimitReported: reportedDepthLimit)
        pos = close + 1
        return .block(Block(statements: [], range: range(from: start), deferred: body))
      }
      return .block(parseBlock())
    case .fatArrow:
      advance()
      return .expression(parseMemberExpressionBody())
    case .semicolon:
      advance()
      return nil
    default:
      reportExpected("a method body")
      skipToMemberBoundary()
      return nil
    }
  }

  /// `operator +(…)`, `operator checked -(…)`, `operator true(…)`; the name is the operator's spelling.
  private mutating func parseOperator(modifiers: [String], returnType: TypeSyntax, start: Int) -> Member.Kind {
    advance()
    eat(.kwChecked)
    let operatorStart = pos
    var spelling = ""
    var progress = LoopProgress()
    while progress.check(&self) && kind != .openParen && pos - operatorStart < 3 {
      spelling += takeText()
    }
    if spelling.isEmpty { reportExpected("an operator") }
    let name = Identifier(spelling, range: range(from: operatorStart))
    let method = parseMethodRest(
      modifiers: modifiers, returnType: returnType, name: name, explicitInterface: nil, typeParameters: nil,
      start: start)
    return .operator(method)
  }

  /// `implicit operator T(…)`, `explicit operator checked T(…)`; the name is the target type's text.
  private mutating func parseConversionOperator(modifiers: [String], start: Int) -> Member.Kind {
    advance()
    expect(.kwOperator, "'operator'")
    eat(.kwChecked)
    let type = parseType()
    let name = Identifier(text(type.range), range: type.range)
    let method = parseMethodRest(
      modifiers: modifiers, returnType: type, name: name, explicitInterface: nil, typeParameters: nil, start: start)
    return .operator(method)
  }

  /// `this[int i] { get … }`; `this` is current.
  private mutating func parseIndexer(type: TypeSyntax, explicitInterface: TypeSyntax?) -> Member.Kind {
    let name = Identifier("this", range: advance().range)
    let parameters = parseParameterList(closer: .closeBracket, allowImplicitTypes: false)
    return .indexer(
      parsePropertyRest(type: type, name: name, explicitInterface: explicitInterface, parameters: parameters))
  }

  /// `{ get; set; } = value;` or `=> value;`.
  private mutating func parsePropertyRest(
    type: TypeSyntax, name: Identifier, explicitInterface: TypeSyntax?, parameters: [Parameter]
  ) -> PropertyDeclaration {
    var property = PropertyDeclaration(
      type: type, name: name, explicitInterface: explicitInterface, parameters: parameters)
    if eat(.fatArrow) {
      property.expressionBody = parseMemberExpressionBody()
      return property
    }
    property.accessors = parseAccessorList()
    if eat(.equals) {
      property.initializer = parseMemberInitializer()
      expectMemberSemicolon()
    }
    return property
  }

  /// `{ [attr] private get; set => x = value; init { } }` (also `add`/`remove`).
  mutating func parseAccessorList() -> [Accessor] {
    var accessors: [Accessor] = []
    guard expect(.openBrace, "'{'") else { return accessors }
    var progress = LoopProgress()
    while progress.check(&self) && kind != .closeBrace {
      let start = pos
      let attributes = parseAttributeLists(ofMember: true)
      var modifiers: [String] = []
      while [.kwPrivate, .kwProtected, .kwInternal, .kwPublic, .kwReadonly].contains(kind) {
        modifiers.append(takeText())
      }
      guard kind == .identifier else {
        reportExpected("an accessor")
        skipToMemberBoundary()
        continue
      }
      let keyword = takeText()
      let body: MethodDeclaration.Body?
      if kind == .openBrace || kind == .fatArrow {
        body = parseMethodBody(isAsync: false)
      } else {
        body = nil
        expectMemberSemicolon()
      }
      accessors.append(
        Accessor(keyword: keyword, modifiers: modifiers, attributes: attributes, body: body, range: range(from: start)))
    }
    expect(.closeBrace, "'}'")
    return accessors
  }

  /// `event T E;`, `event T A, B;`, `event T E { add { } remove { } }`.
  private mutating func parseEvent() -> Member.Kind {
    advance()
    let type = parseType()
    let nameType = parseNamedType()
    guard case .named(let alias, var segments) = nameType.kind, let last = segments.popLast() else { return .error }
    let name = Identifier(last.name, range: last.range)
    if kind == .openBrace {
      let explicitInterface: TypeSyntax? =
        segments.isEmpty ? nil : TypeSyntax(.named(alias: alias, segments: segments), range: nameType.range)
      let property = PropertyDeclaration(
        type: type, name: name, explicitInterface: explicitInterface, accessors: parseAccessorList())
      return .event(property)
    }
    var initializer: Expr?
    if eat(.equals) { initializer = parseMemberInitializer() }
    var declarators = [VariableDeclarator(name: name, initializer: initializer)]
    if eat(.comma) { declarators += parseVariableDeclarators() }
    expectMemberSemicolon()
    return .field(LocalDeclaration(type: type, declarators: declarators), isEvent: true)
  }
}
