import Reporters
import Rules
import SourceModel
import XCTest

final class FullReporterTests: XCTestCase {
  func testCodeFrameMarksFindingAndEarlierConsumption() {
    let out = FullReporter().render(TestRuns.sample())
    XCTAssertTrue(
      out.contains(
        """
        error[VT0001]: ValueTask 'vt' is awaited more than once
         --> src/Cache.cs:5:17
          |
        4 |         var a = await vt;
          |                 -------- first await of 'vt'
        5 |         var b = await vt;
          |                 ^^^^^^^^ consumed-twice (BAD)
          |
          = help: Await it once, or call `.AsTask()` and await the task.

        """), out)
    XCTAssertFalse(out.contains("\u{1B}"), "no colour unless asked")
  }

  func testHelpIsTheFirstSentenceOfTheFix() {
    func help(_ fix: String) -> String? {
      var rule = TestRuns.rule
      rule.howToFix = fix
      var run = TestRuns.sample()
      run.rules = [rule]
      return FullReporter().render(run).split(separator: "\n").first { $0.hasPrefix("  = help: ") }
        .map { String($0.dropFirst(10)) }
    }
    XCTAssertEqual(help("Consume it once. If not, use AsTask(). More."), "Consume it once.")
    XCTAssertEqual(help("Use e.g. this one.\nSecond line."), "Use e.g. this one.")
    XCTAssertEqual(help("No period"), "No period")
    XCTAssertNil(help(""))
  }

  func testSnapshot() {
    Snapshot.assertMatches(FullReporter().render(TestRuns.sample()), named: "sample.full.txt")
  }

  func testColourOnlyWhenAsked() {
    let out = FullReporter().render(TestRuns.sample(color: true))
    XCTAssertTrue(out.contains("\u{1B}[1;31merror[VT0001]\u{1B}[0m"), out)
    XCTAssertTrue(out.contains("\u{1B}[1;33mwarning[VT0002]\u{1B}[0m"))
    XCTAssertTrue(out.contains("\u{1B}[1;36mnote[VT0003]\u{1B}[0m"))
    let stripped = out.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
    XCTAssertEqual(stripped, FullReporter().render(TestRuns.sample()))
  }

  func testTabsAreCopiedSoCaretsLineUp() {
    let file = SourceFile(path: "t.cs", text: "\t\tx = await vt;\n")
    let f = Finding(rule: TestRuns.rule, message: "m", file: file, range: TestRuns.range(of: "await", in: file))
    let out = FullReporter().render(
      RunResult(findings: [f], summary: RunSummary(files: 1), sources: SourceLookup(files: [file])))
    XCTAssertTrue(out.contains("1 | \t\tx = await vt;\n  | \t\t    ^^^^^ consumed-twice (BAD)\n"), out)
  }

  func testDistantRelatedLinesAreSeparatedAndGutterWidens() {
    var text = "x = await vt;\n"
    for _ in 0..<10 { text += "\n" }
    text += "y = await vt;\n"
    let file = SourceFile(path: "t.cs", text: text)
    let f = Finding(
      rule: TestRuns.rule, message: "m", file: file, range: TestRuns.range(of: "await vt", in: file, occurrence: 1),
      related: [RelatedLocation(message: "first", range: TestRuns.range(of: "await vt", in: file), file: file)])
    let out = FullReporter().render(
      RunResult(findings: [f], summary: RunSummary(files: 1), sources: SourceLookup(files: [file])))
    XCTAssertTrue(
      out.contains(" 1 | x = await vt;\n   |     -------- first\n...\n12 | y = await vt;\n   |     ^^^^^^^^"), out)
  }

  func testMultiLineSpanUnderlinesToEndOfLineAndEmptySpanGetsOneCaret() {
    let file = SourceFile(path: "t.cs", text: "a = Foo(\n  1);\n")
    let multi = Finding(
      rule: TestRuns.rule, message: "m", file: file, range: TestRuns.range(of: "Foo(\n  1)", in: file))
    let empty = Finding(rule: TestRuns.warningRule, message: "e", file: file, range: ByteRange(0, 0))
    let out = FullReporter().render(
      RunResult(findings: [multi, empty], summary: RunSummary(files: 1), sources: SourceLookup(files: [file])))
    XCTAssertTrue(out.contains("1 | a = Foo(\n  |     ^^^^ consumed-twice (BAD)\n"), out)
    XCTAssertTrue(out.contains("1 | a = Foo(\n  | ^ consumed-maybe-twice (WARNING)\n"), out)
  }

  func testLongLinesAreCutAroundTheLabels() {
    let filler = String(repeating: "a", count: 300)
    let file = SourceFile(path: "min.cs", text: "var x = \(filler) + await vt + \(filler);\n")
    let f = Finding(rule: TestRuns.rule, message: "m", file: file, range: TestRuns.range(of: "await vt", in: file))
    let out = FullReporter().render(
      RunResult(findings: [f], summary: RunSummary(files: 1), sources: SourceLookup(files: [file])))
    let forty = String(repeating: "a", count: 37)
    XCTAssertTrue(
      out.contains("1 | …\(forty) + await vt + \(forty)…\n  |  \(String(repeating: " ", count: 40))^^^^^^^^"), out)
    let frameLines = out.split(separator: "\n").filter { !$0.hasPrefix("  = help:") }
    XCTAssertLessThan(frameLines.map(\.count).max() ?? 0, 140, out)
  }

  func testWithoutSourceShowsLocationAndRelatedAsNotes() {
    var run = TestRuns.sample()
    run.sources = .none
    let out = FullReporter().render(run)
    XCTAssertTrue(
      out.contains(
        "error[VT0001]: ValueTask 'vt' is awaited more than once\n --> src/Cache.cs:5:17\n  = note: first await of 'vt' at 4:17\n"
          + "  = help: Await it once, or call `.AsTask()` and await the task.\n"
      ), out)
    XCTAssertFalse(out.contains("|"))
  }

  func testLabelsOnOneLineGoLeftToRightWithTheFindingFirstAtATie() {
    let file = SourceFile(path: "t.cs", text: "Use(await vt, await vt);\n")
    let second = TestRuns.range(of: "await vt", in: file, occurrence: 1)
    let f = Finding(
      rule: TestRuns.rule, message: "m", file: file, range: second,
      related: [
        RelatedLocation(message: "same place", range: second, file: file),
        RelatedLocation(message: "first", range: TestRuns.range(of: "await vt", in: file), file: file),
      ])
    let out = FullReporter().render(
      RunResult(findings: [f], summary: RunSummary(files: 1), sources: SourceLookup(files: [file])))
    XCTAssertTrue(
      out.contains(
        """
        1 | Use(await vt, await vt);
          |     -------- first
          |               ^^^^^^^^ consumed-twice (BAD)
          |               -------- same place

        """), out)
  }

  func testControlCharactersInSourceCannotReachTheTerminal() {
    let file = SourceFile(path: "t.cs", text: "x = \u{1B}[2J await vt; \u{9B}31m\n")
    let f = Finding(
      rule: TestRuns.rule, message: "bad \u{1B}]0;title\u{7}", file: file, range: TestRuns.range(of: "await", in: file))
    let out = FullReporter().render(
      RunResult(findings: [f], summary: RunSummary(files: 1), sources: SourceLookup(files: [file])))
    XCTAssertFalse(out.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B }, out)
    // The replacement keeps one scalar per scalar, so the caret still sits under `await`.
    XCTAssertTrue(out.contains("1 | x = \u{FFFD}[2J await vt; \u{FFFD}31m\n  |          ^^^^^"), out)
  }
}
