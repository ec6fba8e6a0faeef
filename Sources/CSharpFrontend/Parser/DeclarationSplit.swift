import SourceModel

/// Where the declaration parse of one large file can be cut in two, so that a run of one file parses its
/// halves on two threads (`Parser.parse(…, deferMemberBodies: true, parallel:)`).
///
/// The cut is a boundary between two members of one member list (a namespace's or a type's) near the
/// middle of the file. The first part parses the file from its start and, on reaching the cut, leaves the
/// rest of that list to the second part (`handOffRestOfContainer`); the second part parses the list from
/// the cut to its end. The cut is only a guess made from brackets: the first part takes it only if the
/// parser really stands at a member of that very list there, in the state the second part started in, and
/// the halves are joined only if the second part ended where the list ends. Otherwise the file is parsed
/// as one, so a split parse always builds the tree, diagnostics and names one parse builds.
struct DeclarationSplit: Sendable, Equatable {
  enum Container: Sendable, Equatable {
    case namespace
    case type
  }

  /// The token the second part starts at: the first member it parses.
  let start: Int
  /// The token the container's member list ends at: its `}`, or end of file for a file-scoped namespace.
  let end: Int
  /// The token that opens the container (`CSharpParser.container`).
  let container: Int
  let kind: Container
  /// The parser's nesting depth inside the container: the braced namespaces and types around the cut.
  let depth: Int

  /// What the first part knew when it reached the cut: where the second part's results go.
  struct HandOff: Sendable {
    let members: Int
    let usings: Int
    let diagnostics: Int
    let declaredMethodNames: Int
    /// The start of the last diagnostic reported before the cut (`CSharpParser.lastDiagnosticStart`).
    let lastDiagnosticStart: UInt32
  }

  /// The container holding most of the file and a cut near the file's middle, or nil when there is none
  /// (most of the file is one member, or its brackets do not balance).
  static func choose(_ tokens: [Token], matches: [Int32]) -> DeclarationSplit? {
    tokens.withUnsafeBufferPointer { tokens in
      matches.withUnsafeBufferPointer { matches in choose(tokens, matches: matches) }
    }
  }

  private static func choose(_ tokens: UnsafeBufferPointer<Token>, matches: UnsafeBufferPointer<Int32>)
    -> DeclarationSplit?
  {
    let total = tokens.count - 1  // the end-of-file token closes every list
    guard total > 0, matches.count == tokens.count else { return nil }
    var lo = 0
    var hi = total
    var chosen: (open: Int, end: Int, kind: Container)?
    var depth = 0
    // Descend through the namespaces and types that hold more than half of the file.
    for _ in 0..<CSharpParser.maximumDepth {
      guard let next = largeContainer(in: lo..<hi, of: total, tokens, matches) else { break }
      chosen = next
      if tokens[next.open].kind == .openBrace { depth += 1 }
      lo = next.open + 1
      hi = next.end
    }
    guard let container = chosen,
      let start = memberBoundary(in: lo..<hi, atOrAfter: total / 2, tokens, matches)
    else { return nil }
    return DeclarationSplit(start: start, end: hi, container: container.open, kind: container.kind, depth: depth)
  }

  /// A namespace or type in `range`, at its top level, spanning more than half of `total` tokens.
  private static func largeContainer(
    in range: Range<Int>, of total: Int, _ tokens: UnsafeBufferPointer<Token>, _ matches: UnsafeBufferPointer<Int32>
  ) -> (open: Int, end: Int, kind: Container)? {
    var i = range.lowerBound
    while i < range.upperBound {
      switch tokens[i].kind {
      case .kwNamespace:
        // `namespace A.B;` owns the rest of the file.
        var j = i + 1
        while j < range.upperBound && (tokens[j].kind == .identifier || tokens[j].kind == .dot) { j += 1 }
        if j < range.upperBound && tokens[j].kind == .semicolon {
          return range.upperBound == total && (total - j) * 2 > total ? (j, total, .namespace) : nil
        }
        i += 1
      case .openParen, .openBracket, .openBrace, .interpolationStart:
        let close = Int(matches[i])
        guard close > i && close < range.upperBound else { return nil }
        if tokens[i].kind == .openBrace && (close - i) * 2 > total {
          guard let kind = containerKind(openedAt: i, after: range.lowerBound, tokens) else { return nil }
          return (i, close, kind)
        }
        i = close + 1
      default:
        i += 1
      }
    }
    return nil
  }

  /// What the `{` at `open` opens, read back to the previous member: a namespace, a type (not an enum,
  /// whose members are a list of names), or something else (nil).
  private static func containerKind(openedAt open: Int, after lowest: Int, _ tokens: UnsafeBufferPointer<Token>)
    -> Container?
  {
    var kind: Container?
    var i = open - 1
    while i >= lowest && open - i < 4096 {
      switch tokens[i].kind {
      case .semicolon, .closeBrace, .openBrace: return kind
      case .kwNamespace: return .namespace
      case .kwEnum: return nil
      case .kwClass, .kwStruct, .kwInterface: kind = .type
      case .identifier where tokens[i].contextual == .record: kind = .type
      default: break
      }
      i -= 1
    }
    return kind
  }

  /// The first token at or after `target` that follows a member of the list `range` at its top level (a
  /// `;` or a `}` closing one), and that could start another.
  private static func memberBoundary(
    in range: Range<Int>, atOrAfter target: Int, _ tokens: UnsafeBufferPointer<Token>,
    _ matches: UnsafeBufferPointer<Int32>
  ) -> Int? {
    var i = range.lowerBound
    while i < range.upperBound {
      var after = -1
      switch tokens[i].kind {
      case .openParen, .openBracket, .openBrace, .interpolationStart:
        let close = Int(matches[i])
        guard close > i && close < range.upperBound else { return nil }
        if tokens[i].kind == .openBrace { after = close + 1 }
        i = close + 1
      case .semicolon:
        after = i + 1
        i += 1
      default:
        i += 1
      }
      if after >= target && after < range.upperBound && mayStartMember(tokens[after].kind) { return after }
    }
    return nil
  }

  private static func mayStartMember(_ kind: TokenKind) -> Bool {
    switch kind {
    case .openBracket, .identifier, .kwPublic, .kwInternal, .kwPrivate, .kwProtected, .kwStatic, .kwSealed,
      .kwAbstract, .kwClass, .kwStruct, .kwInterface, .kwEnum, .kwDelegate, .kwReadonly, .kwVirtual,
      .kwOverride, .kwConst, .kwEvent:
      return true
    default:
      return false
    }
  }
}

extension CSharpParser {
  /// At the split's start: if this is the member list the split cuts, in the state the second part starts
  /// in, notes where its results go and moves to the end of the list (returns true); else goes on as one
  /// parse (false).
  mutating func handOffRestOfContainer(members: Int, usings: Int) -> Bool {
    guard let split, container == split.container, depth == split.depth, chainLinks == 0,
      !isInAsyncContext, queryDepth == 0, switchArmGuardDepth == -1, !reportedDepthLimit,
      deferringMemberBodies
    else { return false }
    handOff = DeclarationSplit.HandOff(
      members: members, usings: usings, diagnostics: diagnostics.count,
      declaredMethodNames: declaredMethodNames.count, lastDiagnosticStart: lastDiagnosticStart)
    self.split = nil
    pos = split.end
    // The second part starts with nothing reported; so does this one after the cut, and the join drops a
    // first diagnostic that one parse would not have reported (`DeclarationSplit.join`).
    lastDiagnosticStart = .max
    return true
  }

  /// The second part: the container's members from the split's start to the end of its list.
  static func parseSecondPart(
    of split: DeclarationSplit, bytes: [UInt8], tokens: [Token], matchingClose: [Int32]
  ) -> SecondPart {
    var parser = CSharpParser(bytes: bytes, tokens: tokens, matchingClose: matchingClose)
    parser.deferringMemberBodies = true
    parser.pos = split.start
    parser.depth = split.depth
    parser.container = split.container
    var usings: [UsingDirective] = []
    let members: [Member]
    switch split.kind {
    case .namespace: (usings, _, members) = parser.parseNamespaceBody(context: .namespace)
    case .type: members = parser.parseTypeMembers()
    }
    return SecondPart(
      members: members, usings: usings, diagnostics: parser.diagnostics,
      declaredMethodNames: parser.declaredMethodNames,
      endedWhereListEnds: parser.pos == split.end && !parser.reportedDepthLimit)
  }

  struct SecondPart: Sendable {
    let members: [Member]
    let usings: [UsingDirective]
    let diagnostics: [SyntaxDiagnostic]
    let declaredMethodNames: [UInt32]
    /// Whether it stopped at the end of the list, as the first part assumed, without reaching the depth limit.
    let endedWhereListEnds: Bool
  }
}
