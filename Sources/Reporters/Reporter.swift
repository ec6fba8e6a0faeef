import Rules
import SourceModel

/// An output format. Reporters are pure: a run's result in, bytes out.
public protocol Reporter: Sendable {
  /// The `--format` name (`text`, `json`, `sarif`, …).
  static var identifier: String { get }
  func render(_ run: RunResult) -> String
}

/// What reporters see of a finished run.
public struct RunResult: Sendable {
  /// Findings to show, already filtered and sorted by `Finding.reportOrder`.
  public var findings: [Finding]
  /// Files linted.
  public var fileCount: Int

  public init(findings: [Finding], fileCount: Int) {
    self.findings = findings
    self.fileCount = fileCount
  }
}

/// `path:line:col: severity: [VERDICT] message [VT0001 consumed-twice]`, the format editors and grep read.
public struct TextReporter: Reporter {
  public static let identifier = "text"
  public init() {}

  public func render(_ run: RunResult) -> String {
    var out = ""
    for f in run.findings {
      out +=
        "\(f.path):\(f.start.line):\(f.start.column): \(f.severity.rawValue): [\(f.verdict.word)] \(f.message) [\(f.ruleID) \(f.ruleName)]\n"
    }
    return out
  }
}
