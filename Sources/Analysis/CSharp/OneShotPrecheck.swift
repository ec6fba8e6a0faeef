import CSharpFrontend

/// A cheap test run before the flow analysis: a file whose identifiers name no one-shot type, no member
/// that can return a one-shot value (project index, built-in catalog, configuration) and no delegate type
/// returning one cannot produce a single fact, so its walk is skipped. Comments and strings are not
/// tokens; a name written with `\u` escapes always counts as a hit (saying "maybe" only costs a walk).
public enum OneShotPrecheck {
  /// Names that matter whatever the project: the built-in one-shot types and the catalog's members.
  static let builtinNames: Set<String> = OneShotTypes.builtinNames.union(BuiltinCatalog.methods.keys)
    .union(BuiltinCatalog.properties.keys)

  /// Can the flow analysis of these tokens yield any fact? `false` only when no identifier can matter.
  public static func mayProduceFacts(
    tokens: [Token], bytes: [UInt8], index: ProjectIndex, options: AnalysisOptions
  ) -> Bool {
    // Each distinct name is judged once: most identifiers of a file repeat.
    var judged: Set<String> = []
    judged.reserveCapacity(256)
    for token in tokens where token.kind == .identifier {
      if token.flags.contains(.hasUnicodeEscape) { return true }
      var lo = min(Int(token.range.start), bytes.count)
      let hi = min(max(Int(token.range.end), lo), bytes.count)
      if lo < hi && bytes[lo] == UInt8(ascii: "@") { lo += 1 }
      let name = String(decoding: bytes[lo..<hi], as: UTF8.self)
      guard judged.insert(name).inserted else { continue }
      if matters(name, index: index, options: options) { return true }
    }
    return false
  }

  /// Could an identifier spelled `name` lead the analysis to a one-shot value?
  static func matters(_ name: String, index: ProjectIndex, options: AnalysisOptions) -> Bool {
    if builtinNames.contains(name) || options.extraOneShotTypes.contains(name)
      || options.extraOneShotMembers.contains(name) || index.oneShotTypeNames.contains(name)
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
    return signature.returnsOneShot || OneShotTypes.builtinNames.contains(type)
      || options.extraOneShotTypes.contains(type) || index.oneShotTypeNames.contains(type)
  }
}
