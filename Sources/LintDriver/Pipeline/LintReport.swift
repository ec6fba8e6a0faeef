import Rules

/// The outcome of a check run, before formatting: what reporters and the exit status are computed from.
public struct LintReport: Sendable {
  /// Every finding still reported (GOOD included), sorted by `Finding.reportOrder`.
  public var findings: [Finding]
  /// Baseline fingerprints, parallel to `findings`.
  public var fingerprints: [String]
  /// Paths linted (including those that failed to read), in walk order.
  public var linted: [String]
  public var skipped: [(path: String, reason: String)]
  public var failed: [(path: String, error: String)]
  public var suppressedCount: Int
  public var baselinedCount: Int
  /// Baseline entries of linted files that matched nothing.
  public var staleBaselineEntries: [Baseline.Entry]
  /// Walk notices (symlink loops, unreadable directories).
  public var notices: [String]
  /// Findings before the baseline filter, with fingerprints: what `vtlint baseline` writes.
  public var unbaselined: [(Finding, String)]

  public var fileCount: Int { linted.count }
}
