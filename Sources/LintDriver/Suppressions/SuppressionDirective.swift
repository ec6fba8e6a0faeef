import Rules
import SourceModel

/// One suppression found in a file: which rules it silences and over which lines.
struct SuppressionDirective: Sendable {
  enum Origin: Sendable, Equatable {
    /// `// vtlint:…` (either language).
    case comment
    /// `#pragma warning disable` naming vtlint rules.
    case pragma
    /// `#pragma warning disable CA2012`: silences equivalent vtlint rules; never reported as unused,
    /// because it exists for another analyzer too.
    case externalPragma
    /// A bare `#pragma warning disable` honoured by configuration.
    case barePragma
    /// `[SuppressMessage("vtlint", …)]`.
    case attribute
  }

  var origin: Origin
  /// Rule ids silenced; `nil` means every rule (`all`, or a bare pragma).
  var ruleIDs: Set<String>?
  /// How the directive was written, for messages: `vtlint:disable:next VT0001`.
  var spelling: String
  /// Where the directive is, for VT9000/VT9004.
  var range: ByteRange
  /// Lines silenced (1-based, inclusive); or, for attributes, a byte range.
  var lines: ClosedRange<Int>?
  var bytes: ByteRange?

  func covers(_ finding: Finding) -> Bool {
    if let ids = ruleIDs, !ids.contains(finding.ruleID) { return false }
    if let lines { return lines.contains(finding.start.line) }
    if let bytes { return bytes.contains(finding.range.start) }
    return false
  }
}

/// A problem with a directive itself (VT9004).
struct DirectiveProblem: Sendable {
  var range: ByteRange
  var message: String
}
