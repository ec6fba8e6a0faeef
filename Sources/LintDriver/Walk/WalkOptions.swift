import SourceModel

/// What the walker lints and what it leaves out.
public struct WalkOptions: Sendable {
  /// Include entries whose name starts with `.` (`--hidden`).
  public var hidden = false
  /// Follow symbolic links met during a walk (`--follow-symlinks`). Explicit symlink arguments are always
  /// followed.
  public var followSymlinks = false
  /// Honour `.gitignore`, `.ignore` and `.git/info/exclude`.
  public var respectIgnoreFiles = true
  /// Skip generated C# (by name here; by header once read).
  public var skipGenerated = true
  /// Apply excludes (and generated-code skipping) to paths named on the command line too.
  public var forceExclude = false
  /// Languages to lint; empty means all.
  public var languages: Set<Language> = []
  /// Config `exclude` globs (gitignore syntax), relative to the config's directory.
  public var excludes: [String] = []
  /// Config `include` globs: when non-empty, walked files must match one of them.
  public var includes: [String] = []
  /// Directory the config globs are relative to (absolute).
  public var configDirectory: String = ""
  /// Files larger than this are skipped and listed; `nil` means no limit.
  public var maxFileSize: Int? = 10 * 1024 * 1024

  public init() {}
}
