import ArgumentParser
import Foundation
import LintDriver
import Reporters
import Rules
import SourceModel

/// `vtlint`: lint C# and Swift source for misuse of one-shot awaitables.
@main
struct VTLintCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "vtlint",
    abstract: "Find misuse of one-shot awaitables (.NET ValueTask, Swift continuations) without a build.",
    version: VTLintVersion.current,
    subcommands: [Check.self, Debug.self],
    defaultSubcommand: Check.self)

  /// Exit codes are a contract: 0 nothing failing, 1 failing findings, 2 vtlint could not do its job.
  /// ArgumentParser exits 64 (EX_USAGE) on usage errors; that becomes 2 here.
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch let code as ExitCode {
      Foundation.exit(code.rawValue)
    } catch {
      let code = exitCode(for: error).rawValue
      if code == 0 { exit(withError: error) }  // --help, --version
      FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
      Foundation.exit(code == 64 ? 2 : code)
    }
  }
}

extension VTLintCommand {
  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Lint files and directories (the default).")

    @Argument(help: "Files or directories to lint.")
    var paths: [String] = ["."]

    func run() throws {
      let files: [String]
      do {
        files = try FileWalker.files(under: paths)
      } catch {
        FileHandle.standardError.write(Data("vtlint: \(error)\n".utf8))
        throw ExitCode(2)
      }
      var sources: [SourceFile] = []
      for path in files {
        guard let data = FileManager.default.contents(atPath: path) else {
          FileHandle.standardError.write(Data("vtlint: \(path): cannot read file\n".utf8))
          continue
        }
        sources.append(SourceFile(path: path, bytes: [UInt8](data)))
      }
      let outcomes = Linter.lint(sources)
      let findings = outcomes.flatMap(\.result.findings).filter { $0.verdict != .good }.sorted(by: Finding.reportOrder)
      print(TextReporter().render(RunResult(findings: findings, fileCount: sources.count)), terminator: "")
      if findings.contains(where: { $0.verdict == .bad }) { throw ExitCode(1) }
    }
  }
}
