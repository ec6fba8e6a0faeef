import SourceModel

/// The declaration parse of one large file on two threads (see `DeclarationSplit`).
enum SplitDeclarationParse {
  enum Outcome {
    /// The first part's parser and tree joined with the second part's members, diagnostics and names.
    case joined(CSharpParser, CompilationUnit)
    /// The first part did not take the cut (the parser was elsewhere or in another state there): it parsed
    /// the whole file as one parse does.
    case parsedAsOne(CSharpParser, CompilationUnit)
    /// No cut was found, or the parts cannot be joined exactly: the caller parses the file as one.
    case notSplit
  }

  /// What one parse of the file builds, from two parts parsed at once where possible.
  static func parse(_ parser: CSharpParser, on parallel: ParallelJobs) -> Outcome {
    guard parser.firstTooDeepBracket < 0,
      let split = DeclarationSplit.choose(parser.tokens, matches: parser.matchingClose)
    else { return .notSplit }
    var first = parser
    first.split = split
    let firstPart = first
    let (bytes, tokens, matches) = (parser.bytes, parser.tokens, parser.matchingClose)
    let ((done, unit), second) = parallel.both(
      {
        var part = firstPart
        let unit = part.parseCompilationUnit()
        return (part, unit)
      },
      { CSharpParser.parseSecondPart(of: split, bytes: bytes, tokens: tokens, matchingClose: matches) })
    guard let handOff = done.handOff else { return .parsedAsOne(done, unit) }
    guard second.endedWhereListEnds, !done.reportedDepthLimit else { return .notSplit }
    var joined = done
    var root = unit
    let cut = tokens[split.start].range.start
    guard insert(second, handOff: handOff, kind: split.kind, at: cut, into: &root.members, level: 0) else {
      return .notSplit
    }
    joined.diagnostics = joinDiagnostics(done.diagnostics, second.diagnostics, handOff: handOff)
    var names = Array(done.declaredMethodNames[..<handOff.declaredMethodNames])
    names += second.declaredMethodNames
    names += done.declaredMethodNames[handOff.declaredMethodNames...]
    joined.declaredMethodNames = names
    joined.handOff = nil
    return .joined(joined, root)
  }

  /// The diagnostics one parse reports. A parse reports nothing at the offset of the diagnostic it
  /// reported last (`CSharpParser.report`), and each part started with nothing reported: the first
  /// diagnostic of each part after the cut is dropped when one parse would have skipped it. (Neither part
  /// reached the depth limit, whose diagnostic takes no part in this.)
  static func joinDiagnostics(
    _ first: [SyntaxDiagnostic], _ second: [SyntaxDiagnostic], handOff: DeclarationSplit.HandOff
  )
    -> [SyntaxDiagnostic]
  {
    var joined = Array(first[..<handOff.diagnostics])
    var secondPart = second[...]
    if secondPart.first?.range.start == handOff.lastDiagnosticStart { secondPart = secondPart.dropFirst() }
    joined += secondPart
    let lastBeforeRest = second.last?.range.start ?? handOff.lastDiagnosticStart
    var rest = first[handOff.diagnostics...]
    if rest.first?.range.start == lastBeforeRest { rest = rest.dropFirst() }
    joined += rest
    return joined
  }

  /// Puts the second part's members (and a namespace's usings) at the end of the container's list, the
  /// namespace or type whose list holds the cut's offset. False when the tree does not have that container
  /// with exactly the first part's members before the cut.
  static func insert(
    _ part: CSharpParser.SecondPart, handOff: DeclarationSplit.HandOff, kind: DeclarationSplit.Container,
    at offset: UInt32, into members: inout [Member], level: Int
  ) -> Bool {
    guard level < CSharpParser.maximumDepth,
      let i = members.firstIndex(where: { $0.range.start <= offset && offset < $0.range.end })
    else { return false }
    // Taken out of the array while it changes, so that its lists are not copied.
    var memberKind = members[i].kind
    members[i].kind = .error
    defer { members[i].kind = memberKind }
    switch memberKind {
    case .namespace(let name, var usings, var inner, let isFileScoped):
      memberKind = .error
      defer { memberKind = .namespace(name: name, usings: usings, members: inner, isFileScoped: isFileScoped) }
      if holdsContainer(inner, offset) {
        return insert(part, handOff: handOff, kind: kind, at: offset, into: &inner, level: level + 1)
      }
      guard kind == .namespace, inner.count == handOff.members, usings.count == handOff.usings else { return false }
      inner += part.members
      usings += part.usings
      return true
    case .type(var declaration):
      memberKind = .error
      defer { memberKind = .type(declaration) }
      if holdsContainer(declaration.members, offset) {
        return insert(part, handOff: handOff, kind: kind, at: offset, into: &declaration.members, level: level + 1)
      }
      guard kind == .type, declaration.members.count == handOff.members, part.usings.isEmpty else { return false }
      declaration.members += part.members
      return true
    default:
      return false
    }
  }

  /// Whether one of `members` spans `offset` (then the cut lies deeper in the tree).
  private static func holdsContainer(_ members: [Member], _ offset: UInt32) -> Bool {
    members.contains { $0.range.start <= offset && offset < $0.range.end }
  }
}
