import SourceModel

extension SwiftParserCore {
  // MARK: - Recognising declarations

  /// Contextual words that are declaration modifiers when followed by more of a declaration.
  func isContextualModifier(_ token: SwiftToken) -> Bool {
    guard token.kind == .identifier, !token.flags.contains(.backticked) else { return false }
    switch token.contextual {
    case .final, .override, .mutating, .nonmutating, .lazy, .weak, .unowned, .dynamic, .optional, .required,
      .convenience, .indirect, .prefix, .postfix, .infix, .open, .package, .nonisolated, .distributed, .async,
      .consuming, .borrowing, .__consuming, ._const, .isolated, .preconcurrency, .__owned, .__shared, ._local:
      return true
    default: return false
    }
  }

  func isDeclarationKeyword(_ token: SwiftToken) -> Bool {
    switch token.kind {
    case .kwLet, .kwVar, .kwFunc, .kwClass, .kwStruct, .kwEnum, .kwProtocol, .kwExtension, .kwTypealias, .kwImport,
      .kwInit, .kwDeinit, .kwSubscript, .kwOperator, .kwPrecedencegroup, .kwAssociatedtype, .kwCase:
      return true
    case .identifier:
      return !token.flags.contains(.backticked) && (token.contextual == .actor || token.contextual == .macro)
    default: return false
    }
  }

  /// Whether the cursor starts a declaration (attributes, modifiers, or a declaration keyword).
  func isDeclarationStart(inTypeBody: Bool = false) -> Bool {
    var index = pos
    var sawModifier = false
    var steps = 0
    while index < tokens.count && steps < 64 {
      steps += 1
      let token = tokens[index]
      switch token.kind {
      case .at: return true
      case .kwPublic, .kwPrivate, .kwFileprivate, .kwInternal, .kwStatic:
        return true
      case .kwCase:
        return inTypeBody
      case .kwInit:
        // `init(…)` in a body is a declaration only inside types; a local `init` is not valid Swift.
        return inTypeBody || sawModifier
      case .kwClass:
        return true
      case .identifier where token.contextual == .actor || token.contextual == .macro:
        let next = tokens[min(index + 1, tokens.count - 1)]
        return next.kind == .identifier && !next.isAtStartOfLine
      case _ where isDeclarationKeyword(token):
        return true
      case .identifier where isContextualModifier(token):
        // `open(x)` is a call, `lazy` alone is a name; a modifier must be followed by more declaration.
        var next = index + 1
        if next < tokens.count && tokens[next].kind == .openParen && !tokens[next].flags.contains(.hasLeadingTrivia) {
          // `nonisolated(unsafe)`, `unowned(safe)`: word in parentheses.
          guard next + 2 < tokens.count, tokens[next + 2].kind == .closeParen else { return false }
          next += 3
        }
        guard next < tokens.count else { return false }
        let following = tokens[next]
        if following.kind == .at || isDeclarationKeyword(following) || isContextualModifier(following) {
          sawModifier = true
          index = next
          continue
        }
        switch following.kind {
        case .kwPublic, .kwPrivate, .kwFileprivate, .kwInternal, .kwStatic, .kwClass, .kwInit, .kwCase:
          sawModifier = true
          index = next
          continue
        default: return false
        }
      default:
        return sawModifier
      }
    }
    return false
  }

  // MARK: - Attributes and modifiers

  /// `@name`, `@name(…)`, `@a.b<T>` repeated.
  mutating func parseAttributes() -> [SwiftAttribute] {
    var attributes: [SwiftAttribute] = []
    while at(.at) || (at(.poundIf) && ifConfigHoldsAttributes()) {
      if at(.poundIf) {
        // `#if cond @attr #endif` before a declaration: every branch's attributes are kept.
        _ = parseIfConfig { core -> [SwiftStmt] in
          attributes += core.parseAttributes()
          return []
        }
        continue
      }
      let start = currentStart
      advance()
      guard isNameLike(current) else {
        error("expected attribute name")
        break
      }
      var name = takeIdentifier().text
      while at(.dot) && isNameLike(peek()) && !current.flags.contains(.hasLeadingTrivia) {
        advance()
        name += "." + takeIdentifier().text
      }
      if firstByte(pos) == UInt8(ascii: "<") && !current.flags.contains(.hasLeadingTrivia) {
        _ = parseGenericArgumentClause()
      }
      var words: [String] = []
      var argumentsRange: ByteRange?
      // Type attributes that take no arguments may be glued to a parenthesized type: `@Sendable(Int) -> Void`.
      let takesNoArguments = ["Sendable", "escaping", "autoclosure", "noescape", "MainActor"].contains(name)
      if at(.openParen) && !current.flags.contains(.hasLeadingTrivia) && !takesNoArguments {
        let argsStart = currentStart
        words = collectAttributeWords()
        argumentsRange = range(from: argsStart)
      }
      attributes.append(
        SwiftAttribute(name: name, argumentWords: words, argumentsRange: argumentsRange, range: range(from: start)))
    }
    return attributes
  }

  /// At `#if`: whether its first branch holds only attributes (which then apply to the declaration after
  /// `#endif`).
  func ifConfigHoldsAttributes() -> Bool {
    var index = pos + 1
    while index < tokens.count && !tokens[index].isAtStartOfLine { index += 1 }
    guard index < tokens.count, tokens[index].kind == .at else { return false }
    while index < tokens.count && tokens[index].kind == .at {
      index += 2
      while index + 1 < tokens.count && tokens[index].kind == .dot && !tokens[index].flags.contains(.hasLeadingTrivia) {
        index += 2
      }
      if index < tokens.count && tokens[index].kind == .openParen && !tokens[index].flags.contains(.hasLeadingTrivia) {
        var nesting = 0
        repeat {
          if tokens[index].kind == .openParen { nesting += 1 }
          if tokens[index].kind == .closeParen { nesting -= 1 }
          index += 1
        } while nesting > 0 && index < tokens.count - 1
      }
    }
    guard index < tokens.count else { return false }
    switch tokens[index].kind {
    case .poundEndif, .poundElse, .poundElseif: return true
    default: return false
    }
  }

  /// Skips a parenthesized attribute argument list, keeping its top-level words.
  private mutating func collectAttributeWords() -> [String] {
    var words: [String] = []
    var nesting = 0
    repeat {
      switch kind {
      case .openParen, .openBracket, .openBrace: nesting += 1
      case .closeParen, .closeBracket, .closeBrace: nesting -= 1
      case .endOfFile: return words
      case .identifier, .integerLiteral, .floatLiteral, .binaryOperator, .prefixOperator, .postfixOperator:
        if nesting == 1 { words.append(text(current.range)) }
      default:
        if nesting == 1 && current.kind.isKeyword { words.append(text(current.range)) }
      }
      if at(.stringStart) {
        skipBalanced()
        continue
      }
      advance()
    } while nesting > 0
    return words
  }

  mutating func parseModifiers() -> [SwiftModifier] {
    var modifiers: [SwiftModifier] = []
    while true {
      let token = current
      let isKeywordModifier: Bool
      switch token.kind {
      case .kwPublic, .kwPrivate, .kwFileprivate, .kwInternal, .kwStatic: isKeywordModifier = true
      case .kwClass:
        // `class func`, `class var`: a modifier; `class Foo`: the declaration keyword.
        let next = peek()
        isKeywordModifier = next.kind != .identifier || isDeclarationKeyword(next) || isContextualModifier(next)
        if !isKeywordModifier { return modifiers }
      default: isKeywordModifier = false
      }
      guard isKeywordModifier || (isContextualModifier(token) && isDeclarationStartAfterModifier()) else {
        return modifiers
      }
      let start = currentStart
      let name = text(token.range)
      advance()
      var detail: String?
      if at(.openParen) && !current.flags.contains(.hasLeadingTrivia) && peek(2).kind == .closeParen
        && isNameLike(peek())
      {
        advance()
        detail = text(current.range)
        advance()
        advance()
      }
      modifiers.append(SwiftModifier(name: name, detail: detail, range: range(from: start)))
    }
  }

  /// At a contextual modifier word: whether what follows keeps it a modifier.
  private func isDeclarationStartAfterModifier() -> Bool {
    var next = pos + 1
    if next < tokens.count && tokens[next].kind == .openParen && !tokens[next].flags.contains(.hasLeadingTrivia) {
      guard next + 2 < tokens.count, tokens[next + 2].kind == .closeParen else { return false }
      next += 3
    }
    guard next < tokens.count else { return false }
    let following = tokens[next]
    switch following.kind {
    case .at, .kwPublic, .kwPrivate, .kwFileprivate, .kwInternal, .kwStatic, .kwClass, .kwInit, .kwCase: return true
    default: return isDeclarationKeyword(following) || isContextualModifier(following)
    }
  }

  // MARK: - Declarations

  mutating func parseDeclaration(inTypeBody: Bool = false) -> SwiftDecl {
    let start = currentStart
    let attributes = parseAttributes()
    let modifiers = parseModifiers()
    let kind = parseDeclarationKind(inTypeBody: inTypeBody)
    return SwiftDecl(attributes: attributes, modifiers: modifiers, kind: kind, range: range(from: start))
  }

  private mutating func parseDeclarationKind(inTypeBody: Bool) -> SwiftDecl.Kind {
    switch kind {
    case .kwLet, .kwVar: return .variable(parseVariable())
    case .kwFunc: return .function(parseFunction())
    case .kwInit: return .initializer(parseInitializer())
    case .kwDeinit:
      let start = currentStart
      let name = takeIdentifier()
      let body: SwiftBlock? = at(.openBrace) ? parseBlock() : nil
      return .deinitializer(SwiftFunctionDecl(name: name, body: body, range: range(from: start)))
    case .kwSubscript: return .subscript(parseSubscript())
    case .kwClass: return .type(parseTypeDeclaration(.class))
    case .kwStruct: return .type(parseTypeDeclaration(.struct))
    case .kwEnum: return .type(parseTypeDeclaration(.enum))
    case .kwProtocol: return .type(parseTypeDeclaration(.protocol))
    case .kwExtension: return .type(parseTypeDeclaration(.extension))
    case .identifier where at(contextual: .actor): return .type(parseTypeDeclaration(.actor))
    case .identifier where at(contextual: .macro): return .macro(parseMacro())
    case .kwTypealias:
      advance()
      let name = parseDeclName()
      let generics = parseGenericParametersIfAny()
      var type = SwiftType(.missing, range: current.range)
      if expect(.equal, "'=' in typealias") { type = parseType() }
      skipWhereClause()
      return .typeAlias(name: name, genericParameters: generics, type: type)
    case .kwAssociatedtype:
      advance()
      let name = parseDeclName()
      let inheritance = parseInheritance()
      var defaultType: SwiftType?
      if consume(.equal) { defaultType = parseType() }
      skipWhereClause()
      return .associatedType(name: name, inheritance: inheritance, defaultType: defaultType)
    case .kwCase: return .enumCase(parseEnumCase())
    case .kwImport:
      advance()
      if isDeclarationKeyword(current) && !at(.identifier) { advance() }  // `import struct A.B`
      var path: [SwiftIdentifier] = []
      repeat {
        if isNameLike(current) || at(.binaryOperator) || at(.prefixOperator) || at(.postfixOperator) {
          path.append(takeIdentifier())
        } else {
          error("expected module name")
          break
        }
      } while consume(.dot)
      return .import(path: path)
    case .kwOperator:
      advance()
      let name = text(current.range)
      advance()
      if consume(.colon) {
        repeat {
          if isNameLike(current) { advance() } else { break }
        } while consume(.comma)
      }
      if at(.openBrace) { skipBalanced() }
      return .operator(name: name)
    case .kwPrecedencegroup:
      advance()
      let name = parseDeclName()
      if at(.openBrace) { skipBalanced() } else { error("expected '{' after precedence group name") }
      return .precedenceGroup(name: name)
    case .poundIf:
      let clauses = parseIfConfig { core in core.parseMemberList(inIfConfig: true) }
      return .ifConfig(clauses)
    case .poundIdentifier:
      return .macroExpansion(parseExpression())
    default:
      error("expected declaration")
      return .error
    }
  }

  /// A declared name: an identifier, a backticked word, or (for operators) operator text.
  mutating func parseDeclName() -> SwiftIdentifier {
    if isNameLike(current) { return takeIdentifier() }
    if (at(.binaryOperator) || at(.prefixOperator) || at(.postfixOperator)) && current.range.length > 1
      && bytes[Int(current.range.end) - 1] == UInt8(ascii: "<") && isNameLike(peek())
      && !peek().flags.contains(.hasLeadingTrivia)
    {
      // `func ==<T>(…)`: the operator and the generic `<` were lexed as one token; split them.
      let full = current.range
      let name = SwiftIdentifier(text(ByteRange(start: full.start, end: full.end - 1)), range: full)
      tokens[pos].range.start = full.end - 1
      tokens[pos].flags.remove(.hasLeadingTrivia)
      return name
    }
    if at(.binaryOperator) || at(.prefixOperator) || at(.postfixOperator) || at(.equal) || at(.ampersandPrefix)
      || at(.postfixExclamation) || at(.postfixQuestion) || at(.infixQuestion) || at(.arrow)
    {
      return takeIdentifier()
    }
    error("expected name")
    return SwiftIdentifier("", range: ByteRange(start: currentStart, end: currentStart))
  }

  // MARK: - Members

  /// `{ members }` of a type or extension.
  mutating func parseMemberBlock() -> [SwiftDecl] {
    guard expect(.openBrace, "'{' to start the body") else { return [] }
    guard enter() else {
      pos -= 1
      skipBalanced()
      return []
    }
    defer { leave() }
    let statements = parseMemberList(inIfConfig: false)
    closeBlock()
    return statements.compactMap { if case .declaration(let decl) = $0.kind { return decl } else { return nil } }
  }

  /// Members until `}` (or the next `#if` branch keyword), as `.declaration` statements.
  mutating func parseMemberList(inIfConfig: Bool) -> [SwiftStmt] {
    var items: [SwiftStmt] = []
    while true {
      while consume(.semicolon) {}
      if at(.closeBrace) || atEnd { break }
      if inIfConfig && (at(.poundElse) || at(.poundElseif) || at(.poundEndif)) { break }
      let before = pos
      if isDeclarationStart(inTypeBody: true) || at(.poundIf) || at(.poundIdentifier) {
        let decl = parseDeclaration(inTypeBody: true)
        items.append(SwiftStmt(.declaration(decl), range: decl.range))
      } else {
        error("expected member declaration")
      }
      if pos == before || (!at(.closeBrace) && !at(.semicolon) && !current.isAtStartOfLine && !atEnd) {
        if pos != before { error("consecutive declarations on a line must be separated by ';'") }
        recoverToMember()
      }
    }
    return items
  }

  /// Skips to the next line that starts a declaration, or to `}`.
  mutating func recoverToMember() {
    repeat {
      skipBalanced()
    } while !atEnd && !at(.closeBrace)
      && !(current.isAtStartOfLine && (isDeclarationStart(inTypeBody: true) || at(.poundIf)))
  }

  // MARK: - Variables

  mutating func parseVariable() -> SwiftVariableDecl {
    let isLet = at(.kwLet)
    advance()
    var bindings: [SwiftPatternBinding] = []
    repeat {
      let start = currentStart
      let before = pos
      let pattern = parseBindingPattern()
      var type: SwiftType?
      if consume(.colon) { type = parseType() }
      var initializer: SwiftExpr?
      if consume(.equal) { initializer = parseExpression() }
      var accessors: [SwiftAccessor] = []
      if at(.openBrace) { accessors = parseAccessorBlock() }
      bindings.append(
        SwiftPatternBinding(
          pattern: pattern, type: type, initializer: initializer, accessors: accessors, range: range(from: start)))
      if pos == before { break }
    } while consume(.comma)
    return SwiftVariableDecl(isLet: isLet, bindings: bindings)
  }

  /// True at `{` when the braces hold accessors (`get`, `set`, `willSet`, …) rather than code.
  func bracesHoldAccessors() -> Bool {
    var index = pos + 1
    // Attributes and `mutating`/`nonmutating` before the accessor keyword.
    while index < tokens.count {
      let token = tokens[index]
      if token.kind == .at {
        index += 2
        if index < tokens.count && tokens[index].kind == .openParen {
          var nesting = 0
          while index < tokens.count {
            if tokens[index].kind == .openParen { nesting += 1 }
            if tokens[index].kind == .closeParen { nesting -= 1 }
            index += 1
            if nesting == 0 { break }
          }
        }
        continue
      }
      if token.kind == .identifier
        && (token.contextual == .mutating || token.contextual == .nonmutating || token.contextual == .__consuming
          || token.contextual == .borrowing || token.contextual == .consuming)
      {
        index += 1
        continue
      }
      break
    }
    guard index < tokens.count, isAccessorKeyword(index) else { return false }
    let next = tokens[min(index + 1, tokens.count - 1)]
    switch next.kind {
    case .openBrace, .closeBrace, .kwThrows: return true
    case .openParen:
      // `set(newValue) {`, not a call such as `read(fd, …)`.
      return index + 4 < tokens.count && tokens[index + 2].kind == .identifier && tokens[index + 3].kind == .closeParen
        && tokens[index + 4].kind == .openBrace
    case .identifier:
      return next.contextual == .async || isAccessorKeyword(index + 1) || next.contextual == .mutating
        || next.contextual == .nonmutating
    case .at: return true
    default: return false
    }
  }

  func isAccessorKeyword(_ index: Int) -> Bool {
    guard index < tokens.count else { return false }
    let token = tokens[index]
    if token.kind == .kwInit { return true }
    guard token.kind == .identifier, !token.flags.contains(.backticked) else { return false }
    switch token.contextual {
    case .get, .set, .willSet, .didSet, ._read, ._modify, .read, .modify, .unsafeAddress, .borrow: return true
    default:
      return tokenText(index, is: "unsafeMutableAddress") || tokenText(index, is: "mutate")
    }
  }

  /// `{ get set }`, `{ get { … } set(v) { … } }`, `{ willSet { … } didSet { … } }`, or an implicit getter.
  mutating func parseAccessorBlock() -> [SwiftAccessor] {
    let start = currentStart
    if !bracesHoldAccessors() {
      let body = parseBlock()
      return [SwiftAccessor(keyword: "get", body: body, isImplicitGetter: true, range: range(from: start))]
    }
    advance()
    var accessors: [SwiftAccessor] = []
    while !at(.closeBrace) && !atEnd {
      let before = pos
      let accessorStart = currentStart
      if at(.poundIf) {
        // Accessors under `#if`: keep every branch's accessors.
        _ = parseIfConfig { core -> [SwiftStmt] in
          while !core.at(.poundElse) && !core.at(.poundElseif) && !core.at(.poundEndif) && !core.atEnd {
            let inner = core.pos
            if let accessor = core.parseAccessor(start: core.currentStart) { accessors.append(accessor) }
            if core.pos == inner { core.advance() }
          }
          return []
        }
        continue
      }
      if let accessor = parseAccessor(start: accessorStart) { accessors.append(accessor) }
      if pos == before {
        error("expected accessor")
        skipBalanced()
      }
    }
    closeBlock()
    return accessors
  }

  mutating func parseAccessor(start: UInt32) -> SwiftAccessor? {
    let attributes = parseAttributes()
    var modifiers: [SwiftModifier] = []
    while at(contextual: .mutating) || at(contextual: .nonmutating) || at(contextual: .__consuming)
      || at(contextual: .borrowing) || at(contextual: .consuming)
    {
      modifiers.append(SwiftModifier(name: text(current.range), range: current.range))
      advance()
    }
    guard isAccessorKeyword(pos) else {
      error("expected accessor")
      return nil
    }
    let keyword = text(current.range)
    advance()
    var parameterName: SwiftIdentifier?
    if at(.openParen) {
      advance()
      if isNameLike(current) { parameterName = takeIdentifier() }
      expect(.closeParen, "')'")
    }
    let effects = parseEffects()
    let body: SwiftBlock? = at(.openBrace) ? parseBlock() : nil
    return SwiftAccessor(
      attributes: attributes, modifiers: modifiers, keyword: keyword, parameterName: parameterName, effects: effects,
      body: body, range: range(from: start))
  }

  // MARK: - Functions

  mutating func parseFunction() -> SwiftFunctionDecl {
    let start = currentStart
    advance()
    let name = parseDeclName()
    let generics = parseGenericParametersIfAny()
    let parameters = parseParameterClause()
    let effects = parseEffects()
    var returnType: SwiftType?
    if consume(.arrow) { returnType = parseType() }
    let whereClause = skipWhereClause()
    let body: SwiftBlock? = at(.openBrace) ? parseBlock() : nil
    return SwiftFunctionDecl(
      name: name, genericParameters: generics, parameters: parameters, effects: effects, returnType: returnType,
      whereClause: whereClause, body: body, range: range(from: start))
  }

  mutating func parseInitializer() -> SwiftFunctionDecl {
    let start = currentStart
    let name = takeIdentifier()
    var isFailable = false
    if at(.postfixQuestion) || at(.postfixExclamation) || at(.infixQuestion)
      || (at(.postfixOperator) && (currentIs("?") || currentIs("!")))
    {
      isFailable = true
      advance()
    }
    let generics = parseGenericParametersIfAny()
    let parameters = parseParameterClause()
    let effects = parseEffects()
    let whereClause = skipWhereClause()
    let body: SwiftBlock? = at(.openBrace) ? parseBlock() : nil
    return SwiftFunctionDecl(
      name: name, genericParameters: generics, parameters: parameters, effects: effects, isFailable: isFailable,
      whereClause: whereClause, body: body, range: range(from: start))
  }

  mutating func parseSubscript() -> SwiftFunctionDecl {
    let start = currentStart
    let name = takeIdentifier()
    let generics = parseGenericParametersIfAny()
    let parameters = parseParameterClause()
    var returnType: SwiftType?
    if expect(.arrow, "'->' in subscript") { returnType = parseType() }
    let whereClause = skipWhereClause()
    let accessors: [SwiftAccessor] = at(.openBrace) ? parseAccessorBlock() : []
    return SwiftFunctionDecl(
      name: name, genericParameters: generics, parameters: parameters, returnType: returnType,
      whereClause: whereClause, accessors: accessors, range: range(from: start))
  }

  mutating func parseMacro() -> SwiftFunctionDecl {
    let start = currentStart
    advance()
    let name = parseDeclName()
    let generics = parseGenericParametersIfAny()
    let parameters = parseParameterClause()
    var returnType: SwiftType?
    if consume(.arrow) { returnType = parseType() }
    if consume(.equal) { _ = parseExpression() }
    let whereClause = skipWhereClause()
    return SwiftFunctionDecl(
      name: name, genericParameters: generics, parameters: parameters, returnType: returnType,
      whereClause: whereClause, range: range(from: start))
  }

  /// `async`, `reasync`, `throws`, `rethrows`, `throws(E)` in any order.
  mutating func parseEffects() -> SwiftEffects {
    var effects = SwiftEffects()
    while true {
      if at(contextual: .async) {
        effects.isAsync = true
        advance()
      } else if at(contextual: .reasync) {
        effects.isAsync = true
        effects.isReasync = true
        advance()
      } else if at(.kwThrows) || at(.kwRethrows) {
        effects.throwing = at(.kwThrows) ? .throws : .rethrows
        advance()
        if at(.openParen) && !current.flags.contains(.hasLeadingTrivia) {
          advance()
          effects.thrownType = parseType()
          expect(.closeParen, "')'")
        }
      } else {
        return effects
      }
    }
  }

  /// `( params )`; a missing clause gives a diagnostic and no parameters.
  mutating func parseParameterClause() -> [SwiftParameter] {
    guard expect(.openParen, "'(' to start the parameter list") else { return [] }
    var parameters: [SwiftParameter] = []
    while !at(.closeParen) && !atEnd {
      let before = pos
      parameters.append(parseParameter())
      if !consume(.comma) { break }
      if pos == before { break }
    }
    if !expect(.closeParen, "')' to end the parameter list") { skipToCloser(.closeParen) }
    return parameters
  }

  /// `@attr label name: inout T... = default`.
  mutating func parseParameter() -> SwiftParameter {
    let start = currentStart
    let attributes = parseAttributes()
    // Leftover modifiers (`isolated`, `_const`) are part of the type; skip stray ones before names.
    var firstName: SwiftIdentifier?
    var secondName: SwiftIdentifier?
    if isNameLike(current) && peek().kind == .colon {
      firstName = takeIdentifier()
    } else if isNameLike(current) && isNameLike(peek()) && peek(2).kind == .colon {
      firstName = takeIdentifier()
      secondName = takeIdentifier()
    }
    var type: SwiftType?
    if firstName != nil {
      if expect(.colon, "':' after parameter name") { type = parseType() }
    } else {
      type = parseType()
    }
    var isVariadic = false
    if at(.binaryOperator) || at(.postfixOperator) {
      if currentIs("...") {
        isVariadic = true
        advance()
      }
    }
    var defaultValue: SwiftExpr?
    if consume(.equal) { defaultValue = parseExpression() }
    return SwiftParameter(
      attributes: attributes, firstName: firstName, secondName: secondName, type: type, isVariadic: isVariadic,
      defaultValue: defaultValue, range: range(from: start))
  }

  /// Skips to (and consumes) the closer of the current group after an error inside it.
  mutating func skipToCloser(_ closer: SwiftTokenKind) {
    while !atEnd && !at(closer) && !at(.closeBrace) {
      skipBalanced()
    }
    _ = consume(closer)
  }

  // MARK: - Generics

  /// `<T, U: P, each V>` after a declared name.
  mutating func parseGenericParametersIfAny() -> [SwiftGenericParameter] {
    guard firstByte(pos) == UInt8(ascii: "<"), at(.binaryOperator) || at(.prefixOperator) || at(.postfixOperator)
    else { return [] }
    splitLeadingAngle()
    var parameters: [SwiftGenericParameter] = []
    while !atEnd {
      let start = currentStart
      let before = pos
      var isPack = false
      if at(contextual: .each) && isNameLike(peek()) {
        isPack = true
        advance()
      }
      if at(.kwLet) { advance() }  // value generics `let N: Int`
      guard isNameLike(current) else { break }
      let name = takeIdentifier()
      var constraint: SwiftType?
      if consume(.colon) { constraint = parseType() }
      parameters.append(
        SwiftGenericParameter(name: name, isPack: isPack, constraint: constraint, range: range(from: start)))
      if !consume(.comma) || pos == before { break }
    }
    skipWhereClause()
    if !consumeClosingAngle() { error("expected '>' to end the generic parameter list") }
    return parameters
  }

  /// `where A: B, C == D` (requirements skipped); returns its range.
  @discardableResult mutating func skipWhereClause() -> ByteRange? {
    guard at(.kwWhere) else { return nil }
    let start = currentStart
    advance()
    repeat {
      let before = pos
      _ = parseType()
      if at(.colon) {
        advance()
        _ = parseType()
      } else if at(.binaryOperator) && currentIs("==") {
        advance()
        _ = parseType()
      } else {
        if pos == before { break }
      }
    } while consume(.comma)
    return range(from: start)
  }

  // MARK: - Types and extensions

  mutating func parseTypeDeclaration(_ keyword: SwiftTypeDecl.Keyword) -> SwiftTypeDecl {
    advance()
    var name: SwiftIdentifier
    var extendedType: SwiftType?
    var generics: [SwiftGenericParameter] = []
    var primary: [SwiftIdentifier] = []
    if keyword == .extension {
      let type = parseType()
      extendedType = type
      name = SwiftIdentifier(type.lastName ?? "", range: type.range)
    } else {
      name = parseDeclName()
      if keyword == .protocol {
        if firstByte(pos) == UInt8(ascii: "<") {
          primary = parseGenericParametersIfAny().map(\.name)
        }
      } else {
        generics = parseGenericParametersIfAny()
      }
    }
    let inheritance = parseInheritance()
    let whereClause = skipWhereClause()
    let members = parseMemberBlock()
    return SwiftTypeDecl(
      keyword: keyword, name: name, extendedType: extendedType, genericParameters: generics,
      primaryAssociatedTypes: primary, inheritance: inheritance, whereClause: whereClause, members: members)
  }

  mutating func parseInheritance() -> [SwiftType] {
    guard consume(.colon) else { return [] }
    var types: [SwiftType] = []
    repeat {
      let before = pos
      if at(.kwClass) {
        advance()
        continue
      }
      // `nonisolated P` (an isolated conformance opted out).
      if at(contextual: .nonisolated) && startsType(peek()) { advance() }
      types.append(parseType())
      if pos == before { break }
    } while consume(.comma)
    return types
  }

  // MARK: - Enum cases

  mutating func parseEnumCase() -> [SwiftEnumCaseElement] {
    advance()
    var elements: [SwiftEnumCaseElement] = []
    repeat {
      let start = currentStart
      let before = pos
      let name = parseDeclName()
      var associated: [SwiftParameter]?
      if at(.openParen) { associated = parseParameterClause() }
      var rawValue: SwiftExpr?
      if consume(.equal) { rawValue = parseExpression() }
      elements.append(
        SwiftEnumCaseElement(name: name, associatedValues: associated, rawValue: rawValue, range: range(from: start)))
      if pos == before { break }
    } while consume(.comma)
    return elements
  }
}
