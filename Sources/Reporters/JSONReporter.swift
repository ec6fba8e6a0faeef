import Rules
import SourceModel

/// `--format json`: the versioned machine contract `vtlint-report/1`.
///
/// Lines and columns are 1-based; columns count Unicode code points; `end_line`/`end_column` point just past
/// the finding (exclusive), as SARIF regions do. `fingerprint` is `Fingerprint` (line-number independent).
/// Paths are relative to the run's base directory with `/` separators. Files that could not be read are not
/// listed here: the driver reports them as findings (`VT9001 io-error`), so they count and fail the run.
///
/// Keys are sorted and the output is byte-identical for identical input. Adding keys needs no new schema
/// version only if consumers were told to ignore unknown keys; we keep exactly the documented keys, so any
/// change to the shape bumps the schema name.
public struct JSONReporter: Reporter {
  public static let identifier = "json"
  /// The schema name written into every report.
  public static let schema = "vtlint-report/1"
  public init() {}

  public func render(_ run: RunResult) -> String {
    let s = run.summary
    let document: [String: JSONValue] = [
      "schema": .string(JSONReporter.schema),
      "tool": .object([
        "name": .string(run.tool.name),
        "version": .string(run.tool.version),
        "information_uri": .string(run.tool.informationURI),
      ]),
      "summary": .object([
        "files": .int(s.files),
        "good": .int(s.good),
        "warning": .int(s.warning),
        "bad": .int(s.bad),
        "suppressed": .int(s.suppressed),
        "baselined": .int(s.baselined),
        "skipped": .int(s.skipped),
      ]),
      "findings": .array(findings(run)),
      "skipped": .array(
        run.skipped.sorted { ($0.path, $0.reason) < ($1.path, $1.reason) }.map {
          .object(["path": .string(run.reportPath($0.path)), "reason": .string($0.reason)])
        }),
    ]
    return JSONValue.object(document).rendered()
  }

  /// The findings in report order. Findings of one file come together: its report path is worked out once.
  private func findings(_ run: RunResult) -> [JSONValue] {
    var last: (path: String, reported: String)?
    return run.reportOrder.map { i in
      let path = run.findings[i].path
      let reported: String
      // Bytes, not `==`: two files may be named by canonically equivalent but different spellings.
      if let last, last.path.utf8.elementsEqual(path.utf8) {
        reported = last.reported
      } else {
        reported = run.reportPath(path)
        last = (path, reported)
      }
      return finding(run.findings[i], path: reported, fingerprint: run.fingerprint(at: i))
    }
  }

  /// One finding, its keys listed in the order they are written (sorted by UTF-8 bytes).
  private func finding(_ f: Finding, path: String, fingerprint: String) -> JSONValue {
    .orderedObject([
      JSONField("column", .int(f.start.column)),
      JSONField("end_column", .int(f.end.column)),
      JSONField("end_line", .int(f.end.line)),
      JSONField("fingerprint", .string(fingerprint)),
      JSONField("line", .int(f.start.line)),
      JSONField("message", .string(f.message)),
      JSONField("name", .string(f.ruleName)),
      JSONField("path", .string(path)),
      JSONField("rule", .string(f.ruleID)),
      JSONField("severity", .string(f.severity.rawValue)),
      JSONField("verdict", .string(f.verdict.word)),
    ])
  }
}
