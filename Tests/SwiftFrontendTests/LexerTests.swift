import SourceModel
import SwiftFrontend
import XCTest

/// Token tables: each source form lexes to the expected kinds and texts (trivia and end of file left out).
final class LexerTests: XCTestCase {
  private func tokens(_ source: String) -> [String] {
    let bytes = Array(source.utf8)
    let lexed = SwiftFrontend.Lexer.lex(bytes)
    return lexed.tokens.dropLast().map { token in
      let text = String(decoding: bytes[token.range.lowerBound..<token.range.upperBound], as: UTF8.self)
      return "\(token.kind) \(text)"
    }
  }

  func testIdentifiersAndKeywords() {
    XCTAssertEqual(
      tokens("let `default` = $0"), ["kwLet let", "identifier `default`", "equal =", "dollarIdentifier $0"])
    XCTAssertEqual(tokens("café_1 self Self"), ["identifier café_1", "kwSelf self", "kwCapitalSelf Self"])
    let lexed = SwiftFrontend.Lexer.lex(Array("async await actor".utf8))
    XCTAssertEqual(lexed.tokens.dropLast().map(\.contextual), [.async, .await, .actor])
    XCTAssertEqual(lexed.tokens.dropLast().map(\.kind), [.identifier, .identifier, .identifier])
  }

  func testNumbers() {
    XCTAssertEqual(
      tokens("0x1F_FF 0o17 0b1010 1_000 1.5e-3 0x1.8p3 2E10"),
      [
        "integerLiteral 0x1F_FF", "integerLiteral 0o17", "integerLiteral 0b1010", "integerLiteral 1_000",
        "floatLiteral 1.5e-3", "floatLiteral 0x1.8p3", "floatLiteral 2E10",
      ])
    // Tuple element access never reads as a float; a range after an integer stays an operator.
    XCTAssertEqual(tokens("t.0.1"), ["identifier t", "dot .", "integerLiteral 0", "dot .", "integerLiteral 1"])
    XCTAssertEqual(tokens("1..<2"), ["integerLiteral 1", "binaryOperator ..<", "integerLiteral 2"])
  }

  func testStringsAndInterpolation() {
    XCTAssertEqual(
      tokens(#""a\(b + "c")d""#),
      [
        "stringStart \"", "stringSegment a", "interpolationStart \\(", "identifier b", "binaryOperator +",
        "stringStart \"", "stringSegment c", "stringEnd \"", "interpolationEnd )", "stringSegment d", "stringEnd \"",
      ])
    XCTAssertEqual(tokens(#""\"q\"""#), [#"stringStart ""#, #"stringSegment \"q\""#, #"stringEnd ""#])
  }

  func testRawAndMultilineStrings() {
    XCTAssertEqual(
      tokens(##"#"x \(y) \#(z)"#"##),
      [
        "stringStart #\"", "stringSegment x \\(y) ", "interpolationStart \\#(", "identifier z", "interpolationEnd )",
        "stringEnd \"#",
      ])
    XCTAssertEqual(
      tokens("\"\"\"\n  a \"\" b\n  \"\"\""),
      ["stringStart \"\"\"", "stringSegment \n  a \"\" b\n  ", "stringEnd \"\"\""])
    XCTAssertEqual(
      tokens("##\"\"\"\n\"\"\"# still\n\"\"\"##"),
      ["stringStart ##\"\"\"", "stringSegment \n\"\"\"# still\n", "stringEnd \"\"\"##"])
  }

  func testInterpolationHoldingClosure() {
    let kinds = SwiftFrontend.Lexer.lex(Array(#""\(xs.map { "\($0)" }.joined())" + x"#.utf8)).tokens.map(\.kind)
    XCTAssertEqual(kinds.filter { $0 == .stringStart }.count, 2)
    XCTAssertEqual(kinds.filter { $0 == .stringEnd }.count, 2)
    XCTAssertEqual(kinds.suffix(3), [.binaryOperator, .identifier, .endOfFile])
  }

  func testRegexLiterals() {
    XCTAssertEqual(tokens("let r = /a[/]b/"), ["kwLet let", "identifier r", "equal =", "regexLiteral /a[/]b/"])
    XCTAssertEqual(tokens("f(#/x/y/#)"), ["identifier f", "openParen (", "regexLiteral #/x/y/#", "closeParen )"])
    // Division is not a regex.
    XCTAssertEqual(
      tokens("a / b / c"),
      ["identifier a", "binaryOperator /", "identifier b", "binaryOperator /", "identifier c"])
  }

  func testCommentsAreTriviaAndNest() {
    let source = "a /* x /* y */ z */ b // c\n/// d\nc"
    let lexed = SwiftFrontend.Lexer.lex(Array(source.utf8))
    XCTAssertEqual(lexed.tokens.map(\.kind), [.identifier, .identifier, .identifier, .endOfFile])
    XCTAssertEqual(
      lexed.trivia.map(\.kind).filter { $0 != .whitespace && $0 != .newline },
      [.blockComment, .lineComment, .docLineComment])
    XCTAssertTrue(lexed.tokens[2].isAtStartOfLine)
  }

  func testOperatorsAreClassifiedByWhitespace() {
    XCTAssertEqual(
      tokens("x?.y! a ?? b -c d... &e f ? g : h"),
      [
        "identifier x", "postfixQuestion ?", "dot .", "identifier y", "postfixExclamation !", "identifier a",
        "binaryOperator ??", "identifier b", "prefixOperator -", "identifier c", "identifier d", "postfixOperator ...",
        "ampersandPrefix &", "identifier e", "identifier f", "infixQuestion ?", "identifier g", "colon :",
        "identifier h",
      ])
    XCTAssertEqual(
      tokens("a <~> b -> c"), ["identifier a", "binaryOperator <~>", "identifier b", "arrow ->", "identifier c"])
    XCTAssertEqual(tokens("try? f"), ["kwTry try", "postfixQuestion ?", "identifier f"])
  }

  func testPoundKeywordsAndAttributes() {
    XCTAssertEqual(
      tokens("#if DEBUG\n@available(*, noasync)\n#endif #selector #available"),
      [
        "poundIf #if", "identifier DEBUG", "at @", "identifier available", "openParen (", "binaryOperator *",
        "comma ,", "identifier noasync", "closeParen )", "poundEndif #endif", "poundIdentifier #selector",
        "poundAvailable #available",
      ])
  }

  func testUnterminatedFormsAreDiagnosed() {
    for source in ["\"abc", "/* open", "\"\"\"\nabc", "#\"abc\"", "\"a\\(b"] {
      let lexed = SwiftFrontend.Lexer.lex(Array(source.utf8))
      XCTAssertFalse(lexed.diagnostics.isEmpty, source)
      XCTAssertEqual(lexed.tokens.last?.kind, .endOfFile, source)
    }
  }

  func testCommentSpansReportTrailingComments() {
    let comments = SwiftFrontend.comments(Array("// lead\nlet x = 1 // trail\n/* b */ y".utf8))
    XCTAssertEqual(comments.map(\.kind), [.line, .line, .block])
    XCTAssertEqual(comments.map(\.isTrailing), [false, true, false])
    XCTAssertEqual(comments[1].range, ByteRange(18, 26))
  }

  func testRareForms() {
    XCTAssertEqual(
      tokens("f(<#value#>)"), ["identifier f", "openParen (", "editorPlaceholder <#value#>", "closeParen )"])
    XCTAssertEqual(
      tokens("`two words` a ∘ b"), ["identifier `two words`", "identifier a", "binaryOperator ∘", "identifier b"])
    XCTAssertEqual(tokens("#sourceLocation(file: \"a\", line: 1)").first, "poundSourceLocation #sourceLocation")
    XCTAssertEqual(tokens("x$y _$id"), ["identifier x$y", "identifier _$id"])
    let bom = SwiftFrontend.Lexer.lex([0xEF, 0xBB, 0xBF] + Array("#!/usr/bin/swift\nlet".utf8))
    XCTAssertEqual(bom.trivia.prefix(2).map(\.kind), [.byteOrderMark, .shebang])
    XCTAssertEqual(bom.tokens.first?.kind, .kwLet)
    let conflict = SwiftFrontend.Lexer.lex(Array("a\n<<<<<<< HEAD\nb\n".utf8))
    XCTAssertTrue(conflict.trivia.contains { $0.kind == .skipped })
    XCTAssertEqual(conflict.tokens.map(\.kind), [.identifier, .identifier, .endOfFile])
  }

  func testInvalidBytesBecomeUnknownTokensWithDiagnostics() {
    let lexed = SwiftFrontend.Lexer.lex([0x61, 0x20, 0xFF, 0xFE, 0x20, 0x62, 0x00])
    XCTAssertEqual(lexed.tokens.map(\.kind), [.identifier, .unknown, .identifier, .endOfFile])
    XCTAssertEqual(lexed.diagnostics.count, 2)
  }
}
