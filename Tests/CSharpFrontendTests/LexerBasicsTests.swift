import CSharpFrontend
import XCTest

/// Table tests: identifiers, keywords, numbers, characters, punctuation and operators.
final class LexerBasicsTests: XCTestCase {
  func testKeywordsAndContextualKeywords() {
    XCTAssertEqual(
      LexerTestHelpers.tokens("class async await var record stackalloc namespace interface descending x"),
      [
        tok(.kwClass, "class"), tok(.identifier, "async"), tok(.identifier, "await"), tok(.identifier, "var"),
        tok(.identifier, "record"), tok(.kwStackalloc, "stackalloc"), tok(.kwNamespace, "namespace"),
        tok(.kwInterface, "interface"), tok(.identifier, "descending"), tok(.identifier, "x"),
      ])
    let bytes = Array("await @await awaits Await @class file scoped required".utf8)
    let tokens = Lexer.lex(bytes).tokens
    XCTAssertEqual(tokens.map(\.contextual), [.await, .none, .none, .none, .none, .file, .scoped, .required, .none])
    XCTAssertTrue(tokens[1].flags.contains(.verbatimIdentifier))
    XCTAssertEqual(tokens[4].kind, .identifier)
    XCTAssertEqual(tokens[4].identifierText(in: bytes), "class")
    XCTAssertTrue(tokens[0].isIdentifier("await", in: bytes))
    XCTAssertTrue(tokens[0].text(equals: Array("await".utf8), in: bytes))
    XCTAssertFalse(tokens[2].text(equals: "await", in: bytes))
  }

  func testEveryReservedKeywordHasItsKind() {
    let words = TokenKind.allCases.compactMap { kind -> (TokenKind, String)? in
      let name = "\(kind)"
      guard name.hasPrefix("kw") else { return nil }
      return (kind, name.dropFirst(2).lowercased())
    }
    XCTAssertEqual(words.count, 77)
    for (kind, word) in words {
      XCTAssertEqual(LexerTestHelpers.tokens(word), [tok(kind, word)], word)
      XCTAssertEqual(LexerTestHelpers.tokens("@" + word), [tok(.identifier, "@" + word)], word)
      XCTAssertEqual(LexerTestHelpers.tokens(word + "x"), [tok(.identifier, word + "x")], word)
      XCTAssertEqual(LexerTestHelpers.tokens(word.uppercased()), [tok(.identifier, word.uppercased())], word)
    }
  }

  func testEveryContextualKeywordIsAnIdentifierWithItsKind() {
    for keyword in ContextualKeyword.allCases where keyword != .none {
      let word = "\(keyword)"
      for source in [word, "@" + word, word + "_"] {
        let tokens = Lexer.lex(Array(source.utf8)).tokens
        XCTAssertEqual(tokens.first?.kind, .identifier, source)
        XCTAssertEqual(tokens.first?.contextual, source == word ? keyword : ContextualKeyword.none, source)
      }
    }
  }

  func testIdentifierForms() {
    let source = #"_x x1 été 名前 \u0061bc a\u0062 @\u0063lass a\U00000062c"#
    let bytes = Array(source.utf8)
    let lexed = Lexer.lex(bytes)
    let tokens = Array(lexed.tokens.dropLast())
    XCTAssertEqual(tokens.map(\.kind), Array(repeating: .identifier, count: 8))
    XCTAssertEqual(
      tokens.map { $0.identifierText(in: bytes) }, ["_x", "x1", "été", "名前", "abc", "ab", "class", "abc"])
    XCTAssertEqual(
      tokens.map { $0.flags.contains(.hasUnicodeEscape) }, [false, false, false, false, true, true, true, true])
    XCTAssertTrue(tokens[6].flags.contains(.verbatimIdentifier))
    XCTAssertTrue(lexed.diagnostics.isEmpty, "\(lexed.diagnostics)")
  }

  func testNumbers() {
    let cases: [(String, TokenKind)] = [
      ("0", .integerLiteral), ("123", .integerLiteral), ("1_000_000", .integerLiteral), ("0x1F", .integerLiteral),
      ("0XdeadBEEF", .integerLiteral), ("0x_FF_FF", .integerLiteral), ("0b1010", .integerLiteral),
      ("0B_1_0", .integerLiteral), ("1u", .integerLiteral), ("1U", .integerLiteral), ("1l", .integerLiteral),
      ("1UL", .integerLiteral), ("1lu", .integerLiteral), ("0xFFul", .integerLiteral), ("0b1L", .integerLiteral),
      ("1.5", .realLiteral), (".5", .realLiteral), ("1e10", .realLiteral), ("1E+3", .realLiteral),
      ("1.5e-3", .realLiteral), ("1f", .realLiteral), ("1.0F", .realLiteral), ("2d", .realLiteral),
      ("3.14m", .realLiteral), ("1_0.0_1e1_0", .realLiteral), ("6.02E23d", .realLiteral), (".5e3f", .realLiteral),
    ]
    for (text, kind) in cases {
      XCTAssertEqual(LexerTestHelpers.tokens(text), [tok(kind, text)], text)
      XCTAssertTrue(Lexer.lex(Array(text.utf8)).diagnostics.isEmpty, text)
    }
    XCTAssertEqual(
      LexerTestHelpers.tokens("1..2"), [tok(.integerLiteral, "1"), tok(.dotDot, ".."), tok(.integerLiteral, "2")])
    XCTAssertEqual(
      LexerTestHelpers.tokens("1.ToString()"),
      [
        tok(.integerLiteral, "1"), tok(.dot, "."), tok(.identifier, "ToString"), tok(.openParen, "("),
        tok(.closeParen, ")"),
      ])
    XCTAssertEqual(
      LexerTestHelpers.tokens("x[^1]"),
      [
        tok(.identifier, "x"), tok(.openBracket, "["), tok(.caret, "^"), tok(.integerLiteral, "1"),
        tok(.closeBracket, "]"),
      ])
    // A glued suffix makes one malformed literal with a diagnostic, not a number then a name.
    XCTAssertEqual(LexerTestHelpers.tokens("12abc"), [tok(.integerLiteral, "12abc")])
    XCTAssertEqual(Lexer.lex(Array("12abc".utf8)).diagnostics.count, 1)
  }

  func testCharacterLiterals() {
    for text in [#"'a'"#, #"'\''"#, #"'\\'"#, #"'\n'"#, #"'\u0041'"#, #"'\x41'"#, #"'"'"#, "'é'"] {
      XCTAssertEqual(LexerTestHelpers.tokens(text), [tok(.characterLiteral, text)], text)
    }
    let lexed = Lexer.lex(Array("'a\nb".utf8))
    XCTAssertEqual(lexed.tokens[0].range, .init(0, 2))
    XCTAssertTrue(lexed.tokens[0].flags.contains(.unterminated))
    XCTAssertEqual(lexed.tokens[1].kind, .identifier)
    XCTAssertEqual(lexed.diagnostics.count, 1)
  }

  func testEveryOperator() {
    let table: [(String, TokenKind)] = [
      ("{", .openBrace), ("}", .closeBrace), ("(", .openParen), (")", .closeParen), ("[", .openBracket),
      ("]", .closeBracket), (";", .semicolon), (",", .comma), (".", .dot), (":", .colon), ("::", .doubleColon),
      ("?", .question), ("?.", .questionDot), ("??", .questionQuestion), ("??=", .questionQuestionEquals),
      ("+", .plus), ("-", .minus), ("*", .star), ("/", .slash), ("%", .percent), ("&", .ampersand), ("|", .bar),
      ("^", .caret), ("!", .exclamation), ("~", .tilde), ("=", .equals), ("<", .lessThan), (">", .greaterThan),
      ("++", .plusPlus), ("--", .minusMinus), ("&&", .ampersandAmpersand), ("||", .barBar),
      ("==", .equalsEquals), ("!=", .exclamationEquals), ("<=", .lessThanEquals), (">=", .greaterThanEquals),
      ("+=", .plusEquals), ("-=", .minusEquals), ("*=", .starEquals), ("/=", .slashEquals), ("%=", .percentEquals),
      ("&=", .ampersandEquals), ("|=", .barEquals), ("^=", .caretEquals), ("<<", .lessThanLessThan),
      ("<<=", .lessThanLessThanEquals), (">>=", .greaterThanGreaterThanEquals),
      (">>>=", .greaterThanGreaterThanGreaterThanEquals), ("->", .arrow), ("=>", .fatArrow), ("..", .dotDot),
    ]
    for (text, kind) in table {
      XCTAssertEqual(LexerTestHelpers.tokens(text), [tok(kind, text)], text)
      // Between names too, so no operator swallows its neighbours.
      XCTAssertEqual(
        LexerTestHelpers.tokens("a\(text)b"), [tok(.identifier, "a"), tok(kind, text), tok(.identifier, "b")], text)
    }
  }

  func testShiftsAreNeverOneToken() {
    let bytes = Array("List<List<int>> a >> b >>> c > >d".utf8)
    let tokens = Lexer.lex(bytes).tokens
    let greaters = tokens.filter { $0.kind == .greaterThan }
    XCTAssertEqual(greaters.count, 9)
    // The parser joins `>` tokens that have no trivia between them.
    XCTAssertEqual(
      greaters.map { $0.flags.contains(.hasLeadingTrivia) },
      [false, false, true, false, true, false, false, true, true])
    XCTAssertFalse(tokens.contains { $0.range.length > 1 && $0.kind == .greaterThan })
  }

  func testQuestionDotVersusConditionalWithReal() {
    XCTAssertEqual(
      LexerTestHelpers.tokens("a?.5:1"),
      [
        tok(.identifier, "a"), tok(.question, "?"), tok(.realLiteral, ".5"), tok(.colon, ":"),
        tok(.integerLiteral, "1"),
      ])
    XCTAssertEqual(
      LexerTestHelpers.tokens("a?.b?[0]!"),
      [
        tok(.identifier, "a"), tok(.questionDot, "?."), tok(.identifier, "b"), tok(.question, "?"),
        tok(.openBracket, "["), tok(.integerLiteral, "0"), tok(.closeBracket, "]"), tok(.exclamation, "!"),
      ])
  }

  func testFlags() {
    let bytes = Array("a b\n  c/**/d\r\ne".utf8)
    let tokens = Lexer.lex(bytes).tokens
    XCTAssertEqual(tokens.map { $0.flags.contains(.hasLeadingTrivia) }, [false, true, true, true, true, false])
    XCTAssertEqual(tokens.map { $0.flags.contains(.atStartOfLine) }, [true, false, true, false, true, false])
  }

  func testBadBytesBecomeUnknownTokensAndLexingContinues() {
    let bytes: [UInt8] = Array("a ".utf8) + [0xFF, 0xFE] + Array(" b \\ ` c".utf8) + [0]
    let lexed = Lexer.lex(bytes)
    XCTAssertEqual(
      lexed.tokens.map(\.kind),
      [.identifier, .unknown, .identifier, .unknown, .unknown, .identifier, .unknown, .endOfFile])
    XCTAssertEqual(lexed.tokens[1].range, .init(2, 4), "consecutive invalid bytes form one token")
    XCTAssertEqual(lexed.diagnostics.count, 4)
  }

  func testByteOrderMarkIsTrivia() {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("x".utf8)
    let lexed = Lexer.lex(bytes)
    XCTAssertEqual(lexed.trivia.first?.kind, .byteOrderMark)
    XCTAssertEqual(lexed.tokens.first?.range, .init(3, 4))
    XCTAssertTrue(lexed.diagnostics.isEmpty)
  }

  func testUnicodeWhitespaceAndLineBreaks() {
    let trivia = LexerTestHelpers.trivia("a\u{00A0}b\u{2028}c\u{3000}\u{2003}d")
    XCTAssertEqual(trivia.map(\.0), [.whitespace, .newline, .whitespace])
    XCTAssertEqual(LexerTestHelpers.tokens("a\u{00A0}b").count, 2)
  }
}
