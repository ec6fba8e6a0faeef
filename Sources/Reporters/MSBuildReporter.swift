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
        "\(run.reportPath(f.path))(\(f.start.line),\(f.start.column)): \(category) \(f.ruleID): \(MSBuildReporter.oneLine(f.message))\n"
    }
    return out
  }

  /// MSBuild reads one diagnostic per line: line breaks in a message become spaces.
  static func oneLine(_ s: String) -> String {
    guard s.contains(where: { $0.isNewline }) else { return s }
    return String(s.map { $0.isNewline ? " " : $0 })
  }
}
