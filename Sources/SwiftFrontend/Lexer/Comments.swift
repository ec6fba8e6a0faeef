import SourceModel

extension SwiftFrontend {
  /// The file's comments in source order, read from the lexer's trivia (or the list the lexer made).
  public static func comments(in lexed: SwiftLexedSource) -> [CommentSpan] {
    lexed.comments ?? commentsFromTrivia(lexed)
  }

  /// The comments computed from the token and trivia arrays: a comment is trailing when a token precedes
  /// it on its line.
  public static func commentsFromTrivia(_ lexed: SwiftLexedSource) -> [CommentSpan] {
    var result: [CommentSpan] = []
    var codeOnLine = false
    for token in lexed.tokens {
      for piece in lexed.trivia[token.leadingTrivia] {
        switch piece.kind {
        case .newline: codeOnLine = false
        case .lineComment, .docLineComment:
          result.append(CommentSpan(kind: .line, range: piece.range, isTrailing: codeOnLine))
        case .blockComment, .docBlockComment:
          result.append(CommentSpan(kind: .block, range: piece.range, isTrailing: codeOnLine))
        default: break
        }
      }
      codeOnLine = true
    }
    return result
  }

  /// Lexes `bytes` and returns its comments (see `comments(in:)`).
  public static func comments(_ bytes: [UInt8]) -> [CommentSpan] {
    comments(in: Lexer.lex(bytes))
  }
}
