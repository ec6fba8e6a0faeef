import Foundation
import LintDriver
import Reporters
import Rules
import SourceModel

/// The bridge between a `LintReport` and the reporters: which formats exist, and the `RunResult` they
/// render. GOOD findings are counted in the summary but only shown with `--show-good`.
enum OutputFormats {
  static var names: [String] { ReporterRegistry.names }

  static func reporter(named name: String) -> (any Reporter)? {
    ReporterRegistry.reporter(named: name)
  }

  static func runResult(_ report: LintReport, showGood: Bool, cwd: String, stdin: SourceFile?, color: Bool) -> RunResult
  {
    var shown = report.findings
    var fingerprints = report.fingerprints
    if !showGood {
      let kept = report.findings.indices.filter { report.findings[$0].verdict != .good }
      shown = kept.map { report.findings[$0] }
      fingerprints = kept.map { report.fingerprints[$0] }
    }
    let summary = RunSummary(
      files: report.fileCount, counting: report.findings, suppressed: report.suppressedCount,
      baselined: report.baselinedCount, skipped: report.skipped.count)
    return RunResult(
      findings: shown, summary: summary,
      skipped: report.skipped.map { SkippedFile(path: $0.path, reason: $0.reason) },
      failed: report.failed.map { FailedFile(path: $0.path, error: $0.error) }, rules: RuleRegistry.all,
      sources: lazySources(stdin: stdin), color: color, baseDirectory: cwd, fingerprints: fingerprints)
  }

  /// Reporters that show code frames ask for a file's text; read it on demand (once) instead of keeping
  /// every file of the run in memory.
  static func lazySources(stdin: SourceFile?) -> SourceLookup {
    let cache = SourceCache()
    return SourceLookup { path in
      if let stdin, stdin.path == path { return stdin }
      return cache.file(path)
    }
  }

  static func summary(_ run: RunResult) -> String { SummaryLine.render(run) }

  static func statistics(_ run: RunResult) -> String { StatisticsReporter.render(run) }

  /// Colour only on a terminal, and never when `NO_COLOR` is set.
  static func wantsColor(toStdout: Bool) -> Bool {
    guard toStdout, isatty(STDOUT_FILENO) != 0 else { return false }
    if let noColor = ProcessInfo.processInfo.environment["NO_COLOR"], !noColor.isEmpty { return false }
    return true
  }
}

/// Files read for reporters, once each, from any thread.
private final class SourceCache: @unchecked Sendable {
  private let lock = NSLock()
  private var files: [String: SourceFile?] = [:]

  func file(_ path: String) -> SourceFile? {
    lock.lock()
    defer { lock.unlock() }
    if let hit = files[path] { return hit }
    var loaded: SourceFile?
    if case .source(let decoded) = SourceReader().read(path) { loaded = decoded.file }
    files[path] = loaded
    return loaded
  }
}
