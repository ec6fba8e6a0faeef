import Foundation
import LintDriver
import Reporters
import Rules

/// The bridge between a `LintReport` and the reporters: which formats exist, and the `RunResult` they
/// render. GOOD findings are counted in the summary but only shown with `--show-good`.
enum OutputFormats {
  static var names: [String] { ["text"] }

  static func reporter(named name: String) -> (any Reporter)? {
    name == "text" ? TextReporter() : nil
  }

  static func runResult(_ report: LintReport, showGood: Bool, cwd: String) -> RunResult {
    let shown = showGood ? report.findings : report.findings.filter { $0.verdict != .good }
    return RunResult(findings: shown, fileCount: report.fileCount)
  }

  static func summary(_ run: RunResult) -> String {
    let bad = run.findings.filter { $0.verdict == .bad }.count
    let warning = run.findings.filter { $0.verdict == .warning }.count
    return "\(warning) WARNING, \(bad) BAD in \(run.fileCount) files"
  }

  static func statistics(_ run: RunResult) -> String {
    var counts: [String: Int] = [:]
    for f in run.findings { counts[f.ruleID + " " + f.ruleName, default: 0] += 1 }
    return counts.sorted { $0.key < $1.key }.map { "\($0.value)\t\($0.key)\n" }.joined()
  }
}
