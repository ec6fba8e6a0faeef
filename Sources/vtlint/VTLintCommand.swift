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
    discussion: """
      Exit codes: 0 nothing failing; 1 failing findings (BAD, or WARNING under --strict / --max-warnings, \
      or a file that could not be read); 2 vtlint could not do its job (bad flag or configuration, \
      nonexistent path, unwritable output, internal error). --exit-zero turns 1 into 0, never 2.
      """,
    version: VTLintVersion.current,
    subcommands: [
      Check.self, Rules.self, Explain.self, Init.self, BaselineCommand.self, Debug.self, GenerateDocs.self,
    ],
    defaultSubcommand: Check.self)

  /// Exit codes are a contract: 0 nothing failing, 1 failing findings, 2 vtlint could not do its job.
  /// ArgumentParser exits 64 (EX_USAGE) on usage errors and 1 on other thrown errors; both become 2 here,
  /// because 1 means "your code has findings" and must never be produced by a vtlint failure.
  static func main() {
    // One run, then exit: the run's large values are left for the system to take back (see there).
    BackgroundRelease.keepDroppedValuesUntilExit()
    let status: Int32
    do {
      var command = try parseAsRoot()
      try command.run()
      status = 0
    } catch let code as ExitCode {
      status = code.rawValue
    } catch {
      let code = exitCode(for: error).rawValue
      if code == 0 {  // --help, --version
        BackgroundRelease.waitUntilFreed()
        exit(withError: error)
      }
      var message = fullMessage(for: error)
      if message.hasPrefix("Error: ") { message.removeFirst("Error: ".count) }
      if !message.isEmpty { Diagnostics.error(message) }
      status = 2
    }
    end(status)
  }

  /// Ends the process with `status` once no thread is left freeing a run's trees (`BackgroundRelease`).
  static func end(_ status: Int32) -> Never {
    BackgroundRelease.waitUntilFreed()
    Foundation.exit(status)
  }
}

/// Messages to stderr, prefixed so they are distinguishable from findings.
enum Diagnostics {
  static func error(_ message: String) {
    FileHandle.standardError.write(Data("vtlint: error: \(message)\n".utf8))
  }

  static func note(_ message: String) {
    FileHandle.standardError.write(Data("vtlint: \(message)\n".utf8))
  }

  static func raw(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }
}

/// A failure that means "vtlint could not do its job": printed, then exit 2.
struct ToolFailure: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
