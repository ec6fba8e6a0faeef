import SourceModel

/// On-demand token text for the parser and the analysis: byte comparisons that allocate nothing, and
/// identifier names as `String` (with `@` and `\u` escapes removed) only when asked.
extension Token {
  /// Whether the token's bytes are exactly `text` (no unescaping: compare names via `identifierText`).
  public func text(equals text: StaticString, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let length = Int(range.end) - Int(range.start)
    guard length == text.utf8CodeUnitCount, Int(range.end) <= bytes.count else { return false }
    let other = text.utf8Start
    var i = 0
    let start = Int(range.start)
    while i < length {
      if bytes[start + i] != other[i] { return false }
      i += 1
    }
    return true
  }

  /// Whether the token's bytes are exactly `text`.
  public func text(equals text: StaticString, in bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { self.text(equals: text, in: $0) }
  }

  /// Whether the token's bytes are exactly `other`.
  public func text(equals other: [UInt8], in bytes: [UInt8]) -> Bool {
    let start = Int(range.start)
    let end = Int(range.end)
    guard end - start == other.count, end <= bytes.count else { return false }
    return bytes[start..<end].elementsEqual(other)
  }

  /// Whether this is an identifier (not `@`-prefixed, not escaped) spelled exactly `name`. Cheap: for
  /// escaped or verbatim identifiers fall back to `identifierText(in:)`.
  public func isIdentifier(_ name: StaticString, in bytes: [UInt8]) -> Bool {
    kind == .identifier && text(equals: name, in: bytes)
  }

  /// The token's raw source text (lenient UTF-8 decoding). For messages and debugging.
  public func sourceText(in bytes: [UInt8]) -> String {
    let start = min(Int(range.start), bytes.count)
    let end = min(max(Int(range.end), start), bytes.count)
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }

  /// An identifier's name as C# sees it: without a leading `@` and with `\uXXXX`/`\UXXXXXXXX` escapes
  /// decoded, so `@class`, `\u0063lass` and `class` compare equal where C# says they do.
  public func identifierText(in bytes: [UInt8]) -> String {
    var start = min(Int(range.start), bytes.count)
    let end = min(max(Int(range.end), start), bytes.count)
    if flags.contains(.verbatimIdentifier) && start < end && bytes[start] == 0x40 { start += 1 }
    guard flags.contains(.hasUnicodeEscape) else { return String(decoding: bytes[start..<end], as: UTF8.self) }
    var scalars = String.UnicodeScalarView()
    var utf8: [UInt8] = []
    var i = start
    func flushUTF8() {
      if !utf8.isEmpty {
        scalars.append(contentsOf: String(decoding: utf8, as: UTF8.self).unicodeScalars)
        utf8.removeAll()
      }
    }
    while i < end {
      if bytes[i] == 0x5C && i + 1 < end && (bytes[i + 1] == 0x75 || bytes[i + 1] == 0x55) {
        let digits = bytes[i + 1] == 0x75 ? 4 : 8
        if i + 2 + digits <= end,
          let value = UInt32(String(decoding: bytes[(i + 2)..<(i + 2 + digits)], as: UTF8.self), radix: 16),
          let scalar = Unicode.Scalar(value)
        {
          flushUTF8()
          scalars.append(scalar)
          i += 2 + digits
          continue
        }
      }
      utf8.append(bytes[i])
      i += 1
    }
    flushUTF8()
    return String(scalars)
  }
}
