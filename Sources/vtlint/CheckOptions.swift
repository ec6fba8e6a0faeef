import ArgumentParser
import Foundation
import LintDriver
import SourceModel

/// Options shared by `check` and `baseline`: what to lint and how to read the project.
struct ProjectOptions: ParsableArguments {
  @Argument(help: "Files or directories to lint (default: the current directory); '-' reads standard input.")
  var paths: [String] = []

  @Option(name: .customLong("config"), help: "Use this configuration file instead of searching for .vtlint.yml.")
  var configFile: String?

  @Flag(name: .customLong("no-config"), help: "Ignore .vtlint.yml files; use the built-in defaults.")
  var noConfig = false

  @Option(
    name: .customLong("lang"), parsing: .singleValue,
    help: ArgumentHelp("Only lint this language (csharp or swift); repeatable.", valueName: "csharp|swift"))
  var languages: [String] = []

  @Flag(help: "Include hidden files and directories.")
  var hidden = false

  @Flag(name: .customLong("follow-symlinks"), help: "Follow symbolic links while walking (loops are detected).")
  var followSymlinks = false

  @Flag(name: .customLong("force-exclude"), help: "Apply excludes and ignore files to explicitly named paths too.")
  var forceExclude = false

  @Option(name: .customLong("stdin-filename"), help: "The name to report standard input ('-') under.")
  var stdinFilename: String?

  @Option(name: [.short, .customLong("jobs")], help: "Threads to use (default: all cores).")
  var jobs: Int?

  @Flag(name: .shortAndLong, help: "List linted, skipped and failed files on stderr.")
  var verbose = false

  func validate() throws {
    for lang in languages where Language(rawValue: lang) == nil {
      throw ValidationError("unknown language '\(lang)' for --lang; expected csharp or swift")
    }
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
  }

  /// Reads the configuration this run uses (exit 2 on any problem).
  func loadConfiguration(cwd: String) throws -> Configuration {
    if noConfig { return Configuration(directory: cwd) }
    let path = configFile ?? ConfigLoader.discover(from: cwd)
    guard let path else { return Configuration(directory: cwd) }
    do {
      return try ConfigLoader.load(path: path, cwd: cwd)
    } catch let error as ConfigError {
      throw ToolFailure(error.description)
    }
  }

  /// Settings from configuration, then flags (flags win).
  func settings(config: Configuration, cwd: String) -> LintSettings {
    var settings = LintSettings(config: config, workingDirectory: cwd)
    if hidden { settings.walk.hidden = true }
    if followSymlinks { settings.walk.followSymlinks = true }
    settings.walk.forceExclude = forceExclude
    let langs = Set(languages.compactMap(Language.init(rawValue:)))
    if !langs.isEmpty {
      settings.walk.languages = langs
      if langs.count == 1 { settings.forcedLanguage = langs.first }
    }
    settings.jobs = jobs
    return settings
  }

  /// The inputs: explicit paths (default `.`), with `-` meaning standard input.
  func inputs() throws -> LintInputs {
    var list = paths.isEmpty ? ["."] : paths
    var stdin: (name: String, bytes: [UInt8])?
    if let dash = list.firstIndex(of: "-") {
      list.remove(at: dash)
      let data = FileHandle.standardInput.readDataToEndOfFile()
      stdin = (stdinFilename ?? "<stdin>", [UInt8](data))
    } else if stdinFilename != nil {
      throw ToolFailure("--stdin-filename needs '-' among the paths")
    }
    return LintInputs(paths: list, stdin: stdin)
  }
}
