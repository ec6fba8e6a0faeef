/// Byte and Unicode-scalar classes from the Swift grammar's identifier and operator productions.
enum SwiftCharacterClass {
  @inline(__always) static func isIdentifierHead(_ c: UInt8) -> Bool {
    (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || c == 0x5F
  }

  /// `$` may continue an identifier (`_$id` property-wrapper storage names). Two 64-bit masks (bytes below
  /// 64: `$` and digits; 64 to 127: letters and `_`) instead of five range tests: this runs per byte.
  @inline(__always) static func isIdentifierBody(_ c: UInt8) -> Bool {
    let low: UInt64 = 0x03FF_0010_0000_0000
    let high: UInt64 = 0x07FF_FFFE_87FF_FFFE
    return c < 64 ? (low >> UInt64(c)) & 1 != 0 : c < 128 && (high >> UInt64(c & 63)) & 1 != 0
  }

  @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

  @inline(__always) static func isHexDigit(_ c: UInt8) -> Bool {
    isDigit(c) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46)
  }

  /// ASCII operator characters: `/ = - + ! * % < > & | ^ ~ ?`.
  @inline(__always) static func isOperatorASCII(_ c: UInt8) -> Bool {
    switch c {
    case 0x2F, 0x3D, 0x2D, 0x2B, 0x21, 0x2A, 0x25, 0x3C, 0x3E, 0x26, 0x7C, 0x5E, 0x7E, 0x3F: return true
    default: return false
    }
  }

  /// Non-ASCII scalars that may start an operator (Swift grammar "operator-head").
  static func isOperatorHead(_ s: UInt32) -> Bool {
    switch s {
    case 0xA1...0xA7, 0xA9, 0xAB, 0xAC, 0xAE, 0xB0, 0xB1, 0xB6, 0xBB, 0xBF, 0xD7, 0xF7, 0x2016...0x2017,
      0x2020...0x2027, 0x2030...0x203E, 0x2041...0x2053, 0x2055...0x205E, 0x2190...0x23FF, 0x2500...0x2775,
      0x2794...0x2BFF, 0x2E00...0x2E7F, 0x3001...0x3003, 0x3008...0x3020, 0x3030:
      return true
    default: return false
    }
  }

  /// Non-ASCII scalars that may continue an operator (operator heads plus combining marks).
  static func isOperatorContinuation(_ s: UInt32) -> Bool {
    switch s {
    case 0x300...0x36F, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE00...0xFE0F, 0xFE20...0xFE2F, 0xE0100...0xE01EF:
      return true
    default: return isOperatorHead(s)
    }
  }
}

extension SwiftLexerCore {
  /// Decodes the UTF-8 scalar at `index`: its value and length, or nil when the bytes are not valid UTF-8.
  func scalar(at index: Int) -> (value: UInt32, length: Int)? {
    let b0 = byte(at: index)
    if b0 < 0x80 { return index < count ? (UInt32(b0), 1) : nil }
    func continuation(_ i: Int) -> UInt32? {
      let b = byte(at: index + i)
      return index + i < count && b & 0xC0 == 0x80 ? UInt32(b & 0x3F) : nil
    }
    if b0 >= 0xC2 && b0 <= 0xDF {
      guard let c1 = continuation(1) else { return nil }
      return (UInt32(b0 & 0x1F) << 6 | c1, 2)
    }
    if b0 >= 0xE0 && b0 <= 0xEF {
      guard let c1 = continuation(1), let c2 = continuation(2) else { return nil }
      let value = UInt32(b0 & 0x0F) << 12 | c1 << 6 | c2
      guard value >= 0x800, !(0xD800...0xDFFF).contains(value) else { return nil }
      return (value, 3)
    }
    if b0 >= 0xF0 && b0 <= 0xF4 {
      guard let c1 = continuation(1), let c2 = continuation(2), let c3 = continuation(3) else { return nil }
      let value = UInt32(b0 & 0x07) << 18 | c1 << 12 | c2 << 6 | c3
      guard value >= 0x10000, value <= 0x10FFFF else { return nil }
      return (value, 4)
    }
    return nil
  }

  /// Length of a non-ASCII identifier character at `index`, or 0 when it is not one.
  func identifierScalarLength(at index: Int) -> Int {
    guard let (value, length) = scalar(at: index) else { return 0 }
    if SwiftCharacterClass.isOperatorContinuation(value) || value == 0xA0 || value == 0x2028 || value == 0x2029
      || value == 0xFEFF
    {
      return 0
    }
    return length
  }

  /// Advances over identifier body characters (ASCII fast path, Unicode beyond).
  mutating func skipIdentifierBody() {
    var at = pos
    while at < count {
      let c = bytes[at]
      if SwiftCharacterClass.isIdentifierBody(c) {
        at += 1
      } else if c >= 0x80 {
        let length = identifierScalarLength(at: at)
        if length == 0 { break }
        at += length
      } else {
        break
      }
    }
    pos = at
  }
}
