import ArgumentParser
import Foundation
import LintDriver
import Rules

extension VTLintCommand {
  /// `vtlint rules`: every rule with its code, name, default verdict and languages.
  struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List every rule.")

    func run() throws {
      var out = ""
      let width = RuleRegistry.all.map(\.name.count).max() ?? 0
      for rule in RuleRegistry.all {
        let langs = rule.languages.map(\.rawValue).joined(separator: ",")
        out += "\(rule.id)  \(rule.name.padding(toLength: width, withPad: " ", startingAt: 0)) "
        out += "\(rule.defaultVerdict.word.padding(toLength: 8, withPad: " ", startingAt: 0)) \(langs)  \(rule.title)\n"
      }
      print(out, terminator: "")
    }
  }

  /// `vtlint explain VT0001`: rationale, examples and how to suppress.
  struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Explain a rule, by code or name.")

    @Argument(help: "A rule code (VT0001) or name.") var rule: String

    func run() throws {
      guard let description = RuleRegistry.rule(named: rule) else {
        let candidates = RuleRegistry.all.flatMap { [$0.id, $0.name] }
        throw ToolFailure("unknown rule '\(rule)'" + ConfigError.suggestion(for: rule, among: candidates))
      }
      print(RuleDocs.explain(description), terminator: "")
    }
  }

  /// `vtlint generate-docs DIR`: writes `Documentation/Rules/*.md` (hidden; used by maintainers and tests).
  struct GenerateDocs: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "generate-docs", abstract: "Write the rule documentation pages.", shouldDisplay: false)

    @Argument(help: "Output directory.") var directory: String

    func run() throws {
      try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
      for page in RuleDocs.allPages() {
        do {
          try AtomicFile.write(page.text, to: directory + "/" + page.name)
        } catch {
          throw ToolFailure("\(error)")
        }
      }
    }
  }

  /// `vtlint init`: a commented starter `.vtlint.yml`; never overwrites.
  struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write a commented starter .vtlint.yml.")

    @Option(name: [.short, .customLong("output")], help: "Where to write it.") var path = ".vtlint.yml"

    func run() throws {
      if FileManager.default.fileExists(atPath: path) {
        throw ToolFailure("\(path) already exists; not overwriting it")
      }
      do {
        try AtomicFile.write(StarterConfig.text, to: path)
      } catch {
        throw ToolFailure("\(error)")
      }
      Diagnostics.note("wrote \(path)")
    }
  }
}
