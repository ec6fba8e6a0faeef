import CSharpFrontend
import SourceModel
import XCTest

/// The lexer reads identifiers, keywords and spaces eight bytes at a time when at least eight bytes
/// remain. These tests put each case both far from and near the end of the buffer, at every offset within
/// a word, so the word path and the byte path must agree.
final class LexerWordScanTests: XCTestCase {
  /// Every keyword, alone in a long buffer and at its end, at each offset within a word.
  func testKeywordsAtEveryAlignmentAndNearTheEnd() {
    var words: [(String, TokenKind, ContextualKeyword)] = []
    for kind in TokenKind.allCases where "\(kind)".hasPrefix("kw") {
      words.append(("\(kind)".dropFirst(2).lowercased(), kind, .none))
    }
    for keyword in ContextualKeyword.allCases where keyword != .none {
      words.append(("\(keyword)", .identifier, keyword))
    }
    XCTAssertEqual(words.count, 123)
    let spelled = Set(words.map(\.0))
    for (word, kind, contextual) in words {
      for lead in 0..<8 {
        let prefix = String(repeating: " ", count: lead)
        for source in [prefix + word + " ;          ", prefix + word, prefix + word + ";"] {
          let first = Lexer.lex(Array(source.utf8)).tokens[0]
          XCTAssertEqual(first.kind, kind, source.debugDescription)
          XCTAssertEqual(first.contextual, contextual, source.debugDescription)
        }
        // One letter more or less, or a changed last letter, is a plain name (unless it spells another).
        for variant in [word + "s", String(word.dropLast()), String(word.dropLast()) + "Q", word + "xy"]
        where !spelled.contains(variant) {
          for source in [prefix + variant + " ;          ", prefix + variant] {
            let first = Lexer.lex(Array(source.utf8)).tokens[0]
            XCTAssertEqual(first.kind, .identifier, source.debugDescription)
            XCTAssertEqual(first.contextual, ContextualKeyword.none, source.debugDescription)
          }
        }
      }
    }
  }

  /// An identifier ends exactly at the first byte that is not an ASCII letter, digit or `_`, for every
  /// byte value, wherever it falls in a word.
  func testIdentifierEndsAtTheFirstNonIdentifierByte() {
    for b in 0..<256 {
      let byte = UInt8(b)
      let continues = (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == 0x5F
      for length in 1...17 {
        // `q…`: no keyword starts with `q`, so every prefix is a plain name.
        let name = Array(repeating: UInt8(ascii: "q"), count: length)
        for tail in [Array("zz;                 ".utf8), []] {
          let bytes = name + [byte] + tail
          let first = Lexer.lex(bytes).tokens[0]
          XCTAssertEqual(first.kind, .identifier, "byte \(b) after \(length) letters")
          let expectedEnd = continues ? length + 1 + (tail.isEmpty ? 0 : 2) : length
          XCTAssertEqual(Int(first.range.end), expectedEnd, "byte \(b) after \(length) letters, tail \(tail.count)")
          XCTAssertNil(LexerTestHelpers.tilingProblem(bytes), "byte \(b)")
        }
      }
    }
  }

  /// Runs of spaces of every length, ended by each kind of byte, are one whitespace piece each; the
  /// indentation after a line break is its own piece.
  func testSpaceRunsOfEveryLength() {
    for length in 1...20 {
      let spaces = String(repeating: " ", count: length)
      for end in ["x", "\t x", "\u{00A0}x", "\n", "", "//c"] {
        let source = "a" + spaces + end + (end.isEmpty ? "" : "          ")
        let pieces = LexerTestHelpers.trivia(source)
        XCTAssertEqual(pieces.first?.0, .whitespace, source.debugDescription)
        let expected = end.hasPrefix("\t") || end.hasPrefix("\u{00A0}") ? spaces + end.dropLast() : spaces
        XCTAssertEqual(pieces.first?.1, expected, source.debugDescription)
        XCTAssertNil(LexerTestHelpers.tilingProblem(Array(source.utf8)), source.debugDescription)
      }
      let indented = "{\n" + spaces + "x;\r\n" + spaces + "\ty;\r" + spaces + "}"
      let kinds = LexerTestHelpers.trivia(indented).map(\.0)
      XCTAssertEqual(kinds, [.newline, .whitespace, .newline, .whitespace, .newline, .whitespace], indented)
    }
  }

  /// Comments whose end (a line break, `*/`) falls at every offset within a word.
  func testCommentEndsAtEveryAlignment() {
    for length in 0...17 {
      let body = String(repeating: "c", count: length)
      for (source, kind) in [
        ("//" + body + "\nx", TriviaKind.lineComment), ("//" + body + "\r\nx", .lineComment),
        ("/*" + body + "*/x", .blockComment), ("/*" + body + "**/x", .blockComment),
        ("/*" + body + "*", .blockComment), ("//" + body, .lineComment),
      ] {
        let pieces = LexerTestHelpers.trivia(source)
        // `/**…` is a doc comment unless it is `/**/`: only line versus block matters here.
        let doc: TriviaKind = kind == .lineComment ? .docLineComment : .docBlockComment
        XCTAssertTrue(pieces.first?.0 == kind || pieces.first?.0 == doc, source.debugDescription)
        let text = pieces.first?.1 ?? ""
        if source.hasSuffix("x") {
          let expected = source.hasPrefix("//") ? "//" + body : String(source.dropLast())
          XCTAssertEqual(text, expected, source.debugDescription)
        } else {
          XCTAssertEqual(text, source, source.debugDescription)
        }
        XCTAssertNil(LexerTestHelpers.tilingProblem(Array(source.utf8)), source.debugDescription)
      }
    }
  }
}
