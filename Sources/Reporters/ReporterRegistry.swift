/// Maps `--format` / `--report` names to reporters.
public enum ReporterRegistry {
  /// Every format, in the order `--help` lists them.
  public static let all: [any Reporter] = [
    TextReporter(), FullReporter(), JSONReporter(), SARIFReporter(), GitHubActionsReporter(), GitLabReporter(),
    JUnitReporter(), CheckstyleReporter(), MSBuildReporter(),
  ]

  /// The canonical names, for help text and "did you mean".
  public static var names: [String] { all.map { type(of: $0).identifier } }

  /// Other spellings users of SwiftLint, ruff and golangci-lint reach for.
  public static let aliases: [String: String] = [
    "xcode": "text", "concise": "text", "github-actions": "github", "github-actions-logging": "github",
    "codeclimate": "gitlab", "code-climate": "gitlab", "junit-xml": "junit", "visualstudio": "msbuild",
  ]

  /// The reporter for a name or alias (case-insensitive), or `nil`.
  public static func reporter(named name: String) -> (any Reporter)? {
    let key = name.lowercased()
    let canonical = aliases[key] ?? key
    return all.first { type(of: $0).identifier == canonical }
  }
}
