import Rules
import SourceModel

/// `--format junit`: JUnit XML for CI test dashboards (GitLab, Jenkins, Azure DevOps).
///
/// One `<testsuite>` per file that has something to say; each finding is a `<testcase>` named after its rule
/// and position. Errors and warnings are `<failure>`s; notes (GOOD) pass. Files that could not be linted (and
/// have no finding saying so) are `<error>`s and skipped files `<skipped>`, both in a `vtlint.files` suite. A clean run still has one passing
/// test case, because some dashboards treat an empty report as a broken job.
public struct JUnitReporter: Reporter {
  public static let identifier = "junit"
  public init() {}

  private struct Case {
    var name: String
    var classname: String
    var body: String
    var failed: Bool
    var errored: Bool
    var skipped: Bool
  }

  public func render(_ run: RunResult) -> String {
    var suites: [(name: String, cases: [Case])] = []
    for f in run.sortedFindings {
      let path = run.reportPath(f.path)
      let failing = f.severity != .note
      var body = ""
      if failing {
        let text =
          "\(path):\(f.start.line):\(f.start.column): \(f.message)"
          + f.related.map { "\n\($0.message) (\($0.start.line):\($0.start.column))" }.joined()
        body =
          "      <failure message=\"\(XMLEscaping.attribute(f.message))\" type=\"\(f.severity.rawValue)\">"
          + XMLEscaping.text(text) + "</failure>\n"
      }
      let c = Case(
        name: "\(f.ruleID) \(f.ruleName) [\(f.verdict.word)] at \(f.start.line):\(f.start.column)",
        classname: path, body: body, failed: failing, errored: false, skipped: false)
      if suites.last?.name == path { suites[suites.count - 1].cases.append(c) } else { suites.append((path, [c])) }
    }
    var fileCases: [Case] = []
    // A file that could not be read normally has its own finding (VT9001) above; list it as an error only
    // when it has none (the rule turned off), so a broken file never disappears from the report.
    let pathsWithFindings = Set(run.findings.map(\.path))
    for failed in run.failed.sorted(by: { ($0.path, $0.error) < ($1.path, $1.error) })
    where !pathsWithFindings.contains(failed.path) {
      let path = run.reportPath(failed.path)
      fileCases.append(
        Case(
          name: path, classname: "vtlint.files",
          body: "      <error message=\"\(XMLEscaping.attribute(failed.error))\" type=\"io\"/>\n",
          failed: false, errored: true, skipped: false))
    }
    for skipped in run.skipped.sorted(by: { ($0.path, $0.reason) < ($1.path, $1.reason) }) {
      let path = run.reportPath(skipped.path)
      fileCases.append(
        Case(
          name: path, classname: "vtlint.files",
          body: "      <skipped message=\"\(XMLEscaping.attribute(skipped.reason))\"/>\n",
          failed: false, errored: false, skipped: true))
    }
    if !fileCases.isEmpty { suites.append(("vtlint.files", fileCases)) }
    if suites.isEmpty {
      suites.append(
        (
          "vtlint",
          [Case(name: "no findings", classname: "vtlint", body: "", failed: false, errored: false, skipped: false)]
        ))
    }

    let all = suites.flatMap(\.cases)
    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    out += "<testsuites name=\"\(XMLEscaping.attribute(run.tool.name))\"" + counts(all) + ">\n"
    for suite in suites {
      out += "  <testsuite name=\"\(XMLEscaping.attribute(suite.name))\"" + counts(suite.cases) + ">\n"
      for c in suite.cases {
        let open =
          "    <testcase name=\"\(XMLEscaping.attribute(c.name))\" classname=\"\(XMLEscaping.attribute(c.classname))\""
        out += c.body.isEmpty ? open + "/>\n" : open + ">\n" + c.body + "    </testcase>\n"
      }
      out += "  </testsuite>\n"
    }
    out += "</testsuites>\n"
    return out
  }

  private func counts(_ cases: [Case]) -> String {
    let failures = cases.filter(\.failed).count
    let errors = cases.filter(\.errored).count
    let skipped = cases.filter(\.skipped).count
    return " tests=\"\(cases.count)\" failures=\"\(failures)\" errors=\"\(errors)\" skipped=\"\(skipped)\""
  }
}
