import Reporters
import Rules
import SourceModel
import XCTest

final class GitHubStepSummaryTests: XCTestCase {
  func testSummaryCountsAndFindings() {
    let md = GitHubStepSummary.render(TestRuns.sample())
    XCTAssertTrue(
      md.hasPrefix(
        "### vtlint\n\n**1 BAD**, 1 WARNING, 1 GOOD in 3 files (2 suppressed, 1 baselined, 1 skipped)\n"), md)
    XCTAssertTrue(md.contains("| VT0001 | consumed\\-twice | 1 |\n"), md)
    XCTAssertTrue(md.contains("<details><summary>Findings (3)</summary>"))
    XCTAssertTrue(
      md.contains("| error | src/Cache.cs:5:17 | VT0001 | ValueTask 'vt' is awaited more than once |\n"), md)
  }

  func testCleanRunIsJustTheSummary() {
    XCTAssertEqual(
      GitHubStepSummary.render(RunResult(findings: [], fileCount: 2)),
      "### vtlint\n\n**0 BAD**, 0 WARNING, 0 GOOD in 2 files (0 suppressed, 0 baselined, 0 skipped)\n")
  }

  func testHostileTextStaysInItsCell() {
    let md = GitHubStepSummary.render(TestRuns.hostile())
    let row = md.split(separator: "\n").first { $0.hasPrefix("| error |") }.map(String.init) ?? ""
    // Exactly the five unescaped pipes that delimit four cells.
    var pipes = 0
    var previous: Character = " "
    for c in row {
      if c == "|" && previous != "\\" { pipes += 1 }
      previous = c
    }
    XCTAssertEqual(pipes, 5, row)
    XCTAssertFalse(row.contains("<b>"), row)
    XCTAssertTrue(row.contains("&lt;b&gt;"), row)
    XCTAssertFalse(md.contains("\r") || md.unicodeScalars.contains { $0.value == 1 })
  }

  func testLongRunsAreCut() {
    let file = SourceFile(path: "a.cs", text: String(repeating: "await vt;\n", count: 300))
    let findings = (0..<300).map {
      Finding(
        rule: TestRuns.rule, message: "m", file: file, range: TestRuns.range(of: "await vt", in: file, occurrence: $0))
    }
    let md = GitHubStepSummary.render(RunResult(findings: findings, fileCount: 1))
    XCTAssertEqual(md.split(separator: "\n").filter { $0.hasPrefix("| error |") }.count, GitHubStepSummary.maxListed)
    XCTAssertTrue(md.contains("…and 100 more."))
  }
}
