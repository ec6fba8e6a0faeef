#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A JSON document built in memory and written deterministically: object keys sorted by their UTF-8 bytes,
/// two-space indentation, integers only (reports have no fractional numbers), and one fixed escaping.
///
/// Hand-written rather than `JSONSerialization` so the bytes never depend on the platform's Foundation:
/// `/` is never escaped, non-ASCII is written as UTF-8, and control characters always use `\uXXXX` (or the
/// short forms `\n`, `\t`, …). U+2028 and U+2029 are escaped too, so a report can be pasted into JavaScript.
public enum JSONValue: Sendable, Hashable {
  case null
  case bool(Bool)
  case int(Int)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])

  /// The document as text: pretty-printed with a trailing newline, or compact on one line.
  public func rendered(pretty: Bool = true) -> String {
    var writer = JSONWriter(pretty: pretty)
    writer.value(self)
    return writer.finished()
  }

  private static let hexDigits = Array("0123456789abcdef".utf8)

  /// Whether `a`'s UTF-8 bytes sort before `b`'s (Swift's `<` compares canonical equivalence instead).
  static func precedesByUTF8(_ a: String, _ b: String) -> Bool {
    let compared = a.utf8.withContiguousStorageIfAvailable { x in
      b.utf8.withContiguousStorageIfAvailable { y in
        let common = min(x.count, y.count)
        if common > 0, let px = x.baseAddress, let py = y.baseAddress {
          let order = memcmp(px, py, common)
          if order != 0 { return order < 0 }
        }
        return x.count < y.count
      }
    }
    // Strings without contiguous UTF-8 (bridged ones) compare byte by byte.
    return (compared ?? nil) ?? a.utf8.lexicographicallyPrecedes(b.utf8)
  }

  /// `value` in decimal, without making a `String` of it (reports hold tens of thousands of numbers).
  static func writeInteger(_ value: Int, into out: inout [UInt8]) {
    if value < 0 { out.append(0x2D) }
    var magnitude = value.magnitude
    var digits = 1
    var rest = magnitude
    while rest >= 10 {
      rest /= 10
      digits += 1
    }
    // Room first, then the digits from the last: reversing a slice of `out` afterwards cost hundreds of
    // instructions a number.
    let start = out.count
    for _ in 0..<digits { out.append(0x30) }
    out.withUnsafeMutableBufferPointer { buffer in
      var position = start + digits - 1
      repeat {
        buffer[position] = 0x30 + UInt8(magnitude % 10)
        magnitude /= 10
        position -= 1
      } while magnitude > 0
    }
  }

  /// Whether a byte needs more than copying inside a JSON string (see `writeString`).
  @inline(__always) private static func needsEscape(_ b: UInt8) -> Bool {
    b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F || b == 0xE2
  }

  /// Writes `s` as a JSON string literal. Works on UTF-8 bytes: only ASCII controls, `"`, `\\`, DEL and the
  /// three-byte sequences of U+2028/U+2029 need escaping; every other byte is copied.
  static func writeString(_ s: String, into out: inout [UInt8]) {
    // Most strings (paths, messages, ids) need no escaping: copied in one go.
    var plain = s
    let copied = plain.withUTF8 { bytes -> Bool in
      guard !bytes.contains(where: needsEscape) else { return false }
      out.append(0x22)
      out.append(contentsOf: bytes)
      out.append(0x22)
      return true
    }
    if copied { return }
    out.append(0x22)
    var utf8 = s.utf8.makeIterator()
    var pending: [UInt8] = []
    while let b = pending.isEmpty ? utf8.next() : pending.removeFirst() {
      switch b {
      case 0x22: out += [0x5C, 0x22]
      case 0x5C: out += [0x5C, 0x5C]
      case 0x0A: out += [0x5C, 0x6E]
      case 0x0D: out += [0x5C, 0x72]
      case 0x09: out += [0x5C, 0x74]
      case 0x08: out += [0x5C, 0x62]
      case 0x0C: out += [0x5C, 0x66]
      case 0x00..<0x20, 0x7F: writeUnicodeEscape(UInt32(b), into: &out)
      case 0xE2:
        // U+2028 is E2 80 A8, U+2029 is E2 80 A9.
        guard let second = utf8.next() else {
          out.append(b)
          continue
        }
        guard second == 0x80, let third = utf8.next() else {
          out.append(b)
          pending.append(second)
          continue
        }
        if third == 0xA8 || third == 0xA9 {
          writeUnicodeEscape(third == 0xA8 ? 0x2028 : 0x2029, into: &out)
        } else {
          out += [b, second]
          pending.append(third)
        }
      default: out.append(b)
      }
    }
    out.append(0x22)
  }

  private static func writeUnicodeEscape(_ v: UInt32, into out: inout [UInt8]) {
    out += [0x5C, 0x75]
    for shift in stride(from: 12, through: 0, by: -4) {
      out.append(hexDigits[Int((v >> UInt32(shift)) & 0xF)])
    }
  }
}
