import Rules
import SourceModel

/// The one-line run summary the driver prints to stderr (unless `--quiet`):
/// `12 GOOD, 2 WARNING, 1 BAD in 40 files (3 suppressed, 1 baselined, 2 skipped)`, plus `, N failed` inside
/// the parentheses when some files could not be linted.
public enum SummaryLine {
  public static func render(_ run: RunResult) -> String {
    let s = run.summary
    var line = "\(s.good) GOOD, \(s.warning) WARNING, \(s.bad) BAD in \(s.files) \(s.files == 1 ? "file" : "files")"
    line += " (\(s.suppressed) suppressed, \(s.baselined) baselined, \(s.skipped) skipped"
    if !run.failed.isEmpty { line += ", \(run.failed.count) failed" }
    return line + ")"
  }
}
