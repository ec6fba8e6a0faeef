import SourceModel

extension RuleDescription {
  /// VT9002: a file is not valid UTF-8 (or UTF-16 with a BOM).
  public static let invalidEncoding = RuleDescription(
    id: "VT9002", name: "invalid-encoding", title: "File is not valid UTF-8",
    defaultVerdict: .warning, languages: [.csharp, .swift],
    rationale: """
      The file contains bytes that are not well-formed UTF-8 and it has no UTF-16 byte-order mark. vtlint \
      still lints it (bad bytes become error tokens), but identifiers or strings near the bad bytes may have \
      been misread, so findings close to them deserve a second look. Reported at the first bad byte.
      """,
    howToFix: "Re-save the file as UTF-8 (with or without BOM) or as UTF-16 with a BOM.")
}
