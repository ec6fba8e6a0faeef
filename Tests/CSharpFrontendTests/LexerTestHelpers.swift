import CSharpFrontend
import SourceModel
import XCTest

/// Helpers shared by the lexer tests: lex a snippet and look at tokens as `(kind, text)` pairs.
enum LexerTestHelpers {
  /// Tokens of `source` (without the final `.endOfFile`) as kind and source text.
  static func tokens(_ source: String, options: LexerOptions = LexerOptions()) -> [Pair] {
    let bytes = Array(source.utf8)
    let lexed = Lexer.lex(bytes, options: options)
    return lexed.tokens.dropLast().map { Pair($0.kind, $0.sourceText(in: bytes)) }
  }

  /// Trivia pieces of `source` as kind and source text, in file order.
  static func trivia(_ source: String, options: LexerOptions = LexerOptions()) -> [(TriviaKind, String)] {
    let bytes = Array(source.utf8)
    let lexed = Lexer.lex(bytes, options: options)
    return lexed.trivia.map {
      ($0.kind, String(decoding: bytes[$0.range.lowerBound..<$0.range.upperBound], as: UTF8.self))
    }
  }

  /// A token kind and its text, compared as a pair so failures print readably.
  struct Pair: Equatable, CustomStringConvertible {
    var kind: TokenKind
    var text: String
    init(_ kind: TokenKind, _ text: String) {
      self.kind = kind
      self.text = text
    }
    var description: String { "\(kind) \(text.debugDescription)" }
  }

  /// Checks that tokens and trivia tile `bytes` exactly and that the stream ends with `.endOfFile`.
  /// Returns a description of the first problem, or nil.
  static func tilingProblem(_ bytes: [UInt8], options: LexerOptions = LexerOptions()) -> String? {
    let lexed = Lexer.lex(bytes, options: options)
    var offset: UInt32 = 0
    var triviaSeen = 0
    for (index, token) in lexed.tokens.enumerated() {
      guard token.leadingTriviaStart == UInt32(triviaSeen), token.leadingTriviaEnd >= token.leadingTriviaStart,
        Int(token.leadingTriviaEnd) <= lexed.trivia.count
      else { return "token \(index) claims trivia \(token.leadingTrivia), expected to start at \(triviaSeen)" }
      for piece in lexed.trivia[token.leadingTrivia] {
        if piece.range.start != offset { return "trivia gap at \(offset) (piece starts \(piece.range.start))" }
        if piece.range.end <= piece.range.start { return "empty trivia piece at \(offset)" }
        offset = piece.range.end
      }
      triviaSeen = Int(token.leadingTriviaEnd)
      if token.range.start != offset { return "token \(index) \(token.kind) gap at \(offset)" }
      if token.range.end < token.range.start { return "token \(index) has a negative range" }
      offset = token.range.end
    }
    if triviaSeen != lexed.trivia.count { return "trivia pieces not owned by any token" }
    if offset != UInt32(bytes.count) { return "pieces end at \(offset), input has \(bytes.count) bytes" }
    guard let last = lexed.tokens.last, last.kind == .endOfFile, last.range.isEmpty else {
      return "stream does not end with an empty .endOfFile"
    }
    if lexed.tokens.dropLast().contains(where: { $0.kind == .endOfFile }) { return ".endOfFile before the end" }
    return nil
  }
}

/// Shorthand for table rows.
func tok(_ kind: TokenKind, _ text: String) -> LexerTestHelpers.Pair { LexerTestHelpers.Pair(kind, text) }
