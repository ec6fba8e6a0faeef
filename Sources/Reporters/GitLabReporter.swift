import Rules
import SourceModel

/// `--format gitlab`: GitLab Code Quality JSON (a subset of the Code Climate issue format), uploaded as
/// `artifacts: reports: codequality:`.
///
/// GitLab identifies an issue by its `fingerprint` across pipelines and merges duplicates, so the fingerprint
/// here hashes the path, vtlint's line-independent fingerprint, and the occurrence number among identical
/// ones: unique within a report, stable when lines move.
public struct GitLabReporter: Reporter {
  public static let identifier = "gitlab"
  public init() {}

  public func render(_ run: RunResult) -> String {
    var seen: [String: Int] = [:]
    var issues: [JSONValue] = []
    for i in run.reportOrder {
      let f = run.findings[i]
      let path = run.reportPath(f.path)
      let lineFingerprint = run.fingerprint(at: i)
      let base = path + "\u{0}" + lineFingerprint
      let occurrence = seen[base, default: 0]
      seen[base] = occurrence + 1
      let fingerprint = Fingerprint.hash([path, lineFingerprint, String(occurrence)])
      issues.append(
        .object([
          "type": .string("issue"),
          "check_name": .string("\(f.ruleID) \(f.ruleName)"),
          "description": .string("[\(f.verdict.word)] \(f.message)"),
          "categories": .array([.string("Bug Risk")]),
          "severity": .string(GitLabReporter.severity(f.severity)),
          "fingerprint": .string(fingerprint),
          "engine_name": .string(run.tool.name),
          "location": .object([
            "path": .string(path),
            "lines": .object(["begin": .int(f.start.line), "end": .int(max(f.start.line, f.end.line))]),
          ]),
        ]))
    }
    return JSONValue.array(issues).rendered()
  }

  /// Code Quality severities: info, minor, major, critical, blocker.
  static func severity(_ s: Severity) -> String {
    switch s {
    case .error: return "major"
    case .warning: return "minor"
    case .note: return "info"
    }
  }
}
