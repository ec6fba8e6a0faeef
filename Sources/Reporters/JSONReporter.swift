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

  public func render(_ run: RunResult) -> String { String(decoding: renderBytes(run), as: UTF8.self) }

  public func renderBytes(_ run: RunResult) -> [UInt8] {
    let s = run.summary
    // Top-level keys in their sorted order; findings are written straight into the text, the rest as values.
    var writer = JSONWriter(capacity: 4096 + run.findings.count * 420)
    writer.beginObject()
    writer.key("findings")
    writeFindings(run, into: &writer)
    writer.key("schema")
    writer.string(JSONReporter.schema)
    writer.key("skipped")
    writer.value(
      .array(
        run.skipped.sorted { ($0.path, $0.reason) < ($1.path, $1.reason) }.map {
          .object(["path": .string(run.reportPath($0.path)), "reason": .string($0.reason)])
        }))
    writer.key("summary")
    writer.value(
      .object([
        "files": .int(s.files),
        "good": .int(s.good),
        "warning": .int(s.warning),
        "bad": .int(s.bad),
        "suppressed": .int(s.suppressed),
        "baselined": .int(s.baselined),
        "skipped": .int(s.skipped),
      ]))
    writer.key("tool")
    writer.value(
      .object([
        "name": .string(run.tool.name),
        "version": .string(run.tool.version),
        "information_uri": .string(run.tool.informationURI),
      ]))
    writer.endObject()
    return writer.finishedBytes()
  }

  /// The findings in report order, each an object with its keys in sorted order; many are written in
  /// parts at once when the run lends threads, then put together in order.
  private func writeFindings(_ run: RunResult, into writer: inout JSONWriter) {
    let order = run.reportOrder
    writer.beginArray()
    if let parallel = run.parallel, order.count >= JSONReporter.findingsInPartsFrom {
      let parts = JSONReporter.parts
      let written = parallel.map(parts) { part -> [UInt8] in
        let slice = order[order.count * part / parts..<order.count * (part + 1) / parts]
        var partWriter = JSONWriter(
          elementsAtDepth: 2, following: slice.startIndex > 0, capacity: slice.count * 420)
        JSONReporter.writeFindings(slice, of: run, into: &partWriter)
        return partWriter.elementsWritten()
      }
      for part in written { writer.append(elements: part) }
    } else {
      JSONReporter.writeFindings(order[...], of: run, into: &writer)
    }
    writer.endArray()
  }

  /// Reports with this many findings are written in parts when threads are lent.
  static let findingsInPartsFrom = 4096
  static let parts = 8

  /// Findings at these positions, each an object with its keys in sorted order. Findings of one file come
  /// together: its report path is worked out once.
  private static func writeFindings(_ positions: ArraySlice<Int>, of run: RunResult, into writer: inout JSONWriter) {
    var last: (path: String, reported: String)?
    for i in positions {
      let f = run.findings[i]
      let reported: String
      // Bytes, not `==`: two files may be named by canonically equivalent but different spellings.
      if let last, last.path.utf8.elementsEqual(f.path.utf8) {
        reported = last.reported
      } else {
        reported = run.reportPath(f.path)
        last = (f.path, reported)
      }
      writer.item()
      writer.beginObject()
      writer.key("column")
      writer.int(f.start.column)
      writer.key("end_column")
      writer.int(f.end.column)
      writer.key("end_line")
      writer.int(f.end.line)
      writer.key("fingerprint")
      writer.string(run.fingerprint(at: i))
      writer.key("line")
      writer.int(f.start.line)
      writer.key("message")
      writer.string(f.message)
      writer.key("name")
      writer.string(f.ruleName)
      writer.key("path")
      writer.string(reported)
      writer.key("rule")
      writer.string(f.ruleID)
      writer.key("severity")
      writer.string(f.severity.rawValue)
      writer.key("verdict")
      writer.string(f.verdict.word)
      writer.endObject()
    }
  }
}
