import ArgumentParser
import Foundation
import LintDriver
import SourceModel

extension VTLintCommand {
  /// Inspection commands for people and tests: the front ends' view of a file.
  struct Debug: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show how vtlint lexes and parses a file.", subcommands: [Tokens.self, Parse.self])

    struct Tokens: ParsableCommand {
      static let configuration = CommandConfiguration(
        abstract: "Print every token and trivia piece as one JSON object per line.")

      @Argument(help: "A .cs or .swift file.") var file: String

      func run() throws {
        let source = try loadForDebug(file)
        for line in TokenDump.lines(for: source) { print(line) }
      }
    }

    struct Parse: ParsableCommand {
      static let configuration = CommandConfiguration(
        abstract: "Print the syntax tree as an outline, then the syntax diagnostics; exit 1 if there were any.")

      @Argument(help: "A .cs or .swift file.") var file: String

      func run() throws {
        let source = try loadForDebug(file)
        let output = ParseDump.dump(source)
        for line in output.outline { print(line) }
        for line in output.diagnostics { print(line) }
        if !output.diagnostics.isEmpty { throw ExitCode(1) }
      }
    }
  }
}

/// Reads a file for the debug commands; a missing or unreadable file is exit 2 with its name.
func loadForDebug(_ path: String) throws -> SourceFile {
  guard let data = FileManager.default.contents(atPath: path) else {
    FileHandle.standardError.write(Data("vtlint: \(path): cannot read file\n".utf8))
    throw ExitCode(2)
  }
  return SourceFile(path: path, bytes: [UInt8](data))
}
