/// Word-at-a-time tests over bytes (SWAR: SIMD within a register), for the scans every file goes through
/// before lexing: the NUL and UTF-8 check and the line table. Source text is nearly all ASCII with a line
/// break every few dozen bytes, so testing eight bytes with a handful of integer operations and falling
/// back to byte-by-byte work only for the rare interesting word makes these scans several times faster.
public enum ByteScan {
  /// Eight bytes at `p + i`, first byte lowest (any alignment).
  @inlinable @inline(__always)
  public static func word(_ p: UnsafePointer<UInt8>, _ i: Int) -> UInt64 {
    UInt64(littleEndian: UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self))
  }

  /// Whether any byte of `w` is zero. Exact for the question "is there one" (the classic
  /// `(w - 0x01…) & ~w & 0x80…` test can only misplace a hit above a true zero byte, never invent one).
  @inlinable @inline(__always)
  public static func hasZeroByte(_ w: UInt64) -> Bool {
    (w &- 0x0101_0101_0101_0101) & ~w & 0x8080_8080_8080_8080 != 0
  }

  /// Whether any byte of `w` equals `b`.
  @inlinable @inline(__always)
  public static func hasByte(_ w: UInt64, _ b: UInt8) -> Bool {
    hasZeroByte(w ^ (0x0101_0101_0101_0101 &* UInt64(b)))
  }

  /// Whether all eight bytes of `w` are ASCII and none is NUL: text that needs no closer look.
  @inlinable @inline(__always)
  public static func isPlainASCII(_ w: UInt64) -> Bool {
    w & 0x8080_8080_8080_8080 == 0 && !hasZeroByte(w)
  }

  /// Whether `w` holds a line feed or a carriage return.
  @inlinable @inline(__always)
  public static func hasLineBreak(_ w: UInt64) -> Bool {
    hasZeroByte(w ^ 0x0A0A_0A0A_0A0A_0A0A) || hasZeroByte(w ^ 0x0D0D_0D0D_0D0D_0D0D)
  }

  /// The high bit of each byte of `w` that is an ASCII letter, digit or `_` (an identifier's bytes, for
  /// the lexer and for the C# first-pass glance). Every byte is classified at once with carry-free
  /// additions on its low seven bits (adding `0x80 - lo` sets a byte's high bit exactly when it is at
  /// least `lo`), so the end of an identifier costs no branch per byte.
  @inlinable @inline(__always)
  public static func asciiWordBytes(_ w: UInt64) -> UInt64 {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let high: UInt64 = 0x8080_8080_8080_8080
    let x = w & 0x7F7F_7F7F_7F7F_7F7F
    let folded = x | 0x2020_2020_2020_2020  // `A`–`Z` onto `a`–`z`; nothing else lands there
    let letter = (folded &+ ones &* (0x80 - 0x61)) & ~(folded &+ ones &* (0x7F - 0x7A))
    let digit = (x &+ ones &* (0x80 - 0x30)) & ~(x &+ ones &* (0x7F - 0x39))
    let u = x ^ 0x5F5F_5F5F_5F5F_5F5F
    let underscore = ~((u &+ 0x7F7F_7F7F_7F7F_7F7F) | u)
    return (letter | digit | underscore) & high & ~(w & high)
  }

  /// How many of the eight bytes of `w`, counted from the first, are ASCII letters, digits or `_`.
  @inlinable @inline(__always)
  public static func asciiWordPrefixLength(_ w: UInt64) -> Int {
    (~asciiWordBytes(w) & 0x8080_8080_8080_8080).trailingZeroBitCount >> 3
  }

  /// The high bit of each byte of `w` equal to `b`, exactly (no carry between bytes).
  @inlinable @inline(__always)
  public static func bytesEqual(_ w: UInt64, _ b: UInt8) -> UInt64 {
    let x = w ^ (0x0101_0101_0101_0101 &* UInt64(b))
    let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    return ~(((x & low) &+ low) | x | low)
  }
}
