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
    if let nul = raw.firstIndex(of: 0) {
      return .binary(reason: "contains a NUL byte at offset \(nul)")
    }
    return .text(bytes: raw, encoding: hasBOM ? .utf8WithBOM : .utf8, firstInvalidUTF8: firstInvalidUTF8(raw))
  }

  /// Offset of the first byte that does not start or continue a well-formed UTF-8 sequence.
  public static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer { p -> Int? in
      var i = 0
      let n = p.count
      while i < n {
        let b = p[i]
        if b < 0x80 {
          i += 1
          continue
        }
        let need: Int
        var lowerBound: UInt8 = 0x80
        var upperBound: UInt8 = 0xBF
        switch b {
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
        default: return i
        }
        if i + need >= n { return i }
        let second = p[i + 1]
        if second < lowerBound || second > upperBound { return i }
        var k = 2
        while k <= need {
          if p[i + k] & 0xC0 != 0x80 { return i }
          k += 1
        }
        i += need + 1
      }
      return nil
    }
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
