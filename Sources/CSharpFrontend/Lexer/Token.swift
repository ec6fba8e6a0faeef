import SourceModel

/// One C# token: a kind, its byte range, and where its leading trivia sits in `LexedSource.trivia`.
/// Holds no `String`: text is sliced from the file's bytes on demand.
public struct Token: Sendable, Hashable {
  public var kind: TokenKind
  public var contextual: ContextualKeyword
  public var flags: TokenFlags
  public var range: ByteRange
  /// `trivia[leadingTrivia]` is the trivia between the previous token and this one.
  public var leadingTriviaStart: UInt32
  public var leadingTriviaEnd: UInt32

  public init(
    kind: TokenKind, contextual: ContextualKeyword = .none, flags: TokenFlags = [], range: ByteRange,
    leadingTriviaStart: UInt32 = 0, leadingTriviaEnd: UInt32 = 0
  ) {
    self.kind = kind
    self.contextual = contextual
    self.flags = flags
    self.range = range
    self.leadingTriviaStart = leadingTriviaStart
    self.leadingTriviaEnd = leadingTriviaEnd
  }

  public var leadingTrivia: Range<Int> { Int(leadingTriviaStart)..<Int(leadingTriviaEnd) }
}

/// Facts about a token the parser needs without looking at trivia.
public struct TokenFlags: OptionSet, Sendable, Hashable {
  public let rawValue: UInt8
  public init(rawValue: UInt8) { self.rawValue = rawValue }

  /// Some trivia (whitespace, comment, directive) sits between the previous token and this one.
  /// The parser only joins `>` `>` into a shift when this is clear.
  public static let hasLeadingTrivia = TokenFlags(rawValue: 1 << 0)
  /// A newline (or disabled text, which ends at a line start) sits in the leading trivia, or the token is
  /// the first of the file.
  public static let atStartOfLine = TokenFlags(rawValue: 1 << 1)
  /// `@name`: never a keyword, contextual or reserved.
  public static let verbatimIdentifier = TokenFlags(rawValue: 1 << 2)
  /// The literal is unterminated (string, char, comment-like); the lexer emitted a diagnostic. Also set on
  /// the empty `interpolationEnd`/`interpolatedStringEnd` tokens that close an interpolated string or hole
  /// left open by a line break or end of file.
  public static let unterminated = TokenFlags(rawValue: 1 << 3)
  /// An identifier written with `\uXXXX` escapes; its text must be unescaped before comparison.
  public static let hasUnicodeEscape = TokenFlags(rawValue: 1 << 4)
}

/// One piece of trivia.
public struct Trivia: Sendable, Hashable {
  public var kind: TriviaKind
  public var range: ByteRange

  public init(kind: TriviaKind, range: ByteRange) {
    self.kind = kind
    self.range = range
  }
}

/// The lexer's output for one file. Tokens (each preceded by its leading trivia) tile the file exactly;
/// the final `.endOfFile` token is empty and owns the trailing trivia.
public struct LexedSource: Sendable {
  public var tokens: [Token]
  public var trivia: [Trivia]
  public var diagnostics: [SyntaxDiagnostic]

  public init(tokens: [Token] = [], trivia: [Trivia] = [], diagnostics: [SyntaxDiagnostic] = []) {
    self.tokens = tokens
    self.trivia = trivia
    self.diagnostics = diagnostics
  }
}
