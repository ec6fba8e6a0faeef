import Rules

/// The exit-code contract: 0 nothing failing; 1 a failing finding (error severity; a warning under
/// `--strict`, `fail_on: warning` or beyond `--max-warnings`; a file that could not be read; stale baseline
/// entries under `--strict-baseline`); 2 is decided elsewhere (vtlint could not do its job) and
/// `--exit-zero` never hides it.
public struct ExitPolicy: Sendable {
  public var failOn: FailThreshold = .bad
  public var maxWarnings: Int?
  public var strictBaseline = false
  public var exitZero = false

  public init() {}

  /// Why the run fails, or an empty list.
  public func failures(_ report: LintReport) -> [String] {
    var reasons: [String] = []
    var errors = 0
    var warnings = 0
    for finding in report.findings {
      if finding.severity == .error { errors += 1 } else if finding.severity == .warning { warnings += 1 }
    }
    if errors > 0 { reasons.append("\(errors) error\(errors == 1 ? "" : "s")") }
    if !report.failed.isEmpty {
      reasons.append("\(report.failed.count) unreadable file\(report.failed.count == 1 ? "" : "s")")
    }
    if failOn == .warning && warnings > 0 { reasons.append("\(warnings) warning\(warnings == 1 ? "" : "s") (strict)") }
    if let max = maxWarnings, warnings > max { reasons.append("\(warnings) warnings exceed --max-warnings \(max)") }
    if strictBaseline && !report.staleBaselineEntries.isEmpty {
      reasons.append("\(report.staleBaselineEntries.count) stale baseline entries")
    }
    return reasons
  }

  public func exitCode(_ report: LintReport) -> Int32 {
    failures(report).isEmpty || exitZero ? 0 : 1
  }
}
