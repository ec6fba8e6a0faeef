import Reporters
import Rules
import SourceModel
import XCTest

/// A decoder written the way the Actions runner reads workflow commands: one command per line, `::name
/// props::data`, properties split at `,` then at the first `=`, values and data unescaped.
private struct WorkflowCommand: Equatable {
  var name: String
  var properties: [String: String]
  var data: String

  static func unescape(_ s: String) -> String {
    var out = ""
    var chars = Array(s.unicodeScalars)[...]
    while let c = chars.first {
      if c == "%", chars.count >= 3 {
        let code = String(String.UnicodeScalarView(chars.dropFirst().prefix(2)))
        let map = ["25": "%", "0D": "\r", "0A": "\n", "3A": ":", "2C": ","]
        if let decoded = map[code] {
          out += decoded
          chars = chars.dropFirst(3)
          continue
        }
      }
      out.unicodeScalars.append(c)
      chars = chars.dropFirst()
    }
    return out
  }

  /// Every line that starts with `::` parsed as a command.
  static func parseAll(_ output: String) -> [WorkflowCommand] {
    // The runner splits on LF and CR (either ends a line).
    let lines = output.split(omittingEmptySubsequences: true) { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
    return lines.compactMap { parse(String($0)) }
  }

  static func parse(_ line: String) -> WorkflowCommand? {
    guard line.hasPrefix("::") else { return nil }
    let rest = line.dropFirst(2)
    guard let end = rest.range(of: "::") else { return nil }
    let head = rest[..<end.lowerBound]
    let data = String(rest[end.upperBound...])
    let name: Substring
    var properties: [String: String] = [:]
    if let space = head.firstIndex(of: " ") {
      name = head[..<space]
      for pair in head[head.index(after: space)...].split(separator: ",") {
        guard let eq = pair.firstIndex(of: "=") else { continue }
        properties[String(pair[..<eq])] = unescape(String(pair[pair.index(after: eq)...]))
      }
    } else {
      name = head
    }
    return WorkflowCommand(name: String(name), properties: properties, data: unescape(data))
  }
}

final class GitHubActionsReporterTests: XCTestCase {
  func testOneAnnotationPerFindingWithMappedSeverity() {
    let out = GitHubActionsReporter().render(TestRuns.sample())
    let commands = WorkflowCommand.parseAll(out)
    XCTAssertEqual(commands.map(\.name), ["notice", "warning", "error"])
    XCTAssertEqual(out.split(separator: "\n").count, 3)
    let bad = commands[2]
    XCTAssertEqual(
      bad.properties,
      [
        "file": "src/Cache.cs", "line": "5", "col": "17", "endLine": "5", "endColumn": "25",
        "title": "vtlint VT0001 consumed-twice [BAD]",
      ])
    XCTAssertEqual(bad.data, "ValueTask 'vt' is awaited more than once\nfirst await of 'vt' (4:17)")
  }

  func testExactLineForAPlainFinding() {
    let out = GitHubActionsReporter().render(TestRuns.sample()).split(separator: "\n")
    XCTAssertEqual(
      String(out[1]),
      "::warning file=src/Cache.cs,line=3,col=24,endLine=3,endColumn=39,title=vtlint VT0002 consumed-maybe-twice [WARNING]::'vt' may be awaited twice"
    )
  }

  func testCommaPathAndNewlineMessageRoundTripWithoutInjection() {
    let run = TestRuns.hostile()
    let out = GitHubActionsReporter().render(run)
    XCTAssertEqual(out.filter { $0 == "\n" }.count, 1, "exactly one line")
    XCTAssertFalse(out.dropLast().contains("\n") || out.contains("\r"))
    let commands = WorkflowCommand.parseAll(out)
    XCTAssertEqual(commands.count, 1, "the message's ::error must not become a command")
    XCTAssertEqual(commands[0].name, "error")
    XCTAssertEqual(commands[0].properties["file"], run.findings[0].path)
    XCTAssertEqual(commands[0].properties.count, 6, "a comma in the path must not split properties")
    XCTAssertEqual(commands[0].data, run.findings[0].message)
  }

  func testEscapingMatchesTheToolkit() {
    XCTAssertEqual(GitHubActionsReporter.escapeData("100% a:b,c\r\nd"), "100%25 a:b,c%0D%0Ad")
    XCTAssertEqual(GitHubActionsReporter.escapeProperty("100% a:b,c\r\nd"), "100%25 a%3Ab%2Cc%0D%0Ad")
    // `%` is escaped first, so an already-escaped-looking input survives a round trip.
    XCTAssertEqual(WorkflowCommand.unescape(GitHubActionsReporter.escapeData("%0A%25")), "%0A%25")
  }

  func testHostileRuleNamesAndTitlesCannotInject() {
    var run = TestRuns.hostile()
    run.findings[0].ruleName = "x::error::y\n::warning::z"
    run.findings[0].path = "a\n::error file=b::c"
    let commands = WorkflowCommand.parseAll(GitHubActionsReporter().render(run))
    XCTAssertEqual(commands.count, 1)
    XCTAssertEqual(commands[0].properties["file"], "a\n::error file=b::c")
    XCTAssertEqual(commands[0].properties["title"], "vtlint VT0001 x::error::y\n::warning::z [BAD]")
  }

  func testEmptyRunPrintsNothing() {
    XCTAssertEqual(GitHubActionsReporter().render(RunResult(findings: [], fileCount: 4)), "")
  }
}
