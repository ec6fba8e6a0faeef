/// The dispatcher: one `switch` on the first byte decides between every kind of trivia and every kind of
/// token, then the longest operator that matches. One dispatch per piece: a byte is never classified twice
/// (once as "not trivia", then again as a token start), which was the lexer's costliest branch.
extension LexerCursor {
  /// Lexes exactly one piece at `pos` (not at end of file): a trivia piece, or a token with the trivia
  /// before it already consumed. Inside an interpolation hole the caller has handled the hole's delimiters.
  @inline(__always)
  mutating func lexPiece() {
    let start = pos
    let b = bytes[pos]
    switch b {
    // MARK: Trivia
    case 0x20, 0x09, 0x0B, 0x0C:
      pos += 1
      skipWhitespace()
      addTrivia(.whitespace, from: start)
    case 0x0A:
      pos += 1
      newline(from: start)
      lexIndentation()
    case 0x0D:
      pos += (at(pos + 1) == 0x0A) ? 2 : 1
      newline(from: start)
      lexIndentation()
    case 0x2F:  // `/`: a comment, or an operator
      let next = at(pos + 1)
      if next == 0x2F {
        lexLineComment()
      } else if next == 0x2A {
        lexBlockComment()
      } else {
        next == 0x3D ? punct(.slashEquals, 2) : punct(.slash, 1)
      }
    case 0x23:  // `#`: a directive when first on its line (outside interpolations), else a stray `#`
      if atLineStart && interpolationDepth == 0 {
        lexDirective()
      } else {
        pos += 1
        diagnose("`#` is only allowed at the start of a directive line", from: start, to: pos)
        emit(.hash, from: start)
      }
    case 0xC2, 0xE1, 0xE2, 0xE3, 0xEF:
      // Unicode whitespace (category Zs, U+FEFF) and line separators (U+0085, U+2028, U+2029), else text.
      let width = unicodeSpaceWidth(at: pos)
      if width > 0 {
        pos += width
        skipWhitespace()
        addTrivia(.whitespace, from: start)
      } else {
        let lineWidth = unicodeNewlineWidth(at: pos)
        if lineWidth > 0 {
          pos += lineWidth
          newline(from: start)
        } else {
          lexNonASCII()
        }
      }
    case 0x3C where atConflictMarker, 0x3D where atConflictMarker, 0x3E where atConflictMarker,
      0x7C where atConflictMarker:
      // Seven `<`, `=`, `>` or `|` at a line start: a merge-conflict marker line, skipped.
      skipToLineEnd()
      addTrivia(.skipped, from: start)
      diagnose("merge conflict marker", from: start, to: pos)

    // MARK: Tokens
    case 0x61...0x7A, 0x41...0x5A, 0x5F:  // letters, `_`
      lexIdentifier()
    case 0x30...0x39:
      lexNumber()
    case 0x22:  // "
      lexString()
    case 0x27:  // '
      lexCharacter()
    case 0x40:  // @
      if at(pos + 1) == 0x22 {
        lexVerbatimString(from: start, quoteAt: pos + 1)
      } else if startsInterpolatedString() {
        lexInterpolatedStart()
      } else if startsIdentifier(at: pos + 1) {
        pos += 1
        lexIdentifier(verbatimStart: start)
      } else {
        unknown(width: 1 + run(of: 0x24, at: pos + 1), message: "unexpected `@`")
      }
    case 0x24:  // $
      if startsInterpolatedString() {
        lexInterpolatedStart()
      } else {
        // The whole `$` run in one token: retrying at each `$` would rescan the run (quadratic).
        unknown(width: run(of: 0x24, at: pos), message: "unexpected `$`")
      }
    case 0x5C:  // backslash: only a Unicode escape starting an identifier
      if unicodeEscapeWidth(at: pos) > 0 {
        lexIdentifier()
      } else {
        unknown(width: 1, message: "unexpected `\\`")
      }
    case 0x2E:  // .
      if Self.isDigit(at(pos + 1)) {
        lexNumber()
      } else if at(pos + 1) == 0x2E {
        punct(.dotDot, 2)
      } else {
        punct(.dot, 1)
      }
    case 0x7B: punct(.openBrace, 1)
    case 0x7D: punct(.closeBrace, 1)
    case 0x28: punct(.openParen, 1)
    case 0x29: punct(.closeParen, 1)
    case 0x5B: punct(.openBracket, 1)
    case 0x5D: punct(.closeBracket, 1)
    case 0x3B: punct(.semicolon, 1)
    case 0x2C: punct(.comma, 1)
    case 0x7E: punct(.tilde, 1)
    case 0x3A: at(pos + 1) == 0x3A ? punct(.doubleColon, 2) : punct(.colon, 1)
    case 0x3F:  // ?
      let next = at(pos + 1)
      if next == 0x3F {
        at(pos + 2) == 0x3D ? punct(.questionQuestionEquals, 3) : punct(.questionQuestion, 2)
      } else if next == 0x2E && !Self.isDigit(at(pos + 2)) {
        // `a?.5:1` is a conditional with the real `.5`, not `?.`.
        punct(.questionDot, 2)
      } else {
        punct(.question, 1)
      }
    case 0x2B:  // +
      let next = at(pos + 1)
      if next == 0x2B {
        punct(.plusPlus, 2)
      } else if next == 0x3D {
        punct(.plusEquals, 2)
      } else {
        punct(.plus, 1)
      }
    case 0x2D:  // -
      let next = at(pos + 1)
      if next == 0x2D {
        punct(.minusMinus, 2)
      } else if next == 0x3D {
        punct(.minusEquals, 2)
      } else if next == 0x3E {
        punct(.arrow, 2)
      } else {
        punct(.minus, 1)
      }
    case 0x2A: at(pos + 1) == 0x3D ? punct(.starEquals, 2) : punct(.star, 1)
    case 0x25: at(pos + 1) == 0x3D ? punct(.percentEquals, 2) : punct(.percent, 1)
    case 0x5E: at(pos + 1) == 0x3D ? punct(.caretEquals, 2) : punct(.caret, 1)
    case 0x21: at(pos + 1) == 0x3D ? punct(.exclamationEquals, 2) : punct(.exclamation, 1)
    case 0x3D:  // =
      let next = at(pos + 1)
      if next == 0x3D {
        punct(.equalsEquals, 2)
      } else if next == 0x3E {
        punct(.fatArrow, 2)
      } else {
        punct(.equals, 1)
      }
    case 0x26:  // &
      let next = at(pos + 1)
      if next == 0x26 {
        punct(.ampersandAmpersand, 2)
      } else if next == 0x3D {
        punct(.ampersandEquals, 2)
      } else {
        punct(.ampersand, 1)
      }
    case 0x7C:  // |
      let next = at(pos + 1)
      if next == 0x7C {
        punct(.barBar, 2)
      } else if next == 0x3D {
        punct(.barEquals, 2)
      } else {
        punct(.bar, 1)
      }
    case 0x3C:  // <
      let next = at(pos + 1)
      if next == 0x3C {
        at(pos + 2) == 0x3D ? punct(.lessThanLessThanEquals, 3) : punct(.lessThanLessThan, 2)
      } else if next == 0x3D {
        punct(.lessThanEquals, 2)
      } else {
        punct(.lessThan, 1)
      }
    case 0x3E:  // > — never `>>` or `>>>`: the parser joins adjacent `>` tokens.
      let next = at(pos + 1)
      if next == 0x3D {
        punct(.greaterThanEquals, 2)
      } else if next == 0x3E && at(pos + 2) == 0x3D {
        punct(.greaterThanGreaterThanEquals, 3)
      } else if next == 0x3E && at(pos + 2) == 0x3E && at(pos + 3) == 0x3D {
        punct(.greaterThanGreaterThanGreaterThanEquals, 4)
      } else {
        punct(.greaterThan, 1)
      }
    case 0x80...0xFF:
      lexNonASCII()
    default:
      unknown(width: 1, message: "unexpected character")
    }
  }

  /// Whether a merge-conflict marker starts at `pos`: only first on a line and outside interpolations.
  @inline(__always) var atConflictMarker: Bool { atLineStart && interpolationDepth == 0 && isConflictMarker() }

  @inline(__always)
  mutating func punct(_ kind: TokenKind, _ width: Int) {
    let start = pos
    pos += width
    emit(kind, from: start)
  }

  /// A non-ASCII byte outside trivia: an identifier if it starts one, else a run of stray bytes.
  mutating func lexNonASCII() {
    if startsIdentifier(at: pos) {
      lexIdentifier()
      return
    }
    let (scalar, width) = decodeScalar(at: pos)
    if scalar != nil {
      unknown(width: width, message: "unexpected character")
      return
    }
    // Lump consecutive invalid bytes into one token and one diagnostic.
    var end = pos + 1
    while end < count && bytes[end] >= 0x80 && decodeScalar(at: end).0 == nil { end += 1 }
    unknown(width: end - pos, message: "invalid UTF-8")
  }

  mutating func unknown(width: Int, message: String) {
    let start = pos
    pos += Swift.max(1, Swift.min(width, count - pos))
    diagnose(message, from: start, to: pos)
    emit(.unknown, from: start)
  }
}
