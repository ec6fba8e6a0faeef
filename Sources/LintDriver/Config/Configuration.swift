import Analysis
import Foundation

/// Everything `.vtlint.yml` can say. Every key is optional; the defaults are what a run without a config
/// file does.
public struct Configuration: Sendable {
  /// The file this came from (absolute), or `nil` for the built-in defaults.
  public var path: String?
  /// Directory that relative globs and paths in the file are relative to.
  public var directory: String

  public var include: [String] = []
  public var exclude: [String] = []
  /// Rule id → severity.
  public var severities: [String: RuleSeverity] = [:]
  /// Glob → rule ids silenced in matching files.
  public var perFileIgnores: [(glob: String, ruleIDs: Set<String>)] = []
  public var oneShotMembers: [String] = []
  public var oneShotTypes: [String] = []
  public var preprocessorSymbols: [String] = []
  public var failOn: FailThreshold = .bad
  public var maxWarnings: Int?
  public var baseline: String?
  public var skipGenerated = true
  public var maxFileSize: Int? = 10 * 1024 * 1024
  public var languages: [String] = []
  public var hidden = false
  public var followSymlinks = false
  public var respectGitignore = true
  public var editorconfig = true
  public var honorPragma = true
  public var honorBarePragma = false
  public var honorSuppressMessage = true
  public var honorCA2012 = true

  public init(directory: String) {
    self.directory = directory
  }

  public var analysisOptions: AnalysisOptions {
    AnalysisOptions(
      extraOneShotMembers: Set(oneShotMembers), extraOneShotTypes: Set(oneShotTypes),
      definedSymbols: Set(preprocessorSymbols))
  }
}

/// When a run fails: on BAD (error-severity) findings only, or on warnings too.
public enum FailThreshold: String, Sendable, CaseIterable {
  case bad
  case warning
}
