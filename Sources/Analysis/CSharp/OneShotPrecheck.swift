import CSharpFrontend

/// A cheap test run before the flow analysis: a file whose identifiers name no one-shot type, no member
/// that can return a one-shot value (project index, built-in catalog, configuration) and no delegate type
/// returning one cannot produce a single fact, so its walk is skipped. Comments and strings are not
/// tokens; a name written with `\u` escapes always counts as a hit (saying "maybe" only costs a walk).
public enum OneShotPrecheck {
  /// Names that matter whatever the project: the built-in one-shot types and the catalog's members.
  static let builtinNames: Set<String> = OneShotTypes.builtinNames.union(BuiltinCatalog.methods.keys)
    .union(BuiltinCatalog.properties.keys)

  /// The hits of a parsed file (`hits(tokens:…)` with the tree's bracket matches and declared names).
  public static func hits(
    in tree: CSharpSyntaxTree, bytes: [UInt8], index: ProjectIndex, options: AnalysisOptions
  ) -> [UInt32] {
    hits(
      tokens: tree.lexed.tokens, bytes: bytes, index: index, options: options,
      bracketMatches: tree.bracketMatches.isEmpty ? nil : tree.bracketMatches,
      declaredNames: tree.declaredMethodNames)
  }

  /// Where the identifiers that can matter start, in file order: the analysis walks only the members whose
  /// range holds one (or names one of the file's own aliases or delegate-typed members).
  /// `bracketMatches`: the parser's (`CSharpSyntaxTree.bracketMatches`), if at hand. `declaredNames`: where
  /// the file's method declarations write their names (`CSharpSyntaxTree.declaredMethodNames`), which are
  /// not member uses.
  public static func hits(
    tokens: [Token], bytes: [UInt8], index: ProjectIndex, options: AnalysisOptions, bracketMatches: [Int32]? = nil,
    declaredNames: [UInt32] = []
  ) -> [UInt32] {
    let staticOnly = staticMembersOnly(index: index, options: options)
    // Drivers hash the names once per run (`ProjectIndex.namesThatMatter`); a direct caller gets them here.
    let names =
      index.namesThatMatter ?? IdentifierDigest.hashes(of: namesThatMatter(index: index, options: options))
    let anywhere =
      index.namesMatteringAnywhere
      ?? IdentifierDigest.hashes(of: namesMatteringAnywhere(index: index, options: options))
    let gates = index.memberGates ?? MemberGates(index: index, options: options)
    var offsets: [UInt32] = []
    // Hits of member names `MemberGates` decides, by position in `offsets`, name hash and argument count:
    // kept at the end if the gate opens given the type names the file writes, or if the file writes any
    // name with a `\u` escape.
    var gatedHits: [(at: Int, name: UInt64, arguments: Int?)] = []
    // The file's bracket matches, to count call arguments (`CallArguments`): the parser's, or made here
    // the first time a gated call needs them.
    var matches = bracketMatches
    var written = IdentifierHashSet(capacity: gates.isEmpty ? 0 : 256)
    var escaped = false
    bytes.withUnsafeBufferPointer { buffer in
      // The spelling's hash (a leading `@` dropped), or nil when empty. One hash per identifier; a collision
      // only adds a walk.
      func hash(_ token: Token) -> UInt64? {
        var lo = min(Int(token.range.start), buffer.count)
        let hi = min(max(Int(token.range.end), lo), buffer.count)
        if lo < hi && buffer[lo] == UInt8(ascii: "@") { lo += 1 }
        return lo < hi ? IdentifierDigest.hash(buffer, lo, hi) : nil
      }
      for t in tokens.indices where tokens[t].kind == .identifier {
        let token = tokens[t]
        // An escaped spelling always counts.
        if token.flags.contains(.hasUnicodeEscape) {
          offsets.append(token.range.start)
          escaped = true
          continue
        }
        guard let name = hash(token) else { continue }
        if !gates.isEmpty { written.insert(name) }
        guard names.contains(name) else { continue }
        // A member's name matters only where the analysis reads a member or calls a method, never where a
        // method declares it (and, for a project method, only with a call shape and in a file `MemberGates`
        // lets through: weighed at the end).
        let matchesAnywhere = anywhere.contains(name)
        let use =
          matchesAnywhere || !declaredNames.isEmpty && SortedOffsets.contains(declaredNames, token.range.start)
          ? MemberUse.none : MemberUse.at(tokens, t)
        guard matchesAnywhere || use != .none else { continue }
        // `Task.FromResult(…)`, `Task.CompletedTask`: a static member of a type that is not one-shot (a static
        // cannot be reached through an instance, and a one-shot alias would be a hit itself).
        if !staticOnly.isEmpty && t >= 2 && tokens[t - 1].kind == .dot && tokens[t - 2].kind == .identifier
          && !tokens[t - 2].flags.contains(.hasUnicodeEscape) && staticOnly.contains(name)
        {
          guard let receiver = hash(tokens[t - 2]), names.contains(receiver) else { continue }
        }
        if !gates.isEmpty && gates.decides(name) {
          if case .call = use, matches == nil { matches = Parser.bracketMatches(tokens) }
          gatedHits.append((offsets.count, name, arguments(of: use, tokens, matches: matches ?? [])))
        }
        offsets.append(token.range.start)
      }
    }
    guard !gatedHits.isEmpty && !escaped else { return offsets }
    var closed = Set<Int>()
    for hit in gatedHits where !gates.opens(hit.name, arguments: hit.arguments, mentions: written.contains) {
      closed.insert(hit.at)
    }
    return closed.isEmpty ? offsets : offsets.indices.filter { !closed.contains($0) }.map { offsets[$0] }
  }

  /// The shape of a member use for `MemberGates`: a call's plain argument count, or `nil` (a read, or a list
  /// `CallArguments` cannot count).
  public static func arguments(of use: MemberUse, _ tokens: [Token], matches: [Int32]) -> Int? {
    guard case .call(let open) = use else { return nil }
    return CallArguments.count(tokens, openParen: open, matches: matches)
  }

  /// Catalog members that are one-shot only as statics of a one-shot type (`ValueTask.FromResult`,
  /// `ValueTask.CompletedTask`).
  static let catalogStatics: [String] = {
    let oneShot = OneShotTypes.builtinNames
    var names = BuiltinCatalog.methods.filter { _, entries in
      entries.allSatisfy { entry in
        entry.receiverMembers.isEmpty && (entry.receiverTypes.map { $0.isSubset(of: oneShot) } ?? false)
      }
    }.map(\.key)
    names += BuiltinCatalog.properties.filter { $0.value.isSubset(of: oneShot) }.map(\.key)
    return names.sorted()
  }()

  /// The hashes of the catalog statics that matter for no other reason in this project.
  static func staticMembersOnly(index: ProjectIndex, options: AnalysisOptions) -> IdentifierHashSet {
    var result = IdentifierHashSet(capacity: catalogStatics.count)
    for name in catalogStatics where !mattersOutsideCatalog(name, index: index, options: options) {
      result.insert(IdentifierDigest.hash(name))
    }
    return result
  }

  /// Every spelling for which `matters` is true, given this index: the driver skips the second pass of a
  /// file whose identifiers include none of them (see `IdentifierDigest`).
  public static func namesThatMatter(index: ProjectIndex, options: AnalysisOptions) -> Set<String> {
    var names = namesMatteringAnywhere(index: index, options: options).union(builtinNames)
      .union(options.extraOneShotMembers)
    for (name, signatures) in index.methods where signatures.contains(where: { mayReturnOneShot($0, index, options) }) {
      names.insert(name)
    }
    for (name, signatures) in index.properties
    where signatures.contains(where: { mayReturnOneShot($0, index, options) }) {
      names.insert(name)
    }
    return names
  }

  /// The names of `namesThatMatter` that matter wherever they are written, not only as a member: one-shot
  /// types (built in, configured, declared in the project) and delegate types that return one.
  public static func namesMatteringAnywhere(index: ProjectIndex, options: AnalysisOptions) -> Set<String> {
    var names = OneShotTypes.builtinNames.union(options.extraOneShotTypes).union(index.oneShotTypeNames)
    for (name, returns) in index.delegates where returns.contains(true) { names.insert(name) }
    return names
  }

  /// Could an identifier spelled `name` lead the analysis to a one-shot value?
  static func matters(_ name: String, index: ProjectIndex, options: AnalysisOptions) -> Bool {
    builtinNames.contains(name) || mattersOutsideCatalog(name, index: index, options: options)
  }

  /// `matters`, leaving out the built-in catalog's member names.
  static func mattersOutsideCatalog(_ name: String, index: ProjectIndex, options: AnalysisOptions) -> Bool {
    if OneShotTypes.builtinNames.contains(name)
      || (!options.extraOneShotTypes.isEmpty && options.extraOneShotTypes.contains(name))
      || (!options.extraOneShotMembers.isEmpty && options.extraOneShotMembers.contains(name))
      || (!index.oneShotTypeNames.isEmpty && index.oneShotTypeNames.contains(name))
    {
      return true
    }
    if let returns = index.delegates[name], returns.contains(true) { return true }
    if let signatures = index.methods[name], signatures.contains(where: { mayReturnOneShot($0, index, options) }) {
      return true
    }
    if let signatures = index.properties[name],
      signatures.contains(where: { mayReturnOneShot($0, index, options) })
    {
      return true
    }
    return false
  }

  /// A signature's type is one-shot by its own file's knowledge or by a project-wide one-shot name (a file's
  /// own aliases need the aliased type's name in that file, which is a hit by itself).
  static func mayReturnOneShot(_ signature: MemberSignature, _ index: ProjectIndex, _ options: AnalysisOptions)
    -> Bool
  {
    let type = signature.returnTypeName
    // Empty sets are skipped by hand: `contains` would hash the name first.
    return signature.returnsOneShot || OneShotTypes.builtinNames.contains(type)
      || (!options.extraOneShotTypes.isEmpty && options.extraOneShotTypes.contains(type))
      || (!index.oneShotTypeNames.isEmpty && index.oneShotTypeNames.contains(type))
  }
}
