import CSharpFrontend
import XCTest

/// Table tests: regular, verbatim and raw string literals, `u8`, and unterminated forms.
final class LexerStringTests: XCTestCase {
  func testWholeStringLiterals() {
    let cases = [
      #""""#, #""abc""#, #""a\"b""#, #""\\""#, #""\u0041\x41\n""#, #""// not a comment""#, #""abc"u8"#,
      #""abc"U8"#, #"@"c:\dir\""#, "@\"say \"\"hi\"\"\"", "@\"multi\nline\"", #""""raw""""#, "\"\"\"\"a\"\"\"b\"\"\"\"",
      "\"\"\"\n  multi\n  \"\" line\n  \"\"\"", "\"\"\"\"\n  has \"\"\" inside\n  \"\"\"\"", #""""raw"""u8"#,
      "\"\"\"   \n x\n \"\"\"",
    ]
    for text in cases {
      let lexed = Lexer.lex(Array(text.utf8))
      XCTAssertEqual(LexerTestHelpers.tokens(text), [tok(.stringLiteral, text)], text)
      XCTAssertTrue(lexed.diagnostics.isEmpty, "\(text): \(lexed.diagnostics)")
    }
  }

  func testStringsNextToOtherTokens() {
    XCTAssertEqual(
      LexerTestHelpers.tokens(#"f("a", @"b", """c""");"#),
      [
        tok(.identifier, "f"), tok(.openParen, "("), tok(.stringLiteral, #""a""#), tok(.comma, ","),
        tok(.stringLiteral, #"@"b""#), tok(.comma, ","), tok(.stringLiteral, #""""c""""#), tok(.closeParen, ")"),
        tok(.semicolon, ";"),
      ])
  }

  func testUnterminatedStrings() {
    let cases: [(String, String)] = [
      ("\"abc\nx", "\"abc"), ("\"abc\\", "\"abc\\"), ("@\"abc\n", "@\"abc\n"), ("\"\"\"\nabc", "\"\"\"\nabc"),
      ("\"\"\"abc\nx", "\"\"\"abc"), ("\"", "\""),
    ]
    for (text, first) in cases {
      let bytes = Array(text.utf8)
      let lexed = Lexer.lex(bytes)
      XCTAssertEqual(lexed.tokens[0].kind, .stringLiteral, text)
      XCTAssertEqual(lexed.tokens[0].sourceText(in: bytes), first, text.debugDescription)
      XCTAssertTrue(lexed.tokens[0].flags.contains(.unterminated), text)
      XCTAssertEqual(lexed.diagnostics.count, 1, text)
      XCTAssertNil(LexerTestHelpers.tilingProblem(bytes), text)
    }
  }

  func testCommentsInsideStringsAreText() {
    XCTAssertTrue(LexerTestHelpers.trivia(#"x = "/* no */ // no";"#).allSatisfy { $0.0 == .whitespace })
  }
}
