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
    if let comment = body.firstRange(of: "//") { body = body[..<comment.lowerBound] }
    let words = body.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," || $0 == "\r" || $0 == "\n" })
    guard words.count >= 3, words[0] == "pragma", words[1] == "warning" else { return nil }
    switch words[2] {
    case "disable": action = .disable
    case "restore": action = .restore
    default: return nil
    }
    ids = words.dropFirst(3).map(String.init)
  }

  /// What one id of the line names: a vtlint rule (by id or name), an id vtlint calls unknown (`VT…`), a
  /// peer analyzer's id some rules answer to (`CA2012`: those rules' ids), or nothing vtlint knows. The
  /// suppression parser acts on this reading and `mayConcernVtlint` asks it, so the two cannot disagree.
  public enum Reading: Sendable, Equatable {
    case rule(id: String)
    case unknownRule
    case peer(ruleIDs: Set<String>)
    case other
  }

  public static func reading(of id: String) -> Reading {
    if let rule = RuleRegistry.rule(named: id) { return .rule(id: rule.id) }
    let upper = id.uppercased()
    if upper.hasPrefix("VT") { return .unknownRule }
    let covered = Set(RuleRegistry.all.filter { $0.equivalentExternalIDs.contains(upper) }.map(\.id))
    return covered.isEmpty ? .other : .peer(ruleIDs: covered)
  }

  /// Whether the line can yield a suppression directive or a problem under some configuration: one of its
  /// ids reads as anything but `other`, or it has none (a bare `disable`). A bare `restore` only closes what
  /// such a line opened. Most pragmas name the compiler's or other analyzers' warnings and concern nothing
  /// here.
  public var mayConcernVtlint: Bool {
    if ids.isEmpty { return action == .disable }
    return ids.contains { Self.reading(of: $0) != .other }
  }
}
