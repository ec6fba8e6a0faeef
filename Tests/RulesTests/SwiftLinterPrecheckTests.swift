import Analysis
import SourceModel
import SwiftFrontend
import VTLintTestSupport
import XCTest

@testable import Rules

/// The Swift linter parses only files whose tokens name something the analysis looks for. These tests
/// pin what that costs (parser diagnostics of skipped files) and that it changes no finding.
final class SwiftLinterPrecheckTests: XCTestCase {
  private func lint(_ code: String, alwaysParse: Bool = false) -> FileLintResult {
    SwiftLinter().lint(SourceFileFactory.swift(code), alwaysParse: alwaysParse)
  }

  func testFileWithoutTriggersKeepsLexerDiagnosticsAndComments() {
    let code = "// note\nlet s = \"open\nfunc f( {\n"
    let skipped = lint(code)
    let parsed = lint(code, alwaysParse: true)
    // The unterminated string is the lexer's: reported either way.
    XCTAssertTrue(skipped.syntaxDiagnostics.contains { $0.message.contains("unterminated") })
    XCTAssertEqual(skipped.comments, parsed.comments)
    XCTAssertEqual(skipped.comments.count, 1)
    // The broken parameter list is the parser's: only reported when the file is parsed.
    XCTAssertGreaterThan(parsed.syntaxDiagnostics.count, skipped.syntaxDiagnostics.count)
    XCTAssertTrue(Set(skipped.syntaxDiagnostics).isSubset(of: Set(parsed.syntaxDiagnostics)))
  }

  func testFileWithTriggersIsParsedAndDiagnosed() {
    let code = "func f() async { sem.wait() }\nfunc g( {\n"
    let result = lint(code)
    XCTAssertEqual(result.syntaxDiagnostics, lint(code, alwaysParse: true).syntaxDiagnostics)
    XCTAssertFalse(result.syntaxDiagnostics.isEmpty)
    XCTAssertEqual(result.findings.map(\.ruleID), ["VT0103"])
  }

  func testDirectiveMentionIsFoundOnlyInsideTheRange() {
    let bytes = Array("vtlint:a vtlint b // vtlint:disable x vtlint:".utf8)
    XCTAssertTrue(ByteSearch.contains(bytes, ByteRange(0, 7), ByteSearch.vtlintDirective))
    XCTAssertFalse(ByteSearch.contains(bytes, ByteRange(0, 6), ByteSearch.vtlintDirective))
    XCTAssertFalse(ByteSearch.contains(bytes, ByteRange(1, 17), ByteSearch.vtlintDirective))
    XCTAssertTrue(ByteSearch.contains(bytes, ByteRange(15, 30), ByteSearch.vtlintDirective))
    XCTAssertTrue(ByteSearch.contains(bytes, ByteRange(38, bytes.count), ByteSearch.vtlintDirective))
    XCTAssertFalse(ByteSearch.contains(bytes, ByteRange(39, bytes.count), ByteSearch.vtlintDirective))
    XCTAssertFalse(ByteSearch.contains(bytes, ByteRange(40, 500), ByteSearch.vtlintDirective))
  }

  /// On every Swift fixture and rule example, the pre-check changes no finding, diagnostic or comment
  /// except parser diagnostics of files it skipped.
  func testPrecheckChangesNoFindingOnFixturesAndExamples() throws {
    var files = try FixtureProjects.projects().flatMap { $0 }.filter { $0.hasSuffix(".swift") }.map {
      try FixtureProjects.load([$0])[0]
    }
    for rule in RuleRegistry.all where rule.languages.contains(.swift) {
      for (index, example) in rule.examples.enumerated() {
        files.append(SourceFile(path: "\(rule.id)-\(index).swift", text: example.code))
      }
    }
    XCTAssertGreaterThan(files.count, 20)
    var findings = 0
    for file in files {
      let checked = SwiftLinter().lint(file, alwaysParse: false)
      let full = SwiftLinter().lint(file, alwaysParse: true)
      XCTAssertEqual(checked.findings, full.findings, file.path)
      XCTAssertEqual(checked.comments, full.comments, file.path)
      let lexed = SwiftFrontend.Lexer.lex(file.bytes).diagnostics
      if checked.syntaxDiagnostics != full.syntaxDiagnostics {
        XCTAssertEqual(checked.syntaxDiagnostics, lexed, file.path)
        XCTAssertTrue(checked.findings.isEmpty, file.path)
      }
      findings += full.findings.count
    }
    XCTAssertGreaterThan(findings, 20)
  }
}
