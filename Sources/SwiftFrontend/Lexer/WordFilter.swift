/// A quick test the lexer applies to each identifier it emits, for a caller looking for a few spellings
/// (the Swift analysis's trigger names): it records the identifiers whose length and first byte match one
/// of the words, so the caller checks those few instead of walking every token again. A superset test:
/// the caller still compares the bytes. Backticked identifiers are tested without their backticks.
public struct SwiftWordFilter: Sendable {
  /// Bit `n` set when some word is `n` bytes long (longer words are not supported).
  let lengths: UInt64
  /// Bit `b & 63` of word `b >> 6` set when some word starts with byte `b`.
  let firstBytes: (UInt64, UInt64, UInt64, UInt64)

  /// Words of 1 to 63 bytes.
  public init(words: some Sequence<String>) {
    var lengths: UInt64 = 0
    var firstBytes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    for word in words {
      let utf8 = Array(word.utf8)
      precondition(!utf8.isEmpty && utf8.count < 64, "watched words are 1 to 63 bytes long")
      lengths |= 1 << UInt64(utf8.count)
      let first = utf8[0]
      let bit: UInt64 = 1 << UInt64(first & 63)
      switch first >> 6 {
      case 0: firstBytes.0 |= bit
      case 1: firstBytes.1 |= bit
      case 2: firstBytes.2 |= bit
      default: firstBytes.3 |= bit
      }
    }
    self.lengths = lengths
    self.firstBytes = firstBytes
  }

  /// Whether a word of this length starting with this byte may be one of the words.
  @inline(__always) public func mayMatch(length: Int, first: UInt8) -> Bool {
    guard length > 0, length < 64, lengths & (1 << UInt64(length)) != 0 else { return false }
    let bit: UInt64 = 1 << UInt64(first & 63)
    switch first >> 6 {
    case 0: return firstBytes.0 & bit != 0
    case 1: return firstBytes.1 & bit != 0
    case 2: return firstBytes.2 & bit != 0
    default: return firstBytes.3 & bit != 0
    }
  }
}
