import Foundation
import Rules
import SourceModel
import XCTest

@testable import LintDriver

/// Suppression directives, applied to synthetic findings (any registered rule will do: the grammar does not
/// depend on the rule) in C# sources whose comments come from the real lexer.
final class SuppressionTests: XCTestCase {
  /// Lints `source` with one VT9003 finding on each line in `findingLines`, and returns what survives:
  /// (kept lines, suppressed count, directive findings as "line:rule").
  private func apply(
    _ source: String, findingLines: [Int], rule: RuleDescription = .syntaxError,
    options: SuppressionParser.Options = .init(), language: Language = .csharp
  ) -> (kept: [Int], suppressed: Int, directives: [String]) {
    let file = SourceFile(path: language == .csharp ? "T.cs" : "T.swift", text: source, language: language)
    var result = Linters.linter(for: language).lint(file, index: .init(), options: .init())
    result.findings = []
    let findings = findingLines.map { line -> Finding in
      let start = Int(file.lines.lineStarts[line - 1])
      return Finding(rule: rule, message: "synthetic", file: file, range: ByteRange(start, start + 1))
    }
    let outcome = SuppressionFilter.apply(
      findings: findings, file: file, result: result, options: options, activeRules: { _ in true })
    return (
      outcome.kept.map(\.start.line), outcome.suppressedCount,
      outcome.directiveFindings.map { "\($0.start.line):\($0.ruleID)" }.sorted()
    )
  }

  func testNextThisPrevious() {
    let source = """
      class A {
        // vtlint:disable:next VT9003 -- parser gap
        int a;
        int b; // vtlint:disable:this syntax-error
        int c;
        // vtlint:disable:previous VT9003
        int d;
      }
      """
    let r = apply(source, findingLines: [3, 4, 5, 7])
    XCTAssertEqual(r.kept, [7])
    XCTAssertEqual(r.suppressed, 3)
    XCTAssertEqual(r.directives, [])
  }

  /// `next` skips blank and comment-only lines; `previous` skips them backwards.
  func testNextSkipsCommentsAndBlankLines() {
    let source = "class A {\n  // vtlint:disable:next VT9003\n\n  // explanation\n  int a;\n  int b;\n}\n"
    let r = apply(source, findingLines: [5, 6])
    XCTAssertEqual(r.kept, [6])
  }

  /// The inner lines of a block comment are comment whatever their text, so `next` and `previous` skip
  /// them too (line 4 reads like code).
  func testNextAndPreviousSkipTheInnerLinesOfABlockComment() {
    let source =
      "class A {\n  // vtlint:disable:next VT9003\n  /*\n  int notCode;\n  */\n  int a;\n  int b;\n"
      + "  /*\n  int notCode;\n  */\n  // vtlint:disable:previous VT9003\n}\n"
    let r = apply(source, findingLines: [6, 7])
    XCTAssertEqual(r.kept, [])
    XCTAssertEqual(r.suppressed, 2)
  }

  func testRangesAndUnterminatedRange() {
    let source = """
      class A {
        // vtlint:disable VT9003
        int a;
        int b;
        // vtlint:enable VT9003
        int c;
        /* vtlint:disable syntax-error */
        int d;
      }
      """
    let r = apply(source, findingLines: [3, 4, 6, 8])
    XCTAssertEqual(r.kept, [6])
    XCTAssertEqual(r.suppressed, 3)
  }

  func testAllSilencesEveryRule() {
    let r = apply("class A {\n  int a; // vtlint:disable:this all\n}\n", findingLines: [2])
    XCTAssertEqual(r.kept, [])
  }

  func testUnusedAndInvalid() {
    let source = """
      class A {
        // vtlint:disable:next VT9003
        int a;
        // vtlint:disable:next VT9999
        int b;
        // vtlint:disable:nxt VT9003
        int c;
        // vtlint:disable:next
        int d;
        int e; // vtlint:disable:this VT9003
      }
      """
    let r = apply(source, findingLines: [10])
    XCTAssertEqual(r.kept, [])
    XCTAssertEqual(r.directives, ["2:VT9000", "4:VT9004", "6:VT9004", "8:VT9004"])
  }

  /// A mention of vtlint: inside a string or in prose is not a directive.
  func testOnlyDirectivesAtCommentStartCount() {
    let source = "class A {\n  string s = \"// vtlint:disable:next VT9003\";\n  int a; // see vtlint:disable docs\n}\n"
    let r = apply(source, findingLines: [3])
    XCTAssertEqual(r.kept, [3])
    XCTAssertEqual(r.directives, [])
  }

  func testPragmaRanges() {
    let source = """
      class A {
      #pragma warning disable VT9003, CS1591
        int a;
      #pragma warning restore VT9003
        int b;
      #pragma warning disable VT9003 // trailing comment
        int c;
      }
      """
    let r = apply(source, findingLines: [3, 5, 7])
    XCTAssertEqual(r.kept, [5])
    XCTAssertEqual(r.directives, [])
  }

  func testBareRestoreEndsEveryPragmaRange() {
    let source = "class A {\n#pragma warning disable VT9003\n  int a;\n#pragma warning restore\n  int b;\n}\n"
    XCTAssertEqual(apply(source, findingLines: [3, 5]).kept, [5])
  }

  func testPragmaUnknownVTIsInvalidAndUnusedIsReported() {
    let source = "class A {\n#pragma warning disable VT9876\n#pragma warning disable VT9003\n  int a;\n}\n"
    let r = apply(source, findingLines: [])
    XCTAssertEqual(r.directives, ["2:VT9004", "3:VT9000"])
  }

  /// A bare `#pragma warning disable` does not silence vtlint unless configured to, and is never "unused".
  func testBarePragma() {
    let source = "class A {\n#pragma warning disable\n  int a;\n}\n"
    XCTAssertEqual(apply(source, findingLines: [3]).kept, [3])
    var options = SuppressionParser.Options()
    options.honorBarePragma = true
    XCTAssertEqual(apply(source, findingLines: [3], options: options).kept, [])
    XCTAssertEqual(apply(source, findingLines: [], options: options).directives, [])
  }

  /// `#pragma warning disable CA2012` silences the rules that list CA2012 as equivalent, and no others.
  func testExternalIDsMapThroughEquivalents() {
    let source = "class A {\n#pragma warning disable CA2012\n  int a;\n}\n"
    let mapped = RuleRegistry.all.first { $0.equivalentExternalIDs.contains("CA2012") }
    if let mapped {
      XCTAssertEqual(apply(source, findingLines: [3], rule: mapped).kept, [])
    }
    // VT9003 is not covered by CA2012.
    XCTAssertEqual(apply(source, findingLines: [3]).kept, [3])
    XCTAssertEqual(apply(source, findingLines: []).directives, [], "an external pragma is never reported unused")
  }

  func testSuppressMessageAttribute() {
    let source = "class A {\n  void M() {\n    int a;\n  }\n  int b;\n}\n"
    let file = SourceFile(path: "T.cs", text: source, language: .csharp)
    var result = FileLintResult()
    let scopeStart = Int(file.lines.lineStarts[1])
    let scopeEnd = Int(file.lines.lineStarts[4])
    result.attributeSuppressions = [
      AttributeSuppression(
        scope: ByteRange(scopeStart, scopeEnd), ruleKey: "VT9003:syntax-error", range: ByteRange(0, 5)),
      AttributeSuppression(scope: ByteRange(scopeStart, scopeEnd), ruleKey: "VT4242", range: ByteRange(0, 5)),
    ]
    let findings = [3, 5].map { line -> Finding in
      let start = Int(file.lines.lineStarts[line - 1])
      return Finding(rule: .syntaxError, message: "x", file: file, range: ByteRange(start + 4, start + 5))
    }
    let outcome = SuppressionFilter.apply(
      findings: findings, file: file, result: result, options: .init(), activeRules: { _ in true })
    XCTAssertEqual(outcome.kept.map(\.start.line), [5])
    XCTAssertEqual(outcome.directiveFindings.map(\.ruleID), ["VT9004"])
  }

  /// End to end: a real VT9002 finding (invalid UTF-8) silenced by a directive, counted as suppressed.
  func testInvalidEncodingSuppressedEndToEnd() throws {
    let t = try TempTree()
    var bytes = Array("class A {\n  // vtlint:disable:next invalid-encoding\n  string s = \"".utf8)
    bytes += [0xC3, 0x28]
    bytes += Array("\";\n}\n".utf8)
    try Data(bytes).write(to: t.root.appendingPathComponent("a.cs"))
    let r = try t.run(["--strict", "a.cs"])
    XCTAssertEqual(r.code, 0, r.stdout + r.stderr)
    XCTAssertTrue(r.stderr.contains("1 suppressed"), r.stderr)
    var plain = Array("class B {\n  string s = \"".utf8)
    plain += [0xC3, 0x28]
    plain += Array("\";\n}\n".utf8)
    try Data(plain).write(to: t.root.appendingPathComponent("b.cs"))
    let unsuppressed = try t.run(["--strict", "b.cs"])
    XCTAssertEqual(unsuppressed.code, 1)
    XCTAssertTrue(unsuppressed.stdout.hasPrefix("b.cs:2:15: warning: [WARNING]"), unsuppressed.stdout)
    XCTAssertTrue(unsuppressed.stdout.contains("[VT9002 invalid-encoding]"), unsuppressed.stdout)
  }

  /// End to end: `[SuppressMessage("vtlint", …)]` read by the C# front end silences a real VT0001 on the
  /// member it sits on, and only there; an attribute naming an unknown rule is VT9004.
  func testSuppressMessageAttributeEndToEnd() throws {
    let t = try TempTree()
    let source = """
      using System.Diagnostics.CodeAnalysis;
      using System.Threading.Tasks;

      public interface ISource { ValueTask<int> NextAsync(); }

      public class Reader
      {
          [SuppressMessage("vtlint", "VT0001:consumed-twice", Justification = "the source is not pooled")]
          public async Task<int> SignedOffAsync(ISource s)
          {
              ValueTask<int> t = s.NextAsync();
              return await t + await t;
          }

          public async Task<int> NotSignedOffAsync(ISource s)
          {
              ValueTask<int> t = s.NextAsync();
              return await t + await t;
          }

          [SuppressMessage("vtlint", "VT4242")]
          public void Other() { }
      }
      """
    try Data(source.utf8).write(to: t.root.appendingPathComponent("a.cs"))
    let r = try t.run(["a.cs"])
    XCTAssertEqual(r.code, 1, r.stdout + r.stderr)
    let lines = r.stdout.split(separator: "\n").map(String.init)
    XCTAssertEqual(lines.filter { $0.contains("[VT0001 consumed-twice]") }.map { $0.prefix(8) }, ["a.cs:18:"], r.stdout)
    XCTAssertTrue(lines.contains { $0.hasPrefix("a.cs:21:") && $0.contains("VT9004") }, r.stdout)
    XCTAssertTrue(r.stderr.contains("1 suppressed"), r.stderr)
  }
}
