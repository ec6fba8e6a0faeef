import SourceModel

/// A comment's place in a Swift file, for suppressions and fixture expectations.
public struct SwiftComment: Sendable, Hashable {
  public enum Kind: Sendable, Hashable {
    /// `// …` and `/// …`.
    case line
    /// `/* … */` and `/** … */`.
    case block
  }

  public var kind: Kind
  /// The whole comment, delimiters included.
  public var range: ByteRange
  /// True when code precedes the comment on its line.
  public var isTrailing: Bool

  public init(kind: Kind, range: ByteRange, isTrailing: Bool) {
    self.kind = kind
    self.range = range
    self.isTrailing = isTrailing
  }
}

extension SwiftFrontend {
  /// The file's comments in source order, read from the lexer's trivia.
  public static func comments(in lexed: SwiftLexedSource) -> [SwiftComment] {
    var result: [SwiftComment] = []
    var codeOnLine = false
    for token in lexed.tokens {
      for piece in lexed.trivia[token.leadingTrivia] {
        switch piece.kind {
        case .newline: codeOnLine = false
        case .lineComment, .docLineComment:
          result.append(SwiftComment(kind: .line, range: piece.range, isTrailing: codeOnLine))
        case .blockComment, .docBlockComment:
          result.append(SwiftComment(kind: .block, range: piece.range, isTrailing: codeOnLine))
        default: break
        }
      }
      codeOnLine = true
    }
    return result
  }

  /// Lexes `bytes` and returns its comments (see `comments(in:)`).
  public static func comments(_ bytes: [UInt8]) -> [SwiftComment] {
    comments(in: Lexer.lex(bytes))
  }
}
