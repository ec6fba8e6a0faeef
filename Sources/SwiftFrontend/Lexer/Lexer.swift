import SourceModel

extension SwiftFrontend.Lexer {
  /// Lexes a whole file. Never fails: bad bytes become `.unknown` tokens or skipped trivia plus diagnostics,
  /// and tokens plus trivia always tile the input.
  public static func lex(_ bytes: [UInt8]) -> SwiftLexedSource {
    bytes.withUnsafeBufferPointer { lex($0) }
  }

  /// Lexes a whole file and records, in `watchedIdentifiers`, the identifier tokens that may spell one of
  /// `filter`'s words. `keepingTrivia: false` stores no trivia (`trivia` stays empty and every token's
  /// leading-trivia range is empty) for callers that only need the tokens, comments, diagnostics and shape:
  /// it saves one array append per trivia piece.
  public static func lex(_ bytes: [UInt8], watching filter: SwiftWordFilter, keepingTrivia: Bool = true)
    -> SwiftLexedSource
  {
    bytes.withUnsafeBufferPointer { lex($0, watching: filter, keepingTrivia: keepingTrivia) }
  }

  /// Lexes a whole file from a buffer (see `lex(_:)`).
  public static func lex(
    _ bytes: UnsafeBufferPointer<UInt8>, watching filter: SwiftWordFilter? = nil, keepingTrivia: Bool = true
  ) -> SwiftLexedSource {
    var core = SwiftLexerCore(bytes: bytes, keepingTrivia: keepingTrivia)
    core.filter = filter
    if filter != nil { core.watched = [] }
    core.run()
    var lexed = SwiftLexedSource(tokens: core.tokens, trivia: core.trivia, diagnostics: core.diagnostics)
    lexed.comments = core.comments
    lexed.shape = core.shape
    lexed.watchedIdentifiers = core.watched
    return lexed
  }
}

/// The lexer's working state: a byte cursor, the output arrays, and a stack of open string literals
/// (one entry per string whose `\(…)` hole is being lexed as code).
struct SwiftLexerCore {
  /// A string literal whose interpolation hole is open: how to find its end, and how many unmatched `(`
  /// the hole's code has opened (the hole closes at a `)` when this is zero).
  struct OpenString {
    var hashes: Int
    var isMultiline: Bool
    var parenDepth: Int
  }

  let bytes: UnsafeBufferPointer<UInt8>
  let count: Int
  var pos = 0
  var tokens: [SwiftToken] = []
  var trivia: [SwiftTrivia] = []
  var diagnostics: [SyntaxDiagnostic] = []
  var openStrings: [OpenString] = []
  /// Where the pending token's leading trivia starts in `trivia`.
  var triviaMark: UInt32 = 0
  /// Flags the pending token inherits from its leading trivia.
  var pendingFlags: SwiftTokenFlags = [.atStartOfLine]
  /// Comments in source order, with whether code precedes them on their line (`codeOnLine`).
  var comments: [CommentSpan] = []
  var codeOnLine = false
  /// Nesting and line lengths, for `SwiftTokenShape.mayHitParserLimits`.
  var shape = SwiftTokenShape()
  /// The caller's words, and the indices of the identifier tokens that may spell one.
  var filter: SwiftWordFilter?
  var watched: [Int32]?

  /// Whether trivia pieces are stored (comments are collected either way).
  let keepsTrivia: Bool

  init(bytes: UnsafeBufferPointer<UInt8>, keepingTrivia: Bool = true) {
    self.bytes = bytes
    self.count = bytes.count
    self.keepsTrivia = keepingTrivia
    tokens.reserveCapacity(bytes.count / 5 + 16)
    if keepingTrivia { trivia.reserveCapacity(bytes.count / 5 + 16) }
  }

  @inline(__always) func peek(_ offset: Int = 0) -> UInt8 {
    let index = pos + offset
    return index < count ? bytes[index] : 0
  }

  @inline(__always) func byte(at index: Int) -> UInt8 { index < count ? bytes[index] : 0 }

  mutating func diagnose(_ start: Int, _ end: Int, _ message: String) {
    diagnostics.append(SyntaxDiagnostic(range: ByteRange(start, end), message: message))
  }

  /// Appends a token from `start` to the cursor, taking the pending leading trivia.
  mutating func emit(
    _ kind: SwiftTokenKind, from start: Int, contextual: SwiftContextualKeyword = .none, flags: SwiftTokenFlags = []
  ) {
    let end = UInt32(trivia.count)
    let allFlags = pendingFlags.union(flags)
    tokens.append(
      SwiftToken(
        kind: kind, contextual: contextual, flags: allFlags, range: ByteRange(start, pos),
        leadingTriviaStart: triviaMark, leadingTriviaEnd: end))
    triviaMark = end
    pendingFlags = []
    codeOnLine = true
    shape.note(kind, contextual: contextual, atStartOfLine: allFlags.contains(.atStartOfLine))
  }

  /// After emitting an identifier token spelled by `bytes[start..<end]` (backticks excluded): notes it
  /// when it may be one of the watched words.
  @inline(__always) mutating func watchIdentifier(_ start: Int, _ end: Int) {
    guard let filter, start < end, filter.mayMatch(length: end - start, first: bytes[start]) else { return }
    watched?.append(Int32(truncatingIfNeeded: tokens.count - 1))
  }

  mutating func run() {
    lexFileStart()
    while true {
      let before = pos
      lexTrivia()
      if pos >= count {
        if !openStrings.isEmpty { diagnose(pos, pos, "unterminated string interpolation") }
        emit(.endOfFile, from: pos)
        return
      }
      if !openStrings.isEmpty && bytes[pos] == UInt8(ascii: ")") && openStrings[openStrings.count - 1].parenDepth == 0 {
        pos += 1
        emit(.interpolationEnd, from: pos - 1)
        lexStringBody()
      } else {
        lexToken()
      }
      // Progress guard: every iteration consumes at least one byte.
      if pos == before {
        pos += 1
        emit(.unknown, from: before)
        diagnose(before, pos, "unexpected byte")
      }
    }
  }
}
