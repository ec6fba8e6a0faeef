/// A 256-entry table of facts about each byte value, so the lexer's hottest tests (does this byte continue
/// an identifier, is it a space) are one load and one bit test instead of a chain of comparisons.
struct ByteClasses: @unchecked Sendable {
  /// An ASCII letter, digit or `_`.
  static let identifierPart: UInt8 = 1 << 0
  /// Space, tab, vertical tab, form feed.
  static let asciiSpace: UInt8 = 1 << 2

  /// 256 entries, one per byte value.
  let table: UnsafeMutablePointer<UInt8>

  /// The one table, shared by every lexer (never freed).
  static let shared = ByteClasses()

  private init() {
    table = .allocate(capacity: 256)
    table.initialize(repeating: 0, count: 256)
    for b in 0..<256 {
      var bits: UInt8 = 0
      let isLetter = (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
      if isLetter || (b >= 0x30 && b <= 0x39) || b == 0x5F { bits |= Self.identifierPart }
      if b == 0x20 || b == 0x09 || b == 0x0B || b == 0x0C { bits |= Self.asciiSpace }
      table[b] = bits
    }
  }
}
