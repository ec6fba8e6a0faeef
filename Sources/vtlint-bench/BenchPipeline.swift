import Foundation
import LintDriver
import Reporters
import Rules
import SourceModel

/// What one timed lint of a tree produced.
struct PipelineResult {
  var files = 0
  var bytes = 0
  var findings = 0
  var skipped = 0
  var failed = 0
  var reportBytes = 0
}

/// The pipeline `vtlint check` runs, minus printing: `LintRun.run` (walk, read, index, lint, suppressions,
/// sort; parallel over `jobs` threads) and the text report rendered to a string. Configuration files are
/// not looked up (as with `--no-config`), so the figures do not depend on where the bench runs. The
/// rendered report is measured, not written, so terminal speed does not pollute the figure.
enum BenchPipeline {
  static func run(paths: [String], maxFileSize: Int, jobs: Int?) throws -> PipelineResult {
    let cwd = FileManager.default.currentDirectoryPath
    var settings = LintSettings(config: Configuration(directory: cwd), workingDirectory: cwd)
    settings.walk.maxFileSize = maxFileSize
    settings.jobs = jobs
    let report = try LintRun.run(LintInputs(paths: paths), settings: settings)
    var result = PipelineResult()
    result.files = report.linted.count - report.failed.count
    result.skipped = report.skipped.count
    result.failed = report.failed.count
    result.findings = report.findings.count
    result.reportBytes = TextReporter().render(RunResult(findings: report.findings, fileCount: result.files)).utf8.count
    result.bytes = report.linted.reduce(0) { sum, path in
      var st = stat()
      return sum + (stat(path, &st) == 0 ? Int(st.st_size) : 0)
    }
    return result
  }
}
