import Rules
import SourceModel

/// `path:line:col: severity: [VERDICT] message [VT0001 consumed-twice]`, the one-line-per-finding format that
/// Xcode, VS Code problem matchers, editors' quickfix lists and grep read.
public struct TextReporter: Reporter {
  public static let identifier = "text"
  public init() {}

  public func render(_ run: RunResult) -> String {
    var out = ""
    for f in run.sortedFindings {
      out +=
        "\(singleLine(run.reportPath(f.path))):\(f.start.line):\(f.start.column): \(f.severity.rawValue): [\(f.verdict.word)] \(singleLine(f.message)) [\(f.ruleID) \(singleLine(f.ruleName))]\n"
    }
    return out
  }
}
