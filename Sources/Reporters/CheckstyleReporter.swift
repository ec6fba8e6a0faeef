import Rules
import SourceModel

/// `--format checkstyle`: Checkstyle 4.3 XML, read by Jenkins warnings-ng, reviewdog, SonarQube importers and
/// many CI dashboards. One `<file>` per file with findings, in path order.
public struct CheckstyleReporter: Reporter {
  public static let identifier = "checkstyle"
  public init() {}

  public func render(_ run: RunResult) -> String {
    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n"
    var currentPath: String?
    for f in run.sortedFindings {
      let path = run.reportPath(f.path)
      if path != currentPath {
        if currentPath != nil { out += "  </file>\n" }
        out += "  <file name=\"\(XMLEscaping.attribute(path))\">\n"
        currentPath = path
      }
      out += "    <error line=\"\(f.start.line)\" column=\"\(f.start.column)\""
      out += " severity=\"\(CheckstyleReporter.severity(f.severity))\""
      out += " message=\"\(XMLEscaping.attribute("[\(f.verdict.word)] \(f.message)"))\""
      out += " source=\"\(XMLEscaping.attribute("\(run.tool.name).\(f.ruleID).\(f.ruleName)"))\"/>\n"
    }
    if currentPath != nil { out += "  </file>\n" }
    out += "</checkstyle>\n"
    return out
  }

  /// Checkstyle's vocabulary: error, warning, info.
  static func severity(_ s: Severity) -> String {
    switch s {
    case .error: return "error"
    case .warning: return "warning"
    case .note: return "info"
    }
  }
}
