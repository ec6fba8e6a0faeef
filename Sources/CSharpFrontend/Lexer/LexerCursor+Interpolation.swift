/// One open interpolated string. Its holes are lexed as ordinary tokens by the main loop; the frame says
/// how the literal text, the holes and the closing quotes look.
struct InterpolationFrame {
  enum Style: UInt8 {
    /// `$"…"`: backslash escapes, single line.
    case regular
    /// `$@"…"` / `@$"…"`: `""` is a quote, may span lines.
    case verbatim
    /// `$"""…"""`, `$$"""…"""`: no escapes; `braces` braces open a hole.
    case raw
  }

  var style: Style
  /// Quotes that close the literal (1 unless raw).
  var quotes: Int
  /// Braces that open and close a hole: the number of `$` for raw strings, else 1.
  var braces: Int
  /// A raw string whose opening quotes end their line.
  var multiLine: Bool
  /// Inside `{ … }`: the main loop lexes tokens; otherwise it lexes literal text.
  var inHole = false
  /// `(`, `[` and `{` nesting inside the current hole: only a depth-0 `:`, `,` or `}` belongs to the hole.
  var depth = 0
}

/// Interpolated strings as a token sequence: start, text runs, holes (`interpolationStart`, expression
/// tokens, optional `interpolationFormat`, `interpolationEnd`), end. See `TokenKind`.
extension LexerCursor {
  /// Forwards to `LexerInput` (no copy of the cursor; see there).
  @inline(__always) func startsInterpolatedString() -> Bool { input.startsInterpolatedString(at: pos) }

  /// Lexes the opening of an interpolated string (`startsInterpolatedString()` holds) and pushes its frame.
  mutating func lexInterpolatedStart() {
    let start = pos
    var verbatim = false
    if current == 0x40 {
      verbatim = true
      pos += 1
    }
    var dollars = 0
    while current == 0x24 {
      dollars += 1
      pos += 1
    }
    if current == 0x40 {
      verbatim = true
      pos += 1
    }
    let quotes = quoteRun(at: pos)
    var frame: InterpolationFrame
    if !verbatim && quotes >= 3 {
      pos += quotes
      frame = InterpolationFrame(
        style: .raw, quotes: quotes, braces: dollars, multiLine: restOfLineIsBlank(from: pos))
    } else {
      pos += 1
      if dollars > 1 { diagnose("only raw strings take more than one `$`", from: start, to: pos) }
      frame = InterpolationFrame(style: verbatim ? .verbatim : .regular, quotes: 1, braces: 1, multiLine: verbatim)
    }
    emit(.interpolatedStringStart, from: start)
    interpolations.append(frame)
    interpolationDepth = interpolations.count
  }

  /// Number of consecutive `byte` at `i`, counting no further than `limit` (callers that look at the same
  /// run again byte by byte pass a limit, so a long run cannot make lexing quadratic).
  @inline(__always) func run(of byte: UInt8, at i: Int, limit: Int = .max) -> Int {
    var j = i
    while j < count && bytes[j] == byte && j - i < limit { j += 1 }
    return j - i
  }

  /// Lexes literal text of the innermost interpolated string up to a hole, the closing quotes, or (for
  /// single-line forms) a line break or end of file, and emits what it found.
  mutating func lexInterpolatedText() {
    let frame = interpolations[interpolations.count - 1]
    let start = pos
    while pos < count {
      let b = bytes[pos]
      switch b {
      case 0x22:  // `"`
        if frame.style == .verbatim && at(pos + 1) == 0x22 {
          pos += 2
          continue
        }
        let quotes = frame.style == .raw ? quoteRun(at: pos) : 1
        if quotes < frame.quotes {
          pos += quotes
          continue
        }
        if pos > start { emit(.interpolatedStringText, from: start) }
        let endStart = pos
        if quotes > frame.quotes { diagnose("raw string closed by too many quotes", from: pos, to: pos + quotes) }
        pos += quotes
        skipUTF8Suffix()
        emit(.interpolatedStringEnd, from: endStart)
        interpolations.removeLast()
        interpolationDepth = interpolations.count
        return
      case 0x7B:  // `{`
        if frame.style == .raw {
          // The whole run is consumed here, so counting it in full stays linear.
          let braces = run(of: 0x7B, at: pos)
          if braces < frame.braces {
            pos += braces
            continue
          }
          // Extra leading braces are literal text; the last `frame.braces` of the run open the hole.
          pos += braces - frame.braces
        } else if at(pos + 1) == 0x7B {
          pos += 2  // `{{` is a literal brace
          continue
        }
        if pos > start { emit(.interpolatedStringText, from: start) }
        let holeStart = pos
        pos += frame.braces
        emit(.interpolationStart, from: holeStart)
        interpolations[interpolations.count - 1].inHole = true
        interpolations[interpolations.count - 1].depth = 0
        return
      case 0x5C:  // `\`
        if frame.style == .regular && pos + 1 < count && bytes[pos + 1] != 0x0A && bytes[pos + 1] != 0x0D {
          pos += 2
        } else {
          pos += 1
        }
      case 0x0A, 0x0D:
        if frame.style == .regular || (frame.style == .raw && !frame.multiLine) {
          unterminatedInterpolation(textStart: start)
          return
        }
        pos += 1
      default:
        pos += 1
      }
    }
    unterminatedInterpolation(textStart: start)
  }

  /// Ends the innermost interpolated string at `pos` with an empty, unterminated end token.
  mutating func unterminatedInterpolation(textStart: Int) {
    if pos > textStart { emit(.interpolatedStringText, from: textStart) }
    diagnose("unterminated interpolated string", from: pos, to: pos)
    emit(.interpolatedStringEnd, from: pos, flags: .unterminated)
    interpolations.removeLast()
    interpolationDepth = interpolations.count
  }

  /// Inside a hole, handles the bytes that belong to the hole rather than to its expression: a depth-0 `}`
  /// (hole end) or `:` (format). Tracks bracket depth. Returns true if it consumed something.
  mutating func lexHoleDelimiter() -> Bool {
    let index = interpolations.count - 1
    let b = bytes[pos]
    switch b {
    case 0x28, 0x5B, 0x7B:  // ( [ {
      interpolations[index].depth += 1
      return false
    case 0x29, 0x5D:  // ) ]
      if interpolations[index].depth > 0 { interpolations[index].depth -= 1 }
      return false
    case 0x7D:  // }
      if interpolations[index].depth > 0 {
        interpolations[index].depth -= 1
        return false
      }
      let braces = interpolations[index].braces
      guard braces == 1 || run(of: 0x7D, at: pos, limit: braces) >= braces else { return false }
      let start = pos
      pos += braces
      emit(.interpolationEnd, from: start)
      interpolations[index].inHole = false
      return true
    case 0x3A:  // :
      guard interpolations[index].depth == 0 && at(pos + 1) != 0x3A else { return false }
      lexInterpolationFormat()
      return true
    default:
      return false
    }
  }

  /// `:format` up to the hole's closing brace(s), then the hole end.
  mutating func lexInterpolationFormat() {
    let index = interpolations.count - 1
    let frame = interpolations[index]
    let start = pos
    pos += 1
    var closed = false
    while pos < count {
      let b = bytes[pos]
      if b == 0x7D && (frame.braces == 1 || run(of: 0x7D, at: pos, limit: frame.braces) >= frame.braces) {
        closed = true
        break
      }
      if b == 0x0A || b == 0x0D { break }
      if b == 0x22 && frame.style != .raw { break }
      if b == 0x5C && frame.style == .regular && pos + 1 < count && bytes[pos + 1] != 0x0A
        && bytes[pos + 1] != 0x0D
      {
        pos += 2
        continue
      }
      pos += 1
    }
    emit(.interpolationFormat, from: start)
    interpolations[index].inHole = false
    if closed {
      let endStart = pos
      pos += frame.braces
      emit(.interpolationEnd, from: endStart)
    } else {
      diagnose("unterminated interpolation", from: start, to: pos)
      emit(.interpolationEnd, from: pos, flags: .unterminated)
    }
  }
}

extension LexerInput {
  /// Whether `$…"` or `@$…"` starts an interpolated string at `pos`.
  func startsInterpolatedString(at pos: Int) -> Bool {
    var i = pos
    if at(i) == 0x40 { i += 1 }  // `@$`
    guard at(i) == 0x24 else { return false }
    while at(i) == 0x24 { i += 1 }
    if at(i) == 0x40 && at(pos) != 0x40 { i += 1 }  // `$@`
    return at(i) == 0x22
  }
}
