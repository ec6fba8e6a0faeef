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
}
