import SourceModel

/// Compilation units, `using` directives, namespaces, attributes and modifiers.
extension CSharpParser {
  /// Where a member list is being parsed: decides what a non-declaration means.
  enum MemberContext {
    /// The file itself: anything that is not a declaration is a top-level statement.
    case compilationUnit
    case namespace
    case type
  }

  mutating func parseCompilationUnit() -> CompilationUnit {
    var unit = CompilationUnit()
    let (usings, attributes, members) = parseNamespaceBody(context: .compilationUnit)
    unit.usings = usings
    unit.attributes = attributes
    unit.members = members
    var progress = LoopProgress()
    while progress.check(&self) {
      // Only stray closers end a body early; report them and go on with what follows.
      report("unexpected '\(text(current))'", at: current.range)
      advance()
      let (_, moreAttributes, moreMembers) = parseNamespaceBody(context: .compilationUnit)
      unit.attributes += moreAttributes
      unit.members += moreMembers
    }
    return unit
  }

  /// Usings, assembly attributes and members up to `}` or end of file.
  mutating func parseNamespaceBody(context: MemberContext) -> ([UsingDirective], [AttributeList], [Member]) {
    var usings: [UsingDirective] = []
    var attributes: [AttributeList] = []
    var members: [Member] = []
    var progress = LoopProgress()
    while progress.check(&self) && kind != .closeBrace {
      if pos == split?.start, handOffRestOfContainer(members: members.count, usings: usings.count) { continue }
      if kind == .kwExtern && isContextual(.alias, at: 1) {
        advance()
        advance()
        _ = parseIdentifier()
        expectSemicolon()
        continue
      }
      if let using = parseUsingDirectiveIfPresent() {
        usings.append(using)
        continue
      }
      if kind == .openBracket && isAtGlobalAttributeTarget() {
        attributes += parseAttributeLists()
        continue
      }
      let start = pos
      if let member = parseMember(context: context) {
        members.append(member)
        // A file-scoped namespace owns the rest of the file.
        if case .namespace(_, _, _, true) = member.kind { return (usings, attributes, members) }
      }
      if pos == start {
        reportExpected("a declaration")
        advance()
        skipToMemberBoundary()
      }
    }
    return (usings, attributes, members)
  }

  /// `[assembly: …]` / `[module: …]`.
  private func isAtGlobalAttributeTarget() -> Bool {
    let target = peek(1)
    guard target.kind == .identifier, peekKind(2) == .colon else { return false }
    let name = text(target)
    return name == "assembly" || name == "module"
  }

  /// `using X;`, `using static X;`, `using A = X;`, `global using …;` (not `using var`/`using (…)`).
  mutating func parseUsingDirectiveIfPresent() -> UsingDirective? {
    let start = pos
    var index = pos
    let isGlobal = isContextual(.global) && peekKind() == .kwUsing
    if isGlobal { index += 1 }
    guard tokens[index].kind == .kwUsing else { return nil }
    // A directive: `static`, `alias =`, or a name followed by `;`.
    let saved = pos
    pos = index + 1
    var isDirective = kind == .kwStatic || (kind == .identifier && peekKind() == .equals)
    if !isDirective && kind == .identifier {
      if case .notType = scanType() {} else if kind == .semicolon { isDirective = true }
    }
    pos = saved
    guard isDirective else { return nil }
    pos = index + 1
    let isStatic = eat(.kwStatic)
    var alias: Identifier?
    if kind == .identifier && peekKind() == .equals {
      alias = parseIdentifier()
      advance()
    }
    eat(.kwUnsafe)
    let target = parseType()
    expectSemicolon()
    return UsingDirective(
      isGlobal: isGlobal, isStatic: isStatic, alias: alias, target: target, range: range(from: start))
  }

  // MARK: - Members

  /// One member with its attributes and modifiers. Returns nil only when nothing could be consumed.
  mutating func parseMember(context: MemberContext) -> Member? {
    let start = pos
    let attributes = kind == .openBracket ? parseAttributeLists(ofMember: true) : []
    let modifiers = parseModifiers()
    func member(_ kind: Member.Kind) -> Member {
      Member(attributes: attributes, modifiers: modifiers, kind: kind, range: range(from: start))
    }
    switch kind {
    case .kwNamespace:
      return member(parseNamespace())
    case .kwClass, .kwStruct, .kwInterface, .kwEnum:
      return member(.type(parseTypeDeclaration(modifiers: modifiers)))
    case .identifier where isAtRecordOrExtensionDeclaration:
      return member(.type(parseTypeDeclaration(modifiers: modifiers)))
    case .kwDelegate
    where peekKind() != .star && peekKind() != .openBrace
      && (peekKind() != .openParen || delegateReturnsTuple):
      return member(.delegate(parseDelegateDeclaration()))
    default:
      break
    }
    if context == .compilationUnit && kind == .openBrace && attributes.isEmpty && modifiers.isEmpty
      && isAtMemberStart(offset: 1)
    {
      // `{` with declarations inside but no namespace before it (typically a namespace line excluded by
      // `#if`): report once and read the members as if the namespace were there.
      report("expected a namespace declaration before '{'", at: current.range)
      advance()
      let (usings, _, members) = parseNamespaceBody(context: .namespace)
      expect(.closeBrace, "'}'")
      let name = TypeSyntax(.missing, range: range(from: start))
      return member(.namespace(name: name, usings: usings, members: members, isFileScoped: false))
    }
    if context == .compilationUnit {
      // Top-level statements (including local functions and locals) start over from the attributes.
      pos = start
      let wasAsync = isInAsyncContext
      isInAsyncContext = true
      defer { isInAsyncContext = wasAsync }
      let statement = parseStatement()
      return Member(kind: .globalStatement(statement), range: statement.range)
    }
    guard let kind = parseTypeMemberKind(modifiers: modifiers, start: start) else {
      if pos == start { return nil }
      return member(.error)
    }
    return member(kind)
  }

  /// `namespace A.B { … }` or `namespace A.B;`.
  private mutating func parseNamespace() -> Member.Kind {
    advance()
    let name = parseNamedType()
    let outerContainer = container
    defer { container = outerContainer }
    if eat(.semicolon) {
      container = pos - 1
      let (usings, _, members) = parseNamespaceBody(context: .namespace)
      return .namespace(name: name, usings: usings, members: members, isFileScoped: true)
    }
    guard expect(.openBrace, "'{'") else {
      skipToMemberBoundary()
      return .namespace(name: name, usings: [], members: [], isFileScoped: false)
    }
    guard enterNesting() else {
      eat(.closeBrace)
      return .namespace(name: name, usings: [], members: [], isFileScoped: false)
    }
    defer { leaveNesting() }
    container = pos - 1
    let (usings, _, members) = parseNamespaceBody(context: .namespace)
    expect(.closeBrace, "'}'")
    eat(.semicolon)
    return .namespace(name: name, usings: usings, members: members, isFileScoped: false)
  }

  /// Whether the token `offset` ahead begins a declaration (an attribute, a modifier or a type keyword).
  private func isAtMemberStart(offset: Int) -> Bool {
    switch peekKind(offset) {
    case .openBracket, .kwPublic, .kwInternal, .kwPrivate, .kwProtected, .kwStatic, .kwSealed, .kwAbstract,
      .kwClass, .kwStruct, .kwInterface, .kwEnum, .kwDelegate, .kwUsing, .kwNamespace:
      return true
    default:
      return isContextual(.partial, at: offset) || isContextual(.record, at: offset)
    }
  }

  /// `record R`, `record class R`, `record struct R`, and C# 14 `extension(T x)` blocks.
  private var isAtRecordOrExtensionDeclaration: Bool {
    if isContextual(.record) {
      let next = peekKind()
      return next == .identifier || next == .kwClass || next == .kwStruct
    }
    if isContextual(.extension) {
      return peekKind() == .openParen || peekKind() == .lessThan
    }
    return false
  }

  // MARK: - Modifiers and attributes

  /// Modifier keywords (reserved and contextual) as written.
  mutating func parseModifiers() -> [String] {
    var modifiers: [String] = []
    var progress = LoopProgress()
    while progress.check(&self) {
      switch kind {
      case .kwPublic, .kwPrivate, .kwProtected, .kwInternal, .kwStatic, .kwAbstract, .kwSealed, .kwVirtual,
        .kwOverride, .kwExtern, .kwVolatile, .kwUnsafe:
        modifiers.append(takeKeyword())
      case .kwNew where peekKind() != .openParen:
        modifiers.append(takeKeyword())
      case .kwReadonly where peekKind() != .openBrace:
        modifiers.append(takeKeyword())
      case .kwRef where peekKind() == .kwStruct || isContextual(.partial, at: 1):
        modifiers.append(takeKeyword())
      case .identifier:
        guard isAtContextualModifier else { return modifiers }
        modifiers.append(takeText())
      default:
        return modifiers
      }
    }
    return modifiers
  }

  /// A modifier keyword's spelling, moving past it: the lexer's keyword table has it as a `String` already
  /// (a keyword is always spelled the same, and building its `String` from the file's bytes was 0.5% of a
  /// large tree's work).
  private mutating func takeKeyword() -> String {
    guard let spelling = kind.keywordSpelling else { return takeText() }
    pos += 1
    return spelling
  }

  /// `partial`, `async`, `required`, `file`, `scoped` act as modifiers when a declaration continues after them.
  private var isAtContextualModifier: Bool {
    let token = current
    if token.flags.contains(.verbatimIdentifier) { return false }
    switch token.contextual {
    case .partial, .async, .required, .file:
      let next = peek(1)
      switch next.kind {
      case .identifier:
        // `async Task M()` but not `async(…)` or a field named after the word.
        let after = peekKind(2)
        return after != .semicolon && after != .equals && after != .comma
      case .openParen, .equals, .semicolon, .comma, .openBrace, .fatArrow, .lessThan, .dot, .endOfFile:
        return false
      default:
        return next.kind.rawValue >= TokenKind.kwAbstract.rawValue || next.kind == .openParen
      }
    default:
      return false
    }
  }

  /// Consecutive `[…]` attribute lists. `ofMember`: the lists of a type member or accessor, whose
  /// arguments have a bounded extent (see `parseAttributeArguments`).
  mutating func parseAttributeLists(ofMember: Bool = false) -> [AttributeList] {
    var lists: [AttributeList] = []
    var progress = LoopProgress()
    while progress.check(&self) && kind == .openBracket {
      lists.append(parseAttributeList(ofMember: ofMember))
    }
    return lists
  }

  private mutating func parseAttributeList(ofMember: Bool) -> AttributeList {
    let start = pos
    advance()
    var target: String?
    if peekKind() == .colon && (kind == .identifier || kind.rawValue >= TokenKind.kwAbstract.rawValue) {
      target = takeText()
      advance()
    }
    var attributes: [Attribute] = []
    var progress = LoopProgress()
    while progress.check(&self) && kind != .closeBracket {
      let attributeStart = pos
      let name = parseNamedType()
      var attribute = Attribute(name: name, arguments: [], range: ByteRange(0, 0))
      if kind == .openParen { parseAttributeArguments(of: &attribute, ofMember: ofMember) }
      attribute.range = range(from: attributeStart)
      attributes.append(attribute)
      if !eat(.comma) { break }
    }
    if !eat(.closeBracket) {
      reportExpected("']'")
      recoverToCloser(.closeBracket)
    }
    return AttributeList(target: target, attributes: attributes, range: range(from: start))
  }

  /// A member's attribute arguments end at the `)` matching their `(`, in both parses, so that in pass 1
  /// they can be skipped (`deferringMemberBodies`; `DeferredBodyParser.resolveArguments`) like a body:
  /// only a `SuppressMessage` attribute's are read before the analysis. Elsewhere, and when the `(` is
  /// unmatched, they are parsed as they come.
  private mutating func parseAttributeArguments(of attribute: inout Attribute, ofMember: Bool) {
    guard ofMember, let close = matchingIndex(of: pos), tokens[close].kind == .closeParen else {
      attribute.arguments = parseArgumentList(closer: .closeParen)
      return
    }
    if deferringMemberBodies && !attribute.mayBeSuppression {
      reportTooDeepBracket(in: (pos + 1)..<close)
      attribute.deferredArguments = DeferredBody(
        openToken: Int32(pos), isAsync: isInAsyncContext, depth: Int32(depth), depthLimitReported: reportedDepthLimit)
    } else {
      attribute.arguments = parseArgumentList(closer: .closeParen)
    }
    pos = close + 1
  }
}
