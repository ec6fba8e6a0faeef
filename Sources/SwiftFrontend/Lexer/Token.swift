import SourceModel

/// One Swift token: a kind, its byte range, and where its leading trivia sits in `SwiftLexedSource.trivia`.
/// Holds no `String`: text is sliced from the file's bytes on demand.
public struct SwiftToken: Sendable, Hashable {
  public var kind: SwiftTokenKind
  public var contextual: SwiftContextualKeyword
  public var flags: SwiftTokenFlags
  public var range: ByteRange
  /// `trivia[leadingTrivia]` is the trivia between the previous token and this one.
  public var leadingTriviaStart: UInt32
  public var leadingTriviaEnd: UInt32

  public init(
    kind: SwiftTokenKind, contextual: SwiftContextualKeyword = .none, flags: SwiftTokenFlags = [],
    range: ByteRange, leadingTriviaStart: UInt32 = 0, leadingTriviaEnd: UInt32 = 0
  ) {
    self.kind = kind
    self.contextual = contextual
    self.flags = flags
    self.range = range
    self.leadingTriviaStart = leadingTriviaStart
    self.leadingTriviaEnd = leadingTriviaEnd
  }

  public var leadingTrivia: Range<Int> { Int(leadingTriviaStart)..<Int(leadingTriviaEnd) }
  public var isAtStartOfLine: Bool { flags.contains(.atStartOfLine) }
}

/// Facts about a token the parser needs without looking at trivia.
public struct SwiftTokenFlags: OptionSet, Sendable, Hashable {
  public let rawValue: UInt8
  public init(rawValue: UInt8) { self.rawValue = rawValue }

  /// Some trivia (whitespace, comment) sits between the previous token and this one.
  public static let hasLeadingTrivia = SwiftTokenFlags(rawValue: 1 << 0)
  /// A newline sits in the leading trivia (or this is the first token).
  public static let atStartOfLine = SwiftTokenFlags(rawValue: 1 << 1)
  /// `` `name` ``: never a keyword.
  public static let backticked = SwiftTokenFlags(rawValue: 1 << 2)
  /// The literal or comment is unterminated; the lexer emitted a diagnostic.
  public static let unterminated = SwiftTokenFlags(rawValue: 1 << 3)
  /// A string delimiter of a multi-line `"""` literal.
  public static let multiline = SwiftTokenFlags(rawValue: 1 << 4)
}

/// One piece of trivia.
public struct SwiftTrivia: Sendable, Hashable {
  public var kind: SwiftTriviaKind
  public var range: ByteRange

  public init(kind: SwiftTriviaKind, range: ByteRange) {
    self.kind = kind
    self.range = range
  }
}

/// The lexer's output for one file. Tokens (each preceded by its leading trivia) tile the file exactly;
/// the final `.endOfFile` token is empty and owns the trailing trivia.
public struct SwiftLexedSource: Sendable {
  public var tokens: [SwiftToken]
  public var trivia: [SwiftTrivia]
  public var diagnostics: [SyntaxDiagnostic]
  /// The comments, as `SwiftFrontend.comments(in:)` reads them from the trivia; the lexer fills this in as
  /// it goes, so the linter need not walk the arrays again. Nil when built by other means.
  public var comments: [CommentSpan]?
  /// How deep brackets and `#if` blocks nest and how long lines run (see `SwiftTokenShape`).
  public var shape = SwiftTokenShape()
  /// With `Lexer.lex(_:watching:)`: the indices of the identifier tokens that may spell a watched word, in
  /// order. Nil when nothing was watched.
  public var watchedIdentifiers: [Int32]?

  public init(tokens: [SwiftToken] = [], trivia: [SwiftTrivia] = [], diagnostics: [SyntaxDiagnostic] = []) {
    self.tokens = tokens
    self.trivia = trivia
    self.diagnostics = diagnostics
  }
}
