/// Numeric literals: decimal, `0x` hex and `0b` binary integers with `_` separators and `u`/`l` suffixes;
/// reals with a fraction, an exponent or an `f`/`d`/`m` suffix.
extension LexerCursor {
  /// Lexes a number starting at `pos` (a digit, or `.` followed by a digit).
  mutating func lexNumber() {
    let start = pos
    var isReal = false
    let first = bytes[pos]
    let second = at(pos + 1) | 0x20
    if first == 0x30 && (second == 0x78 || second == 0x62) {
      // `0x…` or `0b…`
      let hex = second == 0x78
      pos += 2
      let digitsStart = pos
      while pos < count {
        let b = bytes[pos]
        if b == 0x5F || (hex ? Self.isHexDigit(b) : (b == 0x30 || b == 0x31)) {
          pos += 1
        } else {
          break
        }
      }
      if pos == digitsStart { diagnose("missing digits after the base prefix", from: start, to: pos) }
      lexIntegerSuffix()
    } else {
      skipDecimalDigits()
      if current == 0x2E && Self.isDigit(at(pos + 1)) {
        isReal = true
        pos += 1
        skipDecimalDigits()
      }
      if current | 0x20 == 0x65 {  // `e` / `E`
        let sign = at(pos + 1)
        if Self.isDigit(sign) {
          isReal = true
          pos += 1
          skipDecimalDigits()
        } else if (sign == 0x2B || sign == 0x2D) && Self.isDigit(at(pos + 2)) {
          isReal = true
          pos += 2
          skipDecimalDigits()
        }
      }
      let suffix = current | 0x20
      if suffix == 0x66 || suffix == 0x64 || suffix == 0x6D {  // f d m
        isReal = true
        pos += 1
      } else if !isReal {
        lexIntegerSuffix()
      }
    }
    // Letters glued to a number (`1abc`, `0x1G`) belong to it: one malformed literal, not two tokens.
    if pos < count && (Self.isASCIIIdentifierByte(bytes[pos])) {
      let junkStart = pos
      while pos < count && Self.isASCIIIdentifierByte(bytes[pos]) { pos += 1 }
      diagnose("invalid numeric literal suffix", from: junkStart, to: pos)
    }
    emit(isReal ? .realLiteral : .integerLiteral, from: start)
  }

  @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

  mutating func skipDecimalDigits() {
    while pos < count && (Self.isDigit(bytes[pos]) || bytes[pos] == 0x5F) { pos += 1 }
  }

  /// `u`, `l`, `ul`, `lu` in any case.
  mutating func lexIntegerSuffix() {
    let a = current | 0x20
    if a == 0x75 {
      pos += 1
      if current | 0x20 == 0x6C { pos += 1 }
    } else if a == 0x6C {
      pos += 1
      if current | 0x20 == 0x75 { pos += 1 }
    }
  }
}
