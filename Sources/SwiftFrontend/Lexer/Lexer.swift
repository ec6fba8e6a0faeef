import SourceModel

extension SwiftFrontend.Lexer {
  /// Lexes a whole file. Never fails: bad bytes become `.unknown` tokens or skipped trivia plus diagnostics.
  public static func lex(_ bytes: [UInt8]) -> SwiftLexedSource {
    bytes.withUnsafeBufferPointer { lex($0) }
  }

  /// Lexes a whole file from a buffer (see `lex(_:)`).
  public static func lex(_ bytes: UnsafeBufferPointer<UInt8>) -> SwiftLexedSource {
    // Placeholder until the real lexer lands: the whole file as skipped trivia before end of file.
    var result = SwiftLexedSource()
    let end = UInt32(bytes.count)
    if end > 0 { result.trivia.append(SwiftTrivia(kind: .skipped, range: ByteRange(start: 0, end: end))) }
    result.tokens.append(
      SwiftToken(
        kind: .endOfFile, range: ByteRange(start: end, end: end), leadingTriviaStart: 0,
        leadingTriviaEnd: UInt32(result.trivia.count)))
    return result
  }
}
