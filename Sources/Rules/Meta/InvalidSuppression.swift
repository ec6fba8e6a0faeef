import SourceModel

extension RuleDescription {
  /// VT9004: a suppression directive vtlint cannot honour.
  public static let invalidSuppression = RuleDescription(
    id: "VT9004", name: "invalid-suppression", title: "Malformed suppression or unknown rule",
    defaultVerdict: .warning, languages: [.csharp, .swift],
    rationale: """
      A `vtlint:` comment that is not one of `disable`, `enable`, `disable:next`, `disable:this` or \
      `disable:previous`, that names no rule, or that names a rule vtlint does not know (by code or name). \
      Such a directive is never silently ignored: the author meant to silence something and it silences \
      nothing, or something other than intended.
      """,
    howToFix: "Write `// vtlint:disable:next VT0001 -- reason`, with codes or names listed by `vtlint rules`.")
}
