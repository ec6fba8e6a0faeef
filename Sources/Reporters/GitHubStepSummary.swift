import Rules
import SourceModel

/// Markdown for `$GITHUB_STEP_SUMMARY` (the reference's `--github-summary`): the summary line, counts per
/// rule, and the first findings in a collapsible table. Pure like the reporters; the driver appends it to
/// the file GitHub names.
///
/// Text from paths and messages is escaped (backslash before Markdown punctuation, `<`/`>`/`&` as entities,
/// line breaks as spaces), so a file name cannot inject HTML, links or table cells into the summary.
public enum GitHubStepSummary {
  /// At most this many findings are listed; GitHub caps a step summary at 1 MiB.
  public static let maxListed = 200

  public static func render(_ run: RunResult) -> String {
    let s = run.summary
    var out = "### \(escape(run.tool.name))\n\n"
    out += "**\(s.bad) BAD**, \(s.warning) WARNING, \(s.good) GOOD in \(s.files) \(s.files == 1 ? "file" : "files")"
    out += " (\(s.suppressed) suppressed, \(s.baselined) baselined, \(s.skipped) skipped"
    out += run.failed.isEmpty ? ")\n" : ", \(run.failed.count) failed)\n"
    let findings = run.sortedFindings
    guard !findings.isEmpty else { return out }

    var counts: [String: (name: String, count: Int)] = [:]
    for f in findings { counts[f.ruleID, default: (f.ruleName, 0)].count += 1 }
    out += "\n| Rule | Name | Findings |\n|---|---|---:|\n"
    for (id, entry) in counts.sorted(by: {
      $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.key < $1.key
    }) {
      out += "| \(escape(id)) | \(escape(entry.name)) | \(entry.count) |\n"
    }

    out += "\n<details><summary>Findings (\(findings.count))</summary>\n\n"
    out += "| Severity | Location | Rule | Message |\n|---|---|---|---|\n"
    for f in findings.prefix(maxListed) {
      let location = "\(run.reportPath(f.path)):\(f.start.line):\(f.start.column)"
      out += "| \(f.severity.rawValue) | \(escape(location)) | \(escape(f.ruleID)) | \(escape(f.message)) |\n"
    }
    if findings.count > maxListed { out += "\n…and \(findings.count - maxListed) more.\n" }
    out += "\n</details>\n"
    return out
  }

  /// Makes `text` inert inside a Markdown table cell.
  static func escape(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "&": out += "&amp;"
      case "\\", "`", "*", "_", "[", "]", "|", "#", "!", "~", "$", "(", ")", "{", "}", "+", "-", "=":
        out += "\\" + String(scalar)
      case "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}": out += " "
      default:
        out.unicodeScalars.append(scalar.value < 0x20 || scalar.value == 0x7F ? "\u{FFFD}" : scalar)
      }
    }
    return out
  }
}
