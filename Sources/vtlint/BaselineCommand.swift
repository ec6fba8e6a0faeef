import ArgumentParser
import Foundation
import LintDriver

extension VTLintCommand {
  /// `vtlint baseline`: record today's findings so only new ones are reported; `--prune` only removes.
  struct BaselineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "baseline", abstract: "Write the findings of a run to a baseline file (.vtlint-baseline.json).")

    @OptionGroup var project: ProjectOptions

    @Option(
      name: [.short, .customLong("output")],
      help: "Baseline file (default: the configured one, or .vtlint-baseline.json).")
    var output: String?

    @Flag(help: "Only remove entries that no longer match; never add any.")
    var prune = false

    func run() throws {
      let cwd = FileManager.default.currentDirectoryPath
      let config = try project.loadConfiguration(cwd: cwd)
      let settings = project.settings(config: config, cwd: cwd)
      let path =
        output ?? config.baseline.map { ($0 as NSString).isAbsolutePath ? $0 : config.directory + "/" + $0 }
        ?? Baseline.defaultFileName
      let report: LintReport
      do {
        report = try LintRun.run(try project.inputs(), settings: settings)
      } catch let error as FileWalker.WalkError {
        throw ToolFailure(error.description)
      }
      let absolute = FileWalker.normalize(path.hasPrefix("/") ? path : cwd + "/" + path)
      let directory = (absolute as NSString).deletingLastPathComponent
      let baseline: Baseline
      if prune {
        let existing: Baseline
        do {
          existing = try Baseline.load(path: path, cwd: cwd)
        } catch {
          throw ToolFailure("\(error)")
        }
        baseline = existing.pruned(matching: report.unbaselined, lintedPaths: Set(report.linted), cwd: cwd)
        let removed = existing.entries.reduce(0) { $0 + $1.count } - baseline.entries.reduce(0) { $0 + $1.count }
        Diagnostics.note("pruned \(removed) finding\(removed == 1 ? "" : "s") from \(path)")
      } else {
        baseline = Baseline.make(from: report.unbaselined, directory: directory, cwd: cwd)
        let total = baseline.entries.reduce(0) { $0 + $1.count }
        Diagnostics.note("recorded \(total) finding\(total == 1 ? "" : "s") in \(path)")
      }
      do {
        try AtomicFile.write(baseline.rendered(), to: path)
      } catch {
        throw ToolFailure("\(error)")
      }
    }
  }
}
