import ArgumentParser
import Foundation
import LintDriver
import Reporters
import Rules
import SourceModel

extension VTLintCommand {
  /// `vtlint [check] [PATH ...]`: lint, report, and exit 0/1/2.
  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Lint files and directories (the default command).")

    @OptionGroup var project: ProjectOptions

    @Option(help: ArgumentHelp("Output format: \(OutputFormats.names.joined(separator: ", ")).", valueName: "format"))
    var format: String = "text"

    @Option(name: [.short, .customLong("output")], help: "Write the --format output to this file instead of stdout.")
    var output: String?

    @Option(
      name: .customLong("report"), parsing: .singleValue,
      help: ArgumentHelp("Also write FORMAT to PATH; repeatable (e.g. sarif:vtlint.sarif).", valueName: "format:path"))
    var reports: [String] = []

    @Flag(name: .customLong("show-good"), help: "Also show GOOD findings (always counted in the summary).")
    var showGood = false

    @Flag(name: .shortAndLong, help: "Do not print the summary line.")
    var quiet = false

    @Flag(name: .customLong("show-files"), help: "Print the files that would be linted, one per line, and exit.")
    var showFiles = false

    @Flag(name: .customLong("github-summary"), help: "Also append a Markdown summary to $GITHUB_STEP_SUMMARY.")
    var githubSummary = false

    @Flag(help: "Print the number of findings per rule on stderr.")
    var statistics = false

    @Flag(help: "Warnings fail the run too (same as --fail-on warning).")
    var strict = false

    @Option(name: .customLong("max-warnings"), help: "Fail when there are more than N warnings.")
    var maxWarnings: Int?

    @Flag(name: .customLong("exit-zero"), help: "Exit 0 even when findings fail the run (2 still means vtlint failed).")
    var exitZero = false

    @Option(name: .customLong("fail-on"), help: ArgumentHelp("What fails the run.", valueName: "bad|warning"))
    var failOn: String?

    @Option(help: "Hide findings recorded in this baseline file.")
    var baseline: String?

    @Flag(name: .customLong("strict-baseline"), help: "Fail when baseline entries of linted files no longer match.")
    var strictBaseline = false

    func validate() throws {
      if OutputFormats.reporter(named: format) == nil {
        throw ValidationError(
          "unknown format '\(format)'; expected one of \(OutputFormats.names.joined(separator: ", "))")
      }
      for spec in reports {
        let parts = spec.split(separator: ":", maxSplits: 1)
        guard parts.count == 2, !parts[1].isEmpty else {
          throw ValidationError("--report expects FORMAT:PATH, got '\(spec)'")
        }
        if OutputFormats.reporter(named: String(parts[0])) == nil {
          throw ValidationError("unknown format '\(parts[0])' in --report")
        }
      }
      if let failOn, FailThreshold(rawValue: failOn) == nil {
        throw ValidationError("--fail-on expects 'bad' or 'warning', got '\(failOn)'")
      }
      if let maxWarnings, maxWarnings < 0 { throw ValidationError("--max-warnings must be 0 or more") }
    }

    func run() throws {
      let cwd = FileManager.default.currentDirectoryPath
      let config = try project.loadConfiguration(cwd: cwd)
      var settings = project.settings(config: config, cwd: cwd)
      if let path = baseline
        ?? config.baseline.map({ ($0 as NSString).isAbsolutePath ? $0 : config.directory + "/" + $0 })
      {
        do {
          settings.baseline = try Baseline.load(path: path, cwd: cwd)
        } catch {
          throw ToolFailure("\(error)")
        }
      }
      if showFiles {
        do {
          let walked = try FileWalker(options: settings.walk, workingDirectory: cwd).walk(
            project.paths.isEmpty ? ["."] : project.paths)
          print(walked.files.map(\.path).joined(separator: "\n"), terminator: walked.files.isEmpty ? "" : "\n")
          return
        } catch let error as FileWalker.WalkError {
          throw ToolFailure(error.description)
        }
      }
      let inputs = try project.inputs()
      let report: LintReport
      do {
        report = try LintRun.run(inputs, settings: settings)
      } catch let error as FileWalker.WalkError {
        throw ToolFailure(error.description)
      }

      var policy = ExitPolicy()
      let threshold = failOn.flatMap(FailThreshold.init(rawValue:)) ?? config.failOn
      policy.failOn = strict ? .warning : threshold
      policy.maxWarnings = maxWarnings ?? config.maxWarnings
      policy.strictBaseline = strictBaseline
      policy.exitZero = exitZero

      for notice in report.notices { Diagnostics.note(notice) }
      if project.verbose { RunNarration.describe(report) }
      if report.linted.isEmpty && report.skipped.isEmpty && inputs.stdin == nil {
        Diagnostics.note("warning: no C# or Swift files found")
      }
      if !report.staleBaselineEntries.isEmpty {
        Diagnostics.note(
          report.staleBaselineEntries.count == 1
            ? "1 baseline entry no longer matches; run 'vtlint baseline --prune' to remove it"
            : "\(report.staleBaselineEntries.count) baseline entries no longer match; run 'vtlint baseline --prune' to remove them"
        )
      }

      let stdinFile = inputs.stdin.map { SourceFile(path: $0.name, bytes: $0.bytes, language: settings.forcedLanguage) }
      var run = OutputFormats.runResult(
        report, showGood: showGood, cwd: cwd, stdin: stdinFile, color: OutputFormats.wantsColor(toStdout: output == nil)
      )
      run.parallel = ParallelJobs.lent(jobs: settings.jobs)
      let main = OutputFormats.reporter(named: format)!
      let rendered = main.renderBytes(run)
      run.color = false
      if let output {
        try write(rendered, to: output)
      } else {
        Self.writeToStandardOutput(rendered)
      }
      for spec in reports {
        let parts = spec.split(separator: ":", maxSplits: 1).map(String.init)
        try write(OutputFormats.reporter(named: parts[0])!.renderBytes(run), to: parts[1])
      }
      if githubSummary { try appendStepSummary(GitHubStepSummary.render(run)) }
      if statistics { Diagnostics.raw(OutputFormats.statistics(run)) }
      if !quiet { Diagnostics.raw(OutputFormats.summary(run) + "\n") }
      // Exits here instead of returning: everything is written, and freeing the report (a large file's
      // tens of thousands of findings) would only delay the exit.
      VTLintCommand.end(policy.exitCode(report))
    }

    /// GitHub collects step summaries by appending to the file it names; outside Actions this is a no-op.
    private func appendStepSummary(_ markdown: String) throws {
      guard let path = ProcessInfo.processInfo.environment["GITHUB_STEP_SUMMARY"], !path.isEmpty else {
        Diagnostics.note("warning: --github-summary: GITHUB_STEP_SUMMARY is not set; no summary written")
        return
      }
      guard let handle = FileHandle(forWritingAtPath: path) else {
        throw ToolFailure("\(path): cannot append the step summary")
      }
      defer { try? handle.close() }
      handle.seekToEndOfFile()
      handle.write(Data(markdown.utf8))
    }

    private func write(_ bytes: [UInt8], to path: String) throws {
      do {
        try AtomicFile.write(bytes: bytes, to: path)
      } catch {
        throw ToolFailure("\(error)")
      }
    }

    /// The report as it is, not copied into a `Data` first (a large report is tens of megabytes).
    private static func writeToStandardOutput(_ bytes: [UInt8]) {
      bytes.withUnsafeBytes { raw in
        guard let base = raw.baseAddress, raw.count > 0 else { return }
        FileHandle.standardOutput.write(
          Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: raw.count, deallocator: .none))
      }
    }
  }
}

/// `--verbose`: which files were linted, skipped and why, and which failed.
enum RunNarration {
  static func describe(_ report: LintReport) {
    var text = ""
    let failed = Set(report.failed.map(\.path))
    for path in report.linted where !failed.contains(path) { text += "linted: \(path)\n" }
    for entry in report.skipped { text += "skipped: \(entry.path) (\(entry.reason))\n" }
    for entry in report.failed { text += "failed: \(entry.path): \(entry.error)\n" }
    Diagnostics.raw(text)
  }
}
