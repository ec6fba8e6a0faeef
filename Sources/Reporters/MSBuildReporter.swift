import Rules
import SourceModel

/// `--format msbuild`: the canonical MSBuild/Roslyn line `path(line,col): error VT0001: message`, which
/// Visual Studio, Rider and MSBuild's own error parsing pick up. Notes use `info`, as Roslyn prints them.
public struct MSBuildReporter: Reporter {
  public static let identifier = "msbuild"
  public init() {}

  public func render(_ run: RunResult) -> String {
    var out = ""
    for f in run.sortedFindings {
      let category: String
      switch f.severity {
      case .error: category = "error"
      case .warning: category = "warning"
      case .note: category = "info"
      }
      out +=
        "\(singleLine(run.reportPath(f.path)))(\(f.start.line),\(f.start.column)): \(category) \(f.ruleID): \(singleLine(f.message))\n"
    }
    return out
  }

}
