import CSharpFrontend
import XCTest

/// Table tests: comments, directives and conditional sections.
final class LexerTriviaTests: XCTestCase {
  func testComments() {
    let trivia = LexerTestHelpers.trivia("// a\n/// b\n//// c\n/* d */ /** e */ /**/ /***/ x /* open")
    XCTAssertEqual(
      trivia.filter { $0.0 != .whitespace && $0.0 != .newline }.map { "\($0.0) \($0.1)" },
      [
        "lineComment // a", "docLineComment /// b", "lineComment //// c", "blockComment /* d */",
        "docBlockComment /** e */", "blockComment /**/", "docBlockComment /***/", "blockComment /* open",
      ])
    XCTAssertEqual(Lexer.lex(Array("/* open".utf8)).diagnostics.count, 1)
  }

  func testDirectivesAreTriviaWithoutTheirNewline() {
    let trivia = LexerTestHelpers.trivia("#region R\r\n  #pragma warning disable VT0001 // why\nx\n#endregion")
    XCTAssertEqual(
      trivia.map { "\($0.0) \($0.1.debugDescription)" },
      [
        "directive \"#region R\"", "newline \"\\r\\n\"", "whitespace \"  \"",
        "directive \"#pragma warning disable VT0001 // why\"", "newline \"\\n\"", "newline \"\\n\"",
        "directive \"#endregion\"",
      ])
    XCTAssertTrue(Lexer.lex(Array("#nullable enable\n#line 1\n#error e\n#warning w\n".utf8)).diagnostics.isEmpty)
  }

  func testHashOnlyStartsADirectiveAtLineStart() {
    XCTAssertEqual(
      LexerTestHelpers.tokens("a #if X\nb").map(\.kind), [.identifier, .hash, .kwIf, .identifier, .identifier])
    XCTAssertEqual(LexerTestHelpers.tokens("/* c */ #if X\nb").first?.kind, .hash)
    // Inside a multi-line string a `#` line is text.
    XCTAssertEqual(LexerTestHelpers.tokens("@\"\n#if X\n\"").map(\.kind), [.stringLiteral])
  }

  func testConditionalSections() {
    let source = """
      #if A
      a
      #elif B
      b
      #else
      c
      #endif
      """
    XCTAssertEqual(code(source), ["c"])
    XCTAssertEqual(code(source, ["A"]), ["a"])
    XCTAssertEqual(code(source, ["B"]), ["b"])
    XCTAssertEqual(code(source, ["A", "B"]), ["a"])
    let kinds = LexerTestHelpers.trivia(source).map(\.0)
    XCTAssertEqual(kinds.filter { $0 == .disabledText }.count, 2)
    XCTAssertEqual(kinds.filter { $0 == .directive }.count, 4)
  }

  func testConditionExpressions() {
    let cases: [(String, Set<String>, Bool)] = [
      ("true", [], true), ("false", [], false), ("A", [], false), ("A", ["A"], true), ("!A", [], true),
      ("A && B", ["A"], false), ("A || B", ["B"], true), ("A == B", [], true), ("A != B", ["A"], true),
      ("(A || B) && !C", ["B"], true), ("(A || B) && !C", ["B", "C"], false), ("!(A && (B || true))", ["A"], false),
      ("DEBUG // comment", ["DEBUG"], true), ("A == true", ["A"], true),
      ("NET8_0_OR_GREATER", ["NET8_0_OR_GREATER"], true),
    ]
    for (condition, symbols, expected) in cases {
      let source = "#if \(condition)\nyes\n#else\nno\n#endif\n"
      XCTAssertEqual(code(source, symbols), [expected ? "yes" : "no"], "\(condition) with \(symbols)")
      XCTAssertTrue(Lexer.lex(Array(source.utf8), options: LexerOptions(definedSymbols: symbols)).diagnostics.isEmpty)
    }
    let malformed = Lexer.lex(Array("#if (A\nx\n#endif".utf8))
    XCTAssertEqual(malformed.diagnostics.count, 1)
  }

  func testDefineAndUndef() {
    XCTAssertEqual(code("#define X\n#if X\nx\n#endif\n#undef X\n#if X\ny\n#endif"), ["x"])
    XCTAssertEqual(code("#if false\n#define X\n#endif\n#if X\nx\n#endif"), [])
  }

  func testNestedConditionalsInsideDisabledRegions() {
    let source = "#if A\n#if B\nab\n#else\nnb\n#endif\na\n#else\nz\n#endif\nend"
    XCTAssertEqual(code(source), ["z", "end"])
    XCTAssertEqual(code(source, ["A"]), ["nb", "a", "end"])
    XCTAssertEqual(code(source, ["A", "B"]), ["ab", "a", "end"])
  }

  func testDisabledTextIsNeverCode() {
    let source = "#if NEVER\nclass \"unterminated { /* \n#region x\n#endif\nreal"
    let lexed = Lexer.lex(Array(source.utf8))
    XCTAssertEqual(code(source), ["real"])
    XCTAssertTrue(lexed.diagnostics.isEmpty, "\(lexed.diagnostics)")
    // The disabled region is one piece, and the unterminated string and comment in it raise nothing.
    XCTAssertEqual(
      LexerTestHelpers.trivia(source).filter { $0.0 == .disabledText }.map(\.1),
      ["class \"unterminated { /* \n#region x\n"])
  }

  func testUnbalancedDirectivesAreDiagnosedAndLexingContinues() {
    let lexed = Lexer.lex(Array("#endif\nx\n#if A\ny".utf8))
    XCTAssertEqual(lexed.diagnostics.count, 2)
    XCTAssertEqual(code("#endif\nx\n#if A\ny"), ["x"])
    XCTAssertEqual(Lexer.lex(Array("#else\n#elif X\n#bogus\n".utf8)).diagnostics.count, 3)
  }

  func testMergeConflictMarkersAreSkipped() {
    let source = "<<<<<<< HEAD\nint a;\n=======\n>>>>>>> b\n"
    XCTAssertEqual(LexerTestHelpers.trivia(source).filter { $0.0 == .skipped }.count, 3)
    XCTAssertEqual(Lexer.lex(Array(source.utf8)).diagnostics.count, 3)
  }

  /// The identifiers of `source` that are live code.
  func code(_ source: String, _ symbols: Set<String> = []) -> [String] {
    LexerTestHelpers.tokens(source, options: LexerOptions(definedSymbols: symbols)).filter { $0.kind == .identifier }
      .map(\.text)
  }
}
