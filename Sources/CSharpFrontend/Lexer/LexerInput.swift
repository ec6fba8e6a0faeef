/// The bytes being lexed, as a small value for the read-only questions the cursor asks of them (is a
/// Unicode space here, does an identifier start there).
///
/// Why a type of its own: a non-mutating method of `LexerCursor` (184 bytes), called from the cursor's
/// mutating methods without being inlined, receives a copy of the whole cursor; profiling showed a 184-byte
/// copy before every whitespace run. These methods take only a pointer and a count; the cursor's methods of
/// the same names forward to them and are always inlined.
struct LexerInput {
  let bytes: UnsafeBufferPointer<UInt8>

  @inline(__always) var count: Int { bytes.count }

  /// The byte at `i`, or 0 past the end.
  @inline(__always) func at(_ i: Int) -> UInt8 { i < bytes.count ? bytes[i] : 0 }
}

extension LexerCursor {
  /// The bytes, for the read-only helpers (see `LexerInput`).
  @inline(__always) var input: LexerInput { LexerInput(bytes: bytes) }

  /// Whether `b` is an ASCII letter.
  @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
}
