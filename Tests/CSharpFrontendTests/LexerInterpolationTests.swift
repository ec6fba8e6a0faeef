import CSharpFrontend
import XCTest

/// Table tests: interpolated strings as token sequences (start, text, holes, format, end).
final class LexerInterpolationTests: XCTestCase {
  func testHoleWithAlignmentAndFormat() {
    XCTAssertEqual(
      LexerTestHelpers.tokens(#"$"a{b,-3:N2}c""#),
      [
        tok(.interpolatedStringStart, "$\""), tok(.interpolatedStringText, "a"), tok(.interpolationStart, "{"),
        tok(.identifier, "b"), tok(.comma, ","), tok(.minus, "-"), tok(.integerLiteral, "3"),
        tok(.interpolationFormat, ":N2"), tok(.interpolationEnd, "}"), tok(.interpolatedStringText, "c"),
        tok(.interpolatedStringEnd, "\""),
      ])
  }

  func testEscapedBracesAndEmpty() {
    XCTAssertEqual(
      LexerTestHelpers.tokens(#"$"{{x}} \"q\" \{""#),
      [
        tok(.interpolatedStringStart, "$\""), tok(.interpolatedStringText, #"{{x}} \"q\" \{"#),
        tok(.interpolatedStringEnd, "\""),
      ])
    XCTAssertEqual(
      LexerTestHelpers.tokens(#"$"""#), [tok(.interpolatedStringStart, "$\""), tok(.interpolatedStringEnd, "\"")])
  }

  func testDepthZeroColonAndCommaOnly() {
    // `?:` needs parentheses inside a hole; a `:` inside them is not the format. `::` is not a format.
    XCTAssertEqual(
      LexerTestHelpers.tokens(#"$"{(a ? b : c)}{global::X.Y}{f(1, 2)}{d[1]:x}""#).map(\.kind),
      [
        .interpolatedStringStart, .interpolationStart, .openParen, .identifier, .question, .identifier, .colon,
        .identifier, .closeParen, .interpolationEnd, .interpolationStart, .identifier, .doubleColon, .identifier,
        .dot, .identifier, .interpolationEnd, .interpolationStart, .identifier, .openParen, .integerLiteral,
        .comma, .integerLiteral, .closeParen, .interpolationEnd, .interpolationStart, .identifier, .openBracket,
        .integerLiteral, .closeBracket, .interpolationFormat, .interpolationEnd, .interpolatedStringEnd,
      ])
  }

  func testNestedStringsInsideHoles() {
    XCTAssertEqual(
      LexerTestHelpers.tokens(#"$"{"}"}{$"in{x}"}{'}'}{new[] { 1 }.Length}""#),
      [
        tok(.interpolatedStringStart, "$\""), tok(.interpolationStart, "{"), tok(.stringLiteral, #""}""#),
        tok(.interpolationEnd, "}"), tok(.interpolationStart, "{"), tok(.interpolatedStringStart, "$\""),
        tok(.interpolatedStringText, "in"), tok(.interpolationStart, "{"), tok(.identifier, "x"),
        tok(.interpolationEnd, "}"), tok(.interpolatedStringEnd, "\""), tok(.interpolationEnd, "}"),
        tok(.interpolationStart, "{"), tok(.characterLiteral, "'}'"), tok(.interpolationEnd, "}"),
        tok(.interpolationStart, "{"), tok(.kwNew, "new"), tok(.openBracket, "["), tok(.closeBracket, "]"),
        tok(.openBrace, "{"), tok(.integerLiteral, "1"), tok(.closeBrace, "}"), tok(.dot, "."),
        tok(.identifier, "Length"), tok(.interpolationEnd, "}"), tok(.interpolatedStringEnd, "\""),
      ])
  }

  func testVerbatimInterpolated() {
    for opener in ["$@\"", "@$\""] {
      XCTAssertEqual(
        LexerTestHelpers.tokens(opener + "a\"\"\n{x}\\\""),
        [
          tok(.interpolatedStringStart, opener), tok(.interpolatedStringText, "a\"\"\n"),
          tok(.interpolationStart, "{"), tok(.identifier, "x"), tok(.interpolationEnd, "}"),
          tok(.interpolatedStringText, "\\"), tok(.interpolatedStringEnd, "\""),
        ], opener)
    }
  }

  func testRawInterpolated() {
    XCTAssertEqual(
      LexerTestHelpers.tokens(#"$"""a{x}"b""""#),
      [
        tok(.interpolatedStringStart, #"$""""#), tok(.interpolatedStringText, "a"), tok(.interpolationStart, "{"),
        tok(.identifier, "x"), tok(.interpolationEnd, "}"), tok(.interpolatedStringText, "\"b"),
        tok(.interpolatedStringEnd, #"""""#),
      ])
    // Two dollars: `{{` opens a hole, a single brace is text, and `{{{x}}}` is a brace around a hole.
    XCTAssertEqual(
      LexerTestHelpers.tokens(#"$$"""{x} {{y:F2}} {{{z}}}""""#),
      [
        tok(.interpolatedStringStart, #"$$""""#), tok(.interpolatedStringText, "{x} "),
        tok(.interpolationStart, "{{"), tok(.identifier, "y"), tok(.interpolationFormat, ":F2"),
        tok(.interpolationEnd, "}}"), tok(.interpolatedStringText, " {"), tok(.interpolationStart, "{{"),
        tok(.identifier, "z"), tok(.interpolationEnd, "}}"), tok(.interpolatedStringText, "}"),
        tok(.interpolatedStringEnd, #"""""#),
      ])
    // Multi-line, with a dictionary initializer's braces inside the hole.
    XCTAssertEqual(
      LexerTestHelpers.tokens("$$\"\"\"\n  {{new D { [1] = 2 }}}\n  \"\"\"").map(\.kind),
      [
        .interpolatedStringStart, .interpolatedStringText, .interpolationStart, .kwNew, .identifier, .openBrace,
        .openBracket, .integerLiteral, .closeBracket, .equals, .integerLiteral, .closeBrace, .interpolationEnd,
        .interpolatedStringText, .interpolatedStringEnd,
      ])
  }

  func testUnterminatedInterpolations() {
    // Single-line form ends at the line break with an empty, flagged end token.
    let bytes = Array("$\"abc\nx".utf8)
    let lexed = Lexer.lex(bytes)
    XCTAssertEqual(
      lexed.tokens.map(\.kind),
      [.interpolatedStringStart, .interpolatedStringText, .interpolatedStringEnd, .identifier, .endOfFile])
    XCTAssertTrue(lexed.tokens[2].range.isEmpty)
    XCTAssertTrue(lexed.tokens[2].flags.contains(.unterminated))
    XCTAssertEqual(lexed.diagnostics.count, 1)

    // An open hole at end of file closes with empty end tokens before the trailing trivia.
    let open = Lexer.lex(Array("$\"{x  ".utf8))
    XCTAssertEqual(
      open.tokens.map(\.kind),
      [
        .interpolatedStringStart, .interpolationStart, .identifier, .interpolationEnd, .interpolatedStringEnd,
        .endOfFile,
      ])
    XCTAssertEqual(open.tokens[3].range, .init(4, 4))
    XCTAssertEqual(open.tokens[5].leadingTrivia.count, 1)
    XCTAssertFalse(open.diagnostics.isEmpty)

    for text in ["$\"{", "$\"{x:", "$$\"\"\"{{x}", "$@\"{(", "$\"{$\"{$\"{", "@$\"\"\"", "$\"\"\"\n{x}\n\"\""] {
      XCTAssertNil(LexerTestHelpers.tilingProblem(Array(text.utf8)), text)
    }
  }

  func testDeepNestingDoesNotRecurse() {
    let depth = 20_000
    let source = String(repeating: "$\"{", count: depth) + "x" + String(repeating: "}\"", count: depth)
    let lexed = Lexer.lex(Array(source.utf8))
    XCTAssertEqual(lexed.tokens.count, depth * 4 + 2)
    XCTAssertTrue(lexed.diagnostics.isEmpty)
  }
}
