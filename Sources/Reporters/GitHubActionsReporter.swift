import Rules
import SourceModel

/// `--format github`: GitHub Actions workflow commands, one annotation per finding:
/// `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`.
///
/// Escaping follows the Actions toolkit exactly: in the message `%`, CR and LF become `%25`, `%0D`, `%0A`; in
/// property values `:` and `,` also become `%3A` and `%2C`. Since no CR or LF survives, nothing a file name
/// or message contains can start a second workflow command.
public struct GitHubActionsReporter: Reporter {
  public static let identifier = "github"
  public init() {}

  public func render(_ run: RunResult) -> String {
    var out = ""
    for f in run.sortedFindings {
      let properties: [(String, String)] = [
        ("file", run.reportPath(f.path)),
        ("line", String(f.start.line)),
        ("col", String(f.start.column)),
        ("endLine", String(f.end.line)),
        ("endColumn", String(f.end.column)),
        ("title", "\(run.tool.name) \(f.ruleID) \(f.ruleName) [\(f.verdict.word)]"),
      ]
      var message = f.message
      for related in f.related {
        message += "\n\(related.message) (\(related.start.line):\(related.start.column))"
      }
      out += "::" + GitHubActionsReporter.command(for: f.severity) + " "
      out += properties.map { "\($0.0)=\(GitHubActionsReporter.escapeProperty($0.1))" }.joined(separator: ",")
      out += "::" + GitHubActionsReporter.escapeData(message) + "\n"
    }
    return out
  }

  /// Severity to annotation command: error, warning, notice.
  public static func command(for severity: Severity) -> String {
    switch severity {
    case .error: return "error"
    case .warning: return "warning"
    case .note: return "notice"
    }
  }

  /// The toolkit's `escapeData`: `%` first, then CR and LF.
  public static func escapeData(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for scalar in s.unicodeScalars {
      switch scalar {
      case "%": out += "%25"
      case "\r": out += "%0D"
      case "\n": out += "%0A"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// The toolkit's `escapeProperty`: `escapeData` plus `:` and `,`.
  public static func escapeProperty(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for scalar in s.unicodeScalars {
      switch scalar {
      case "%": out += "%25"
      case "\r": out += "%0D"
      case "\n": out += "%0A"
      case ":": out += "%3A"
      case ",": out += "%2C"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
