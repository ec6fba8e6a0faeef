import SourceModel

/// Trivia: whitespace, line breaks, comments, directives and merge-conflict markers between tokens. The
/// dispatch that picks one of these is `lexPiece` (`LexerCursor+Tokens.swift`).
extension LexerCursor {
  @inline(__always)
  mutating func newline(from start: Int) {
    addTrivia(.newline, from: start)
    atLineStart = true
    sawNewline = true
  }

  /// The whitespace piece that nearly always follows a line break, taken at once rather than through
  /// the dispatch of `lexPiece` again (the same piece either way).
  @inline(__always)
  mutating func lexIndentation() {
    guard pos < count && bytes[pos] == 0x20 else { return }
    let start = pos
    pos += 1
    skipWhitespace()
    addTrivia(.whitespace, from: start)
  }

  /// Consumes a run of ASCII and Unicode horizontal whitespace.
  @inline(__always)
  mutating func skipWhitespace() {
    var i = pos
    defer { pos = i }
    if let p = bytes.baseAddress {
      // Spaces eight at a time: the lowest non-zero byte of `word ^ 0x2020…` is the first non-space.
      while i + 8 <= count {
        let other = ByteScan.word(p, i) ^ 0x2020_2020_2020_2020
        if other != 0 {
          i += other.trailingZeroBitCount >> 3
          break
        }
        i += 8
      }
    }
    while i < count {
      let b = bytes[i]
      if has(ByteClasses.asciiSpace, b) {
        i += 1
      } else if b >= 0xC2 {
        let width = unicodeSpaceWidth(at: i)
        if width == 0 { return }
        i += width
      } else {
        return
      }
    }
  }

  /// Forwards to `LexerInput` (no copy of the cursor; see there).
  @inline(__always) func unicodeSpaceWidth(at i: Int) -> Int { input.unicodeSpaceWidth(at: i) }

  /// Forwards to `LexerInput` (no copy of the cursor; see there).
  @inline(__always) func unicodeNewlineWidth(at i: Int) -> Int { input.unicodeNewlineWidth(at: i) }

  /// Moves `pos` to the next CR or LF (or end of file). Comments and directives are most of the bytes
  /// that reach here: eight at a time while a word holds no line break.
  @inline(__always)
  mutating func skipToLineEnd() {
    var i = pos
    if let p = bytes.baseAddress {
      while i + 8 <= count && !ByteScan.hasLineBreak(ByteScan.word(p, i)) { i += 8 }
    }
    while i < count {
      let b = bytes[i]
      if b == 0x0A || b == 0x0D { break }
      i += 1
    }
    pos = i
  }

  /// `//` or `///` up to (not including) the line break. `////` is a plain comment, as in C#.
  mutating func lexLineComment() {
    let start = pos
    let isDoc = at(pos + 2) == 0x2F && at(pos + 3) != 0x2F
    pos += 2
    skipToLineEnd()
    addTrivia(isDoc ? .docLineComment : .lineComment, from: start)
    atLineStart = false
  }

  /// `/* … */` or `/** … */`; unterminated ones run to end of file with a diagnostic.
  mutating func lexBlockComment() {
    let start = pos
    let isDoc = at(pos + 2) == 0x2A && at(pos + 3) != 0x2F
    var i = pos + 2
    var closed = false
    let p = bytes.baseAddress!  // a comment opener is in the buffer
    while i < count {
      // Skip words without a `*`.
      while i + 8 <= count && !ByteScan.hasByte(ByteScan.word(p, i), 0x2A) { i += 8 }
      if i >= count { break }
      if bytes[i] == 0x2A && i + 1 < count && bytes[i + 1] == 0x2F {
        i += 2
        closed = true
        break
      }
      i += 1
    }
    pos = i
    addTrivia(isDoc ? .docBlockComment : .blockComment, from: start)
    if !closed { diagnose("unterminated comment", from: start, to: pos) }
    atLineStart = false
  }

  /// Forwards to `LexerInput` (no copy of the cursor; see there).
  @inline(__always) func isConflictMarker() -> Bool { input.isConflictMarker(at: pos) }
}

extension LexerInput {
  /// Byte width of the Unicode space separator (or U+FEFF) starting at `i`, 0 if there is none.
  func unicodeSpaceWidth(at i: Int) -> Int {
    let b0 = at(i)
    let b1 = at(i + 1)
    switch b0 {
    case 0xC2: return b1 == 0xA0 ? 2 : 0  // U+00A0
    case 0xE1: return b1 == 0x9A && at(i + 2) == 0x80 ? 3 : 0  // U+1680
    case 0xE2:
      let b2 = at(i + 2)
      if b1 == 0x80 && ((b2 >= 0x80 && b2 <= 0x8A) || b2 == 0xAF) { return 3 }  // U+2000–200A, U+202F
      return b1 == 0x81 && b2 == 0x9F ? 3 : 0  // U+205F
    case 0xE3: return b1 == 0x80 && at(i + 2) == 0x80 ? 3 : 0  // U+3000
    case 0xEF: return b1 == 0xBB && at(i + 2) == 0xBF ? 3 : 0  // U+FEFF inside the file
    default: return 0
    }
  }

  /// Byte width of the Unicode line break (U+0085, U+2028, U+2029) starting at `i`, 0 if there is none.
  func unicodeNewlineWidth(at i: Int) -> Int {
    let b0 = at(i)
    if b0 == 0xC2 { return at(i + 1) == 0x85 ? 2 : 0 }
    if b0 == 0xE2 && at(i + 1) == 0x80 {
      let b2 = at(i + 2)
      return b2 == 0xA8 || b2 == 0xA9 ? 3 : 0
    }
    return 0
  }

  /// Seven identical `<`, `=`, `>` or `|` at a line start, followed by a space or a line end.
  func isConflictMarker(at pos: Int) -> Bool {
    let b = bytes[pos]
    var i = 1
    while i < 7 {
      if at(pos + i) != b { return false }
      i += 1
    }
    let after = at(pos + 7)
    return pos + 7 == count || after == 0x20 || after == 0x0A || after == 0x0D
  }
}
