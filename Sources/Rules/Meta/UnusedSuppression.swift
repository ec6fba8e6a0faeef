import SourceModel

extension RuleDescription {
  /// VT9000: a suppression that silenced nothing.
  public static let unusedSuppression = RuleDescription(
    id: "VT9000", name: "unused-suppression", title: "Suppression that suppresses nothing",
    defaultVerdict: .warning, languages: [.csharp, .swift],
    rationale: """
      A `vtlint:disable` comment, a `#pragma warning disable` naming a vtlint rule (or CA2012), or a \
      `[SuppressMessage("vtlint", …)]` attribute that matched no finding in this run. Stale suppressions \
      hide future mistakes: when the code under them changes, a real finding would be silenced without \
      anyone having looked at it.
      """,
    howToFix: "Delete the suppression, or narrow it to the rule and line that still need it.",
    limits: "Only suppressions of rules that ran count: a suppression of a rule configured `off` is not reported.")
}
