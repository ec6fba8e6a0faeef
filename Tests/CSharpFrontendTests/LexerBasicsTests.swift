import CSharpFrontend
import XCTest

/// Table tests: identifiers, keywords, numbers, punctuation.
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
    XCTAssertEqual(tokens[1].flags.contains(.verbatimIdentifier), true)
    XCTAssertEqual(tokens[4].kind, .identifier)
    XCTAssertEqual(tokens[4].identifierText(in: bytes), "class")
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
    }
  }

  func testEveryContextualKeywordIsAnIdentifierWithItsKind() {
    for keyword in ContextualKeyword.allCases where keyword != .none {
      let word = "\(keyword)"
      let bytes = Array(word.utf8)
      let tokens = Lexer.lex(bytes).tokens
      XCTAssertEqual(tokens.first?.kind, .identifier, word)
      XCTAssertEqual(tokens.first?.contextual, keyword, word)
    }
  }
}
