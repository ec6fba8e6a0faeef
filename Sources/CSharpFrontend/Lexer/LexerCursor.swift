import SourceModel

/// The lexer's working state: a cursor over the file's bytes plus the arrays it fills.
///
/// One `LexerCursor` lexes one file, front to back, in a single pass. Each step either emits a token or
/// consumes bytes, so every loop makes progress. The cursor never builds a `String` for a token; keyword
/// lookup works on packed bytes and text is sliced from the file on demand.
struct LexerCursor {
  let bytes: UnsafeBufferPointer<UInt8>
  let count: Int
  var pos: Int = 0

  var tokens: AppendBuffer<Token>
  var trivia: AppendBuffer<Trivia>
  var diagnostics: [SyntaxDiagnostic] = []
  /// Diagnostics stop being recorded past this many, so a binary file cannot flood the output.
  static let diagnosticLimit = 200
  var suppressedDiagnostics = 0

  /// Index in `trivia` where the pending token's leading trivia starts.
  var pendingTriviaStart = 0
  /// True until something other than whitespace appears on the current line (directives need it).
  var atLineStart = true
  /// Set when the pending leading trivia holds a line break.
  var sawNewline = true

  /// Open interpolated strings, innermost last (see `LexerCursor+Interpolation.swift`).
  var interpolations: [InterpolationFrame] = []
  /// `interpolations.count`, kept in a plain field: the hot loop tests it for every token.
  var interpolationDepth = 0
  /// Preprocessor state (see `LexerCursor+Directives.swift`).
  var conditionals: [ConditionalFrame] = []
  var symbols: Set<String>

  /// The shared lookup tables, copied in once so the hot loops read plain pointers.
  let classes: UnsafeMutablePointer<UInt8>
  let keywords: KeywordTable

  init(
    bytes: UnsafeBufferPointer<UInt8>, options: LexerOptions, tokens: AppendBuffer<Token>,
    trivia: AppendBuffer<Trivia>
  ) {
    self.bytes = bytes
    self.count = bytes.count
    self.classes = ByteClasses.shared.table
    self.keywords = KeywordTable.shared
    self.symbols = options.definedSymbols
    self.tokens = tokens
    self.trivia = trivia
  }

  // MARK: - Byte access

  /// The byte at `i`, or 0 past the end (no C# construct is decided by a NUL byte, and loops test `pos`).
  @inline(__always) func at(_ i: Int) -> UInt8 { i < count ? bytes[i] : 0 }

  @inline(__always) var current: UInt8 { pos < count ? bytes[pos] : 0 }

  @inline(__always) func peek(_ offset: Int) -> UInt8 { at(pos + offset) }

  /// Whether byte `b` is in the `ByteClasses` class `bit`.
  @inline(__always) func has(_ bit: UInt8, _ b: UInt8) -> Bool { classes[Int(b)] & bit != 0 }

  // MARK: - Output

  /// Appends a token covering `start..<pos` that owns every trivia piece added since the previous token.
  @inline(__always)
  mutating func emit(
    _ kind: TokenKind, from start: Int, contextual: ContextualKeyword = .none, flags extra: TokenFlags = []
  ) {
    var flags = extra
    let triviaEnd = trivia.count
    if triviaEnd > pendingTriviaStart { flags.insert(.hasLeadingTrivia) }
    if sawNewline { flags.insert(.atStartOfLine) }
    tokens.append(
      Token(
        kind: kind, contextual: contextual, flags: flags, range: ByteRange(start, pos),
        leadingTriviaStart: UInt32(truncatingIfNeeded: pendingTriviaStart),
        leadingTriviaEnd: UInt32(truncatingIfNeeded: triviaEnd)))
    pendingTriviaStart = triviaEnd
    sawNewline = false
    atLineStart = false
  }

  @inline(__always)
  mutating func addTrivia(_ kind: TriviaKind, from start: Int) {
    trivia.append(Trivia(kind: kind, range: ByteRange(start, pos)))
  }

  /// Records a diagnostic unless the file already produced `diagnosticLimit` of them.
  mutating func diagnose(_ message: String, from start: Int, to end: Int) {
    if diagnostics.count < Self.diagnosticLimit {
      diagnostics.append(SyntaxDiagnostic(range: ByteRange(start, end), message: message))
    } else {
      suppressedDiagnostics += 1
    }
  }

  // MARK: - Driver

  /// Lexes the whole file.
  mutating func run() {
    if count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
      pos = 3
      addTrivia(.byteOrderMark, from: 0)
    }
    // Progress guard: each iteration must move `pos` or change the interpolation stack.
    var lastPos = -1
    var lastDepth = -1
    var stalls = 0
    while true {
      if pos == lastPos && interpolationDepth == lastDepth {
        stalls += 1
        if stalls > 4 {
          // Defensive: never expected. Consume one byte so lexing always ends.
          if pos >= count { break }
          let start = pos
          pos += 1
          diagnose("internal lexer error: no progress", from: start, to: pos)
          emit(.unknown, from: start)
          stalls = 0
        }
      } else {
        stalls = 0
      }
      lastPos = pos
      lastDepth = interpolationDepth

      if interpolationDepth > 0 {
        if !interpolations[interpolationDepth - 1].inHole {
          lexInterpolatedText()
          continue
        }
        // A hole's own delimiters (`}`, `:format`) come before ordinary tokens; none of them starts trivia.
        if pos < count && lexHoleDelimiter() { continue }
      }
      if pos >= count { break }
      lexPiece()
    }
    finish()
  }

  /// Closes whatever is still open at end of file and appends the `.endOfFile` token.
  mutating func finish() {
    if !interpolations.isEmpty {
      // Empty closing tokens go before the trailing trivia, which stays with `.endOfFile`.
      let closeAt = pendingTriviaStart < trivia.count ? Int(trivia[pendingTriviaStart].range.start) : pos
      diagnose("unterminated interpolated string", from: closeAt, to: closeAt)
      while let frame = interpolations.popLast() {
        if frame.inHole { closeEmpty(.interpolationEnd, at: closeAt) }
        closeEmpty(.interpolatedStringEnd, at: closeAt)
      }
      interpolationDepth = 0
    }
    finishConditionals()
    emit(.endOfFile, from: pos)
    if suppressedDiagnostics > 0 {
      diagnostics.append(
        SyntaxDiagnostic(
          range: ByteRange(count, count),
          message: "\(suppressedDiagnostics) more lexer diagnostics suppressed"))
    }
  }

  /// Appends an empty, unterminated token at `offset` that owns no trivia: it closes a construct that
  /// end of file left open, before the pending trailing trivia.
  mutating func closeEmpty(_ kind: TokenKind, at offset: Int) {
    let index = UInt32(truncatingIfNeeded: pendingTriviaStart)
    tokens.append(
      Token(
        kind: kind, flags: .unterminated, range: ByteRange(offset, offset), leadingTriviaStart: index,
        leadingTriviaEnd: index))
  }
}
