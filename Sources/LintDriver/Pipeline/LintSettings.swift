import Foundation
import SourceModel

/// Everything a check run needs besides the paths: built by the command from flags and configuration.
public struct LintSettings: Sendable {
  public var config: Configuration
  public var walk: WalkOptions
  /// Language forced by `--lang` when a file's extension does not say (stdin, odd names).
  public var forcedLanguage: Language?
  public var baseline: Baseline?
  /// Threads for both passes; `nil` uses every active core.
  public var jobs: Int?
  public var workingDirectory: String
  /// Whether a file's first pass waits until something it names matters (`DeferredFirstPasses`). Off only
  /// to check that both ways give the same findings.
  public var glances = true
  /// Sources held in memory for a glance after the index of the files spelling a one-shot type is built
  /// (`DeferredFirstPasses.holdLimit`); past it, files are glanced at as they are read. Changed only to
  /// check that both ways give the same findings.
  public var glanceHoldLimit = DeferredFirstPasses.holdLimit

  public init(config: Configuration, workingDirectory: String = FileManager.default.currentDirectoryPath) {
    self.config = config
    self.workingDirectory = workingDirectory
    var walk = WalkOptions()
    walk.hidden = config.hidden
    walk.followSymlinks = config.followSymlinks
    walk.respectIgnoreFiles = config.respectGitignore
    walk.skipGenerated = config.skipGenerated
    walk.excludes = config.exclude
    walk.includes = config.include
    walk.configDirectory = config.directory
    walk.maxFileSize = config.maxFileSize
    walk.languages = Set(config.languages.compactMap(Language.init(rawValue:)))
    self.walk = walk
  }
}

/// What to lint: paths (walked) and/or standard input under a name.
public struct LintInputs: Sendable {
  public var paths: [String]
  /// Bytes read from stdin and the name to report them under.
  public var stdin: (name: String, bytes: [UInt8])?

  public init(paths: [String], stdin: (name: String, bytes: [UInt8])? = nil) {
    self.paths = paths
    self.stdin = stdin
  }
}
