/// Turns raw file bytes into the UTF-8 the front ends lex, and says what was odd about them.
///
/// Windows C# files are often UTF-16 with a BOM: those are transcoded so they are linted, not skipped. A NUL
/// byte in a file without a UTF-16 BOM means binary: the driver skips it and lists it. Invalid UTF-8 is kept
/// byte for byte (the lexers turn bad bytes into error tokens), and the offset of the first bad byte is
/// reported so the driver can name its line.
public enum SourceDecoder {
  public enum Encoding: String, Sendable {
    case utf8
    case utf8WithBOM = "utf8-bom"
    case utf16LE = "utf16le"
    case utf16BE = "utf16be"
  }

  public enum Outcome: Sendable {
    /// Text to lint. `firstInvalidUTF8` is the byte offset (in `bytes`) of the first invalid sequence, if any.
    case text(bytes: [UInt8], encoding: Encoding, firstInvalidUTF8: Int?)
    /// Not text (a NUL byte, or a UTF-16 file with unpaired surrogates is still text; NUL in UTF-8 is not).
    case binary(reason: String)
  }

  public static func decode(_ raw: [UInt8]) -> Outcome {
    if raw.count >= 2 && raw[0] == 0xFF && raw[1] == 0xFE { return transcodeUTF16(raw, bigEndian: false) }
    if raw.count >= 2 && raw[0] == 0xFE && raw[1] == 0xFF { return transcodeUTF16(raw, bigEndian: true) }
    let hasBOM = raw.count >= 3 && raw[0] == 0xEF && raw[1] == 0xBB && raw[2] == 0xBF
    let found = raw.withUnsafeBufferPointer { scan($0) }
    if let nul = found.firstNUL {
      return .binary(reason: "contains a NUL byte at offset \(nul)")
    }
    return .text(bytes: raw, encoding: hasBOM ? .utf8WithBOM : .utf8, firstInvalidUTF8: found.firstInvalidUTF8)
  }

  /// Offset of the first byte that does not start or continue a well-formed UTF-8 sequence.
  public static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer { firstInvalidUTF8($0) }
  }

  /// Offset of the first byte that does not start or continue a well-formed UTF-8 sequence.
  public static func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let p = bytes.baseAddress else { return nil }
    let n = bytes.count
    var i = 0
    while true {
      i = skipPlainASCII(p, from: i, count: n, allowNUL: true)
      if i >= n { return nil }
      if p[i] < 0x80 {
        i += 1
        continue
      }
      let width = sequenceWidth(p, at: i, count: n)
      if width == 0 { return i }
      i += width
    }
  }

  /// What `scan` found: the first NUL byte and the first invalid UTF-8 sequence, if any.
  public struct ScanResult: Sendable, Hashable {
    public var firstNUL: Int?
    public var firstInvalidUTF8: Int?
  }

  /// One pass for both questions `decode` asks of UTF-8 input: where the first NUL byte is (binary) and
  /// where the first invalid sequence is. Eight bytes at a time while the text is plain ASCII.
  public static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> ScanResult {
    guard let p = bytes.baseAddress else { return ScanResult() }
    let n = bytes.count
    var i = 0
    while true {
      i = skipPlainASCII(p, from: i, count: n, allowNUL: false)
      if i >= n { return ScanResult() }
      let b = p[i]
      if b == 0 { return ScanResult(firstNUL: i) }
      if b < 0x80 {
        i += 1
        continue
      }
      let width = sequenceWidth(p, at: i, count: n)
      if width == 0 {
        // Invalid from here on; only a NUL further on still matters (it makes the file binary).
        return ScanResult(firstNUL: firstZero(p, from: i, count: n), firstInvalidUTF8: i)
      }
      i += width
    }
  }

  /// The first offset at or after `i` whose byte is not plain ASCII (or, unless `allowNUL`, is NUL), or an
  /// offset at most 7 bytes before the end: the caller looks at single bytes from there.
  @inline(__always)
  static func skipPlainASCII(_ p: UnsafePointer<UInt8>, from start: Int, count n: Int, allowNUL: Bool) -> Int {
    var i = start
    if allowNUL {
      while i + 16 <= n && (ByteScan.word(p, i) | ByteScan.word(p, i + 8)) & 0x8080_8080_8080_8080 == 0 { i += 16 }
      while i + 8 <= n && ByteScan.word(p, i) & 0x8080_8080_8080_8080 == 0 { i += 8 }
    } else {
      while i + 16 <= n {
        let a = ByteScan.word(p, i)
        let b = ByteScan.word(p, i + 8)
        if (a | b) & 0x8080_8080_8080_8080 != 0 || ByteScan.hasZeroByte(a) || ByteScan.hasZeroByte(b) { break }
        i += 16
      }
      while i + 8 <= n && ByteScan.isPlainASCII(ByteScan.word(p, i)) { i += 8 }
    }
    // The word that stopped the loop: step to its first interesting byte.
    let end = Swift.min(i + 8, n)
    while i < end {
      let b = p[i]
      if b >= 0x80 || (b == 0 && !allowNUL) { break }
      i += 1
    }
    return i
  }

  /// Offset of the first zero byte at or after `start`, if any.
  static func firstZero(_ p: UnsafePointer<UInt8>, from start: Int, count n: Int) -> Int? {
    var i = start
    while i + 8 <= n && !ByteScan.hasZeroByte(ByteScan.word(p, i)) { i += 8 }
    while i < n {
      if p[i] == 0 { return i }
      i += 1
    }
    return nil
  }

  /// Length (2 to 4) of the well-formed multi-byte UTF-8 sequence starting at `i`, or 0 when the bytes
  /// there do not form one (a stray continuation byte, an overlong form, an encoded surrogate, a value
  /// above U+10FFFF, or a sequence cut short by the end of the buffer).
  @inline(__always)
  static func sequenceWidth(_ p: UnsafePointer<UInt8>, at i: Int, count n: Int) -> Int {
    let need: Int
    var lowerBound: UInt8 = 0x80
    var upperBound: UInt8 = 0xBF
    switch p[i] {
    case 0xC2...0xDF: need = 1
    case 0xE0:
      need = 2
      lowerBound = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: need = 2
    case 0xED:
      need = 2
      upperBound = 0x9F  // no encoded surrogates
    case 0xF0:
      need = 3
      lowerBound = 0x90
    case 0xF1...0xF3: need = 3
    case 0xF4:
      need = 3
      upperBound = 0x8F
    default: return 0
    }
    if i + need >= n { return 0 }
    let second = p[i + 1]
    if second < lowerBound || second > upperBound { return 0 }
    var k = 2
    while k <= need {
      if p[i + k] & 0xC0 != 0x80 { return 0 }
      k += 1
    }
    return need + 1
  }

  private static func transcodeUTF16(_ raw: [UInt8], bigEndian: Bool) -> Outcome {
    var units: [UInt16] = []
    units.reserveCapacity(raw.count / 2)
    var i = 2
    while i + 1 < raw.count {
      let a = UInt16(raw[i])
      let b = UInt16(raw[i + 1])
      units.append(bigEndian ? (a << 8 | b) : (b << 8 | a))
      i += 2
    }
    var out: [UInt8] = []
    out.reserveCapacity(units.count)
    var sawInvalid = false
    _ = transcode(
      units.makeIterator(), from: UTF16.self, to: UTF8.self, stoppingOnError: false,
      into: { out.append($0) })
    // An odd trailing byte or unpaired surrogate was replaced by U+FFFD above; say so.
    if raw.count % 2 != 0 { sawInvalid = true }
    var j = 0
    while j < units.count {
      let u = units[j]
      if u >= 0xD800 && u <= 0xDBFF {
        if j + 1 < units.count && units[j + 1] >= 0xDC00 && units[j + 1] <= 0xDFFF {
          j += 2
          continue
        }
        sawInvalid = true
      } else if u >= 0xDC00 && u <= 0xDFFF {
        sawInvalid = true
      }
      j += 1
    }
    return .text(
      bytes: out, encoding: bigEndian ? .utf16BE : .utf16LE, firstInvalidUTF8: sawInvalid ? 0 : nil)
  }
}
