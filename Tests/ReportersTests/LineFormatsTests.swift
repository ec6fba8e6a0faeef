import Reporters
import Rules
import SourceModel
import XCTest

/// msbuild, gitlab, the summary line, statistics and the format registry.
final class LineFormatsTests: XCTestCase {
  func testMSBuildLines() {
    XCTAssertEqual(
      MSBuildReporter().render(TestRuns.sample()),
      """
      Sources/App/Loader.swift(3,7): info VT0003: one-shot 'task' consumed once
      src/Cache.cs(3,24): warning VT0002: 'vt' may be awaited twice
      src/Cache.cs(5,17): error VT0001: ValueTask 'vt' is awaited more than once

      """)
  }

  func testLineFormatsKeepOneFindingPerLine() {
    let run = TestRuns.hostile()
    for reporter in [TextReporter() as any Reporter, MSBuildReporter()] {
      let out = reporter.render(run)
      XCTAssertEqual(out.filter(\.isNewline).count, 1, "\(type(of: reporter)): \(out)")
      XCTAssertTrue(out.contains("line one line two  ::error"), out)
      XCTAssertTrue(out.contains("\u{FFFD}\u{FFFD} 🎉"), out)
    }
  }

  func testGitLabCodeQuality() throws {
    let doc = try TestJSONParser.parse(GitLabReporter().render(TestRuns.sample()))
    let issues = try XCTUnwrap(doc.array)
    XCTAssertEqual(issues.count, 3)
    let bad = issues[2]
    XCTAssertEqual(bad["check_name"]?.string, "VT0001 consumed-twice")
    XCTAssertEqual(bad["description"]?.string, "[BAD] ValueTask 'vt' is awaited more than once")
    XCTAssertEqual(bad["severity"]?.string, "major")
    XCTAssertEqual(bad["type"]?.string, "issue")
    XCTAssertEqual(bad["location"]?["path"]?.string, "src/Cache.cs")
    XCTAssertEqual(bad["location"]?["lines"]?["begin"]?.int, 5)
    XCTAssertEqual(issues.map { $0["severity"]?.string }, ["info", "minor", "major"])
    let fingerprints = issues.compactMap { $0["fingerprint"]?.string }
    XCTAssertEqual(Set(fingerprints).count, 3)
  }

  func testGitLabFingerprintsAreUniqueForIdenticalLinesAndStableWhenLinesMove() throws {
    func issues(_ text: String) throws -> [String] {
      let file = SourceFile(path: "a.cs", text: text)
      let findings = (0..<2).map {
        Finding(
          rule: TestRuns.rule, message: "m", file: file, range: TestRuns.range(of: "await vt", in: file, occurrence: $0)
        )
      }
      let run = RunResult(findings: findings, summary: RunSummary(files: 1), sources: SourceLookup(files: [file]))
      return try XCTUnwrap(TestJSONParser.parse(GitLabReporter().render(run)).array).compactMap {
        $0["fingerprint"]?.string
      }
    }
    let before = try issues("x = await vt;\nx = await vt;\n")
    XCTAssertEqual(Set(before).count, 2, "identical lines still get distinct GitLab fingerprints")
    XCTAssertEqual(try issues("\n\n// moved\nx = await vt;\n\nx = await vt;\n"), before)
  }

  func testSummaryLine() {
    XCTAssertEqual(
      SummaryLine.render(TestRuns.sample()),
      "1 GOOD, 1 WARNING, 1 BAD in 3 files (2 suppressed, 1 baselined, 1 skipped)")
    var one = RunResult(findings: [], fileCount: 1)
    XCTAssertEqual(SummaryLine.render(one), "0 GOOD, 0 WARNING, 0 BAD in 1 file (0 suppressed, 0 baselined, 0 skipped)")
    one.failed = [FailedFile(path: "x.cs", error: "EIO")]
    XCTAssertTrue(SummaryLine.render(one).hasSuffix("0 skipped, 1 failed)"))
  }

  func testStatisticsCountsPerRuleMostFirst() {
    var run = TestRuns.sample()
    let bad = run.findings.first { $0.ruleID == "VT0001" }!
    var again = bad
    again.start.line += 1
    run.findings += [again, again]
    XCTAssertEqual(
      StatisticsReporter.render(run),
      """
      3  VT0001  consumed-twice
      1  VT0002  consumed-maybe-twice
      1  VT0003  consumed-once

      """)
    XCTAssertEqual(StatisticsReporter.render(RunResult(findings: [], fileCount: 0)), "")
  }

  func testRegistryKnowsEveryFormatAndAliases() {
    XCTAssertEqual(
      ReporterRegistry.names, ["text", "full", "json", "sarif", "github", "gitlab", "junit", "checkstyle", "msbuild"])
    for name in ReporterRegistry.names {
      XCTAssertEqual(ReporterRegistry.reporter(named: name).map { type(of: $0).identifier }, name)
    }
    XCTAssertTrue(ReporterRegistry.reporter(named: "SARIF") is SARIFReporter)
    XCTAssertTrue(ReporterRegistry.reporter(named: "xcode") is TextReporter)
    XCTAssertTrue(ReporterRegistry.reporter(named: "github-actions") is GitHubActionsReporter)
    XCTAssertNil(ReporterRegistry.reporter(named: "yaml"))
  }

  func testEveryFormatIsDeterministicUnderShuffling() {
    let run = TestRuns.sample()
    for reporter in ReporterRegistry.all {
      let expected = reporter.render(run)
      XCTAssertFalse(expected.isEmpty, "\(type(of: reporter))")
      for seed in 1...5 as ClosedRange<UInt64> {
        XCTAssertEqual(reporter.render(TestRuns.shuffled(run, seed: seed)), expected, "\(type(of: reporter))")
      }
    }
  }
}
