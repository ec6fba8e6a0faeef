import SourceModel

/// Identifiers: ASCII fast path, non-ASCII letters by Unicode category, `\uXXXX`/`\UXXXXXXXX` escapes, and
/// `@verbatim` names.
extension LexerCursor {
  /// Lexes an identifier or keyword starting at `pos` (the caller checked it starts one).
  /// `verbatimStart` is the offset of a leading `@`, if any.
  mutating func lexIdentifier(verbatimStart: Int? = nil) {
    let start = verbatimStart ?? pos
    let nameStart = pos
    // Fast path: the ASCII run, in a local (a loop that updates `self.pos` stores it every byte).
    var i = pos
    var inWord = false
    if let p = bytes.baseAddress {
      while i + 8 <= count {
        let n = Self.identifierPrefixLength(ByteScan.word(p, i))
        i += n
        if n < 8 {
          inWord = true
          break
        }
      }
    }
    if !inWord {
      while i < count && has(ByteClasses.identifierPart, bytes[i]) { i += 1 }
    }
    pos = i
    var flags: TokenFlags = verbatimStart == nil ? [] : .verbatimIdentifier
    if i < count && (bytes[i] == 0x5C || bytes[i] >= 0x80) && scanIdentifierRest(flags: &flags) {
      emit(.identifier, from: start, flags: flags)
    } else if verbatimStart == nil {
      let (kind, contextual) = keyword(start: nameStart, end: pos)
      emit(kind, from: start, contextual: contextual, flags: flags)
    } else {
      emit(.identifier, from: start, flags: flags)
    }
  }

  /// Continues an identifier through escapes and non-ASCII letters (and any ASCII after them). Returns
  /// whether it consumed anything. Kept out of line: Unicode property lookups need runtime metadata that
  /// would otherwise be fetched on every identifier.
  @inline(never)
  mutating func scanIdentifierRest(flags: inout TokenFlags) -> Bool {
    let before = pos
    while pos < count {
      let b = bytes[pos]
      if Self.isASCIIIdentifierByte(b) {
        pos += 1
      } else if b == 0x5C {  // `\`
        let width = unicodeEscapeWidth(at: pos)
        guard width > 0 else { break }
        pos += width
        flags.insert(.hasUnicodeEscape)
      } else if b >= 0x80 {
        let (scalar, width) = decodeScalar(at: pos)
        guard let scalar, Self.isIdentifierPart(scalar) else { break }
        pos += width
      } else {
        break
      }
    }
    return pos > before
  }

  /// Forwards to `LexerInput` (no copy of the cursor; see there).
  @inline(__always) func startsIdentifier(at i: Int) -> Bool { input.startsIdentifier(at: i) }

  /// How many of the eight bytes of `w` (first byte lowest), counted from the first, are ASCII letters,
  /// digits or `_`. Every byte is classified at once with carry-free additions on its low seven bits
  /// (adding `0x80 - lo` sets a byte's high bit exactly when it is at least `lo`), so the end of an
  /// identifier costs no branch per byte.
  @inline(__always) static func identifierPrefixLength(_ w: UInt64) -> Int {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let high: UInt64 = 0x8080_8080_8080_8080
    let x = w & 0x7F7F_7F7F_7F7F_7F7F
    let folded = x | 0x2020_2020_2020_2020  // `A`–`Z` onto `a`–`z`; nothing else lands there
    let letter = (folded &+ ones &* (0x80 - 0x61)) & ~(folded &+ ones &* (0x7F - 0x7A))
    let digit = (x &+ ones &* (0x80 - 0x30)) & ~(x &+ ones &* (0x7F - 0x39))
    let u = x ^ 0x5F5F_5F5F_5F5F_5F5F
    let underscore = ~((u &+ 0x7F7F_7F7F_7F7F_7F7F) | u)
    let notIdentifier = ~(letter | digit | underscore) & high | (w & high)
    return notIdentifier.trailingZeroBitCount >> 3
  }

  /// Whether `b` is an ASCII letter, digit or `_`: one bit test in a 128-bit set.
  @inline(__always) static func isASCIIIdentifierByte(_ b: UInt8) -> Bool {
    // Bits 48–57 of the low word: `0`–`9`. High word: `A`–`Z` (bits 1–26), `_` (31), `a`–`z` (33–58).
    let mask: UInt64 = b < 64 ? 0x03FF_0000_0000_0000 : 0x07FF_FFFE_87FF_FFFE
    return b < 128 && (mask >> UInt64(b & 63)) & 1 != 0
  }

  /// Forwards to `LexerInput` (no copy of the cursor; see there).
  @inline(__always) func unicodeEscapeWidth(at i: Int) -> Int { input.unicodeEscapeWidth(at: i) }

  @inline(__always) static func isHexDigit(_ b: UInt8) -> Bool {
    (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x66)
  }

  /// Forwards to `LexerInput` (no copy of the cursor; see there).
  @inline(__always) func decodeScalar(at i: Int) -> (Unicode.Scalar?, Int) { input.decodeScalar(at: i) }

  /// Letters (Lu, Ll, Lt, Lm, Lo) and letter numbers (Nl) start identifiers.
  @inline(never)
  static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .letterNumber:
      return true
    default:
      return false
    }
  }

  /// Identifier starts plus combining marks, decimal digits, connectors and formatting characters.
  @inline(never)
  static func isIdentifierPart(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .letterNumber,
      .nonspacingMark, .spacingMark, .decimalNumber, .connectorPunctuation, .format:
      // U+FEFF is a format character but separates tokens (see `unicodeSpaceWidth`).
      return scalar.value != 0xFEFF
    default:
      return false
    }
  }
}

extension LexerInput {
  /// Whether an identifier starts at `i`: a letter, `_`, a Unicode escape or a non-ASCII letter.
  @inline(never)
  func startsIdentifier(at i: Int) -> Bool {
    let b = at(i)
    if b == 0x5F || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A) { return i < count }
    if b == 0x5C { return unicodeEscapeWidth(at: i) > 0 }
    if b >= 0x80 {
      let (scalar, _) = decodeScalar(at: i)
      guard let scalar else { return false }
      return LexerCursor.isIdentifierStart(scalar)
    }
    return false
  }

  /// Width of a `\uXXXX` (6) or `\UXXXXXXXX` (10) escape at `i`, 0 if there is none.
  func unicodeEscapeWidth(at i: Int) -> Int {
    guard at(i) == 0x5C else { return 0 }
    let u = at(i + 1)
    let digits: Int
    if u == 0x75 {
      digits = 4
    } else if u == 0x55 {
      digits = 8
    } else {
      return 0
    }
    for k in 0..<digits where !LexerCursor.isHexDigit(at(i + 2 + k)) { return 0 }
    return 2 + digits
  }

  /// Decodes one well-formed UTF-8 scalar at `i`; `nil` (width 1) for an invalid or truncated sequence.
  func decodeScalar(at i: Int) -> (Unicode.Scalar?, Int) {
    let b0 = at(i)
    var need = 0
    var value: UInt32 = 0
    var low: UInt8 = 0x80
    var high: UInt8 = 0xBF
    switch b0 {
    case 0xC2...0xDF:
      need = 1
      value = UInt32(b0 & 0x1F)
    case 0xE0:
      need = 2
      value = UInt32(b0 & 0x0F)
      low = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF:
      need = 2
      value = UInt32(b0 & 0x0F)
    case 0xED:
      need = 2
      value = UInt32(b0 & 0x0F)
      high = 0x9F
    case 0xF0:
      need = 3
      value = UInt32(b0 & 0x07)
      low = 0x90
    case 0xF1...0xF3:
      need = 3
      value = UInt32(b0 & 0x07)
    case 0xF4:
      need = 3
      value = UInt32(b0 & 0x07)
      high = 0x8F
    default:
      return (nil, 1)
    }
    guard i + need < count else { return (nil, 1) }
    let b1 = bytes[i + 1]
    guard b1 >= low && b1 <= high else { return (nil, 1) }
    value = value << 6 | UInt32(b1 & 0x3F)
    var k = 2
    while k <= need {
      let c = bytes[i + k]
      guard c & 0xC0 == 0x80 else { return (nil, 1) }
      value = value << 6 | UInt32(c & 0x3F)
      k += 1
    }
    return (Unicode.Scalar(value), need + 1)
  }
}
