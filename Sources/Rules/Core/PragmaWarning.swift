/// A `#pragma warning disable|restore id, …` line, read one way for both the suppression parser (which
/// turns it into directives) and the first pass (which only asks whether it can concern vtlint at all).
public struct PragmaWarning: Sendable, Equatable {
  public enum Action: Sendable, Equatable { case disable, restore }

  public var action: Action
  /// The ids as written, in order (none: a bare `disable` or `restore`).
  public var ids: [String]

  /// Reads a directive's text (from its `#`); `nil` unless it is `#pragma warning disable|restore`. A
  /// trailing `//` comment is not part of it; ids are separated by spaces, tabs or commas.
  public init?(directiveText text: String) {
    var body = Substring(text).drop { $0 == "#" || $0 == " " || $0 == "\t" }
    if let slash = body.indices.first(where: { body[$0] == "/" && body[body.index(after: $0)...].first == "/" }) {
      body = body[..<slash]
    }
    let words = body.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," || $0 == "\r" || $0 == "\n" })
    guard words.count >= 3, words[0] == "pragma", words[1] == "warning" else { return nil }
    switch words[2] {
    case "disable": action = .disable
    case "restore": action = .restore
    default: return nil
    }
    ids = words.dropFirst(3).map(String.init)
  }

  /// Whether the line can yield a suppression directive or a problem under some configuration: it names a
  /// vtlint rule (by id or name), an id vtlint would call unknown (`VT…`), a peer analyzer's id that some
  /// rule answers to (`CA2012`), or nothing (a bare `disable`). A bare `restore` only closes what such a
  /// line opened. Most pragmas name the compiler's or other analyzers' warnings and concern nothing here.
  public var mayConcernVtlint: Bool {
    if ids.isEmpty { return action == .disable }
    return ids.contains { id in
      let upper = id.uppercased()
      return upper.hasPrefix("VT") || RuleRegistry.rule(named: id) != nil || Self.peerIDs.contains(upper)
    }
  }

  /// Every peer analyzer id some rule answers to (`RuleDescription.equivalentExternalIDs`).
  static let peerIDs = Set(RuleRegistry.all.flatMap(\.equivalentExternalIDs))
}
