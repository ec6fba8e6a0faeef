/// Character and non-interpolated string literals: regular `"…"`, verbatim `@"…"`, raw `"""…"""` (any
/// number of quotes, single- or multi-line), each with an optional `u8` suffix.
extension LexerCursor {
  /// `'x'`, `'\n'`, `'\u0041'`. Unterminated at a line break or end of file.
  mutating func lexCharacter() {
    let start = pos
    pos += 1
    var closed = false
    while pos < count {
      let b = bytes[pos]
      if b == 0x27 {
        pos += 1
        closed = true
        break
      }
      if b == 0x0A || b == 0x0D { break }
      if b == 0x5C && pos + 1 < count && bytes[pos + 1] != 0x0A && bytes[pos + 1] != 0x0D {
        pos += 2
      } else {
        pos += 1
      }
    }
    if !closed { diagnose("unterminated character literal", from: start, to: pos) }
    emit(.characterLiteral, from: start, flags: closed ? [] : .unterminated)
  }

  /// A literal starting with `"` at `pos`: regular, empty, or raw.
  mutating func lexString() {
    let quotes = quoteRun(at: pos)
    if quotes >= 3 {
      lexRawString(from: pos)
    } else {
      lexRegularString(from: pos)
    }
  }

  /// Number of consecutive `"` at `i`.
  @inline(__always) func quoteRun(at i: Int) -> Int {
    var j = i
    while j < count && bytes[j] == 0x22 { j += 1 }
    return j - i
  }

  /// `"…"` with backslash escapes; unterminated at a line break.
  mutating func lexRegularString(from start: Int) {
    var i = start + 1
    var closed = false
    while i < count {
      let b = bytes[i]
      if b == 0x22 {
        i += 1
        closed = true
        break
      }
      if b == 0x0A || b == 0x0D { break }
      if b == 0x5C && i + 1 < count && bytes[i + 1] != 0x0A && bytes[i + 1] != 0x0D {
        i += 2
      } else {
        i += 1
      }
    }
    pos = i
    finishString(from: start, closed: closed)
  }

  /// `@"…"` where `""` is a quote; may span lines.
  mutating func lexVerbatimString(from start: Int, quoteAt: Int) {
    pos = quoteAt + 1
    var closed = false
    while pos < count {
      if bytes[pos] == 0x22 {
        if at(pos + 1) == 0x22 {
          pos += 2
          continue
        }
        pos += 1
        closed = true
        break
      }
      pos += 1
    }
    finishString(from: start, closed: closed)
  }

  /// `"""…"""`: closed by a run of at least as many quotes as opened it. A single-line raw string (content
  /// on the opening line) ends at the line break; a multi-line one runs until its closing quotes.
  mutating func lexRawString(from start: Int) {
    let quotes = quoteRun(at: start)
    pos = start + quotes
    let multiLine = restOfLineIsBlank(from: pos)
    var closed = false
    while pos < count {
      let b = bytes[pos]
      if b == 0x22 {
        let run = quoteRun(at: pos)
        pos += run
        if run >= quotes {
          if run > quotes { diagnose("raw string closed by too many quotes", from: pos - run, to: pos) }
          closed = true
          break
        }
        continue
      }
      if !multiLine && (b == 0x0A || b == 0x0D) { break }
      pos += 1
    }
    finishString(from: start, closed: closed)
  }

  /// Forwards to `LexerInput` (no copy of the cursor; see there).
  @inline(__always) func restOfLineIsBlank(from i: Int) -> Bool { input.restOfLineIsBlank(from: i) }

  /// Adds a `u8` suffix if present and emits the string token.
  mutating func finishString(from start: Int, closed: Bool) {
    if closed { skipUTF8Suffix() }
    if !closed { diagnose("unterminated string literal", from: start, to: pos) }
    emit(.stringLiteral, from: start, flags: closed ? [] : .unterminated)
  }

  @inline(__always) mutating func skipUTF8Suffix() {
    if current | 0x20 == 0x75 && at(pos + 1) == 0x38 { pos += 2 }
  }
}

extension LexerInput {
  /// Whether only spaces and tabs sit between `i` and the next line break (a multi-line raw string opener).
  func restOfLineIsBlank(from i: Int) -> Bool {
    var j = i
    while j < count {
      let b = bytes[j]
      if b == 0x0A || b == 0x0D { return true }
      if b != 0x20 && b != 0x09 { return false }
      j += 1
    }
    // End of file right after the opening quotes: treat as multi-line (unterminated either way).
    return true
  }
}
