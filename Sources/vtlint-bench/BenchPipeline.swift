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

/// The pipeline `vtlint check` runs, minus printing: walk, read, index, lint, sort, render the text report.
///
/// It calls the same LintDriver entry points the command line uses (`FileWalker`, `SourceReader`,
/// `Linter`), so a change in the driver shows up here. The rendered report is measured, not written, so
/// terminal speed does not pollute the figure.
enum BenchPipeline {
  static func run(paths: [String], maxFileSize: Int) throws -> PipelineResult {
    var result = PipelineResult()
    let reader = SourceReader(maxFileSize: maxFileSize)
    var sources: [SourceFile] = []
    for path in try FileWalker.files(under: paths) {
      switch reader.read(path) {
      case .source(let decoded):
        sources.append(decoded.file)
        result.bytes += decoded.byteCountOnDisk
      case .skipped: result.skipped += 1
      case .failed: result.failed += 1
      }
    }
    result.files = sources.count
    let outcomes = Linter.lint(sources)
    let findings = outcomes.flatMap(\.result.findings).filter { $0.verdict != .good }.sorted(by: Finding.reportOrder)
    result.findings = findings.count
    result.reportBytes = TextReporter().render(RunResult(findings: findings, fileCount: sources.count)).utf8.count
    return result
  }
}
