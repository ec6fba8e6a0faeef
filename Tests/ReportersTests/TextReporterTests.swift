import Reporters
import Rules
import SourceModel
import XCTest

final class TextReporterTests: XCTestCase {
  func testOneLinePerFindingInReportOrder() {
    let out = TextReporter().render(TestRuns.sample())
    XCTAssertEqual(
      out,
      """
      Sources/App/Loader.swift:3:7: note: [GOOD] one-shot 'task' consumed once [VT0003 consumed-once]
      src/Cache.cs:3:24: warning: [WARNING] 'vt' may be awaited twice [VT0002 consumed-maybe-twice]
      src/Cache.cs:5:17: error: [BAD] ValueTask 'vt' is awaited more than once [VT0001 consumed-twice]

      """)
  }

  func testUsesEffectiveSeverityAndRelativePaths() {
    var run = TestRuns.sample()
    run.findings = run.findings.map { f in
      var f = f
      f.severity = .warning
      f.path = "/repo/" + f.path
      return f
    }
    run.baseDirectory = "/repo"
    let lines = TextReporter().render(run).split(separator: "\n")
    XCTAssertEqual(lines.count, 3)
    XCTAssertTrue(lines[2].hasPrefix("src/Cache.cs:5:17: warning: [BAD] "), String(lines[2]))
  }
}
