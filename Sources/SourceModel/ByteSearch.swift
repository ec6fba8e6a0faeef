#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Searching a byte range of a file for a short ASCII needle (`vtlint:`, `pragma`) in comment and
/// directive trivia: `memchr` finds each candidate first byte, then the rest is compared.
public enum ByteSearch {
  /// How every vtlint suppression comment starts.
  public static let vtlintDirective: [UInt8] = Array("vtlint:".utf8)
  /// The word every suppressing preprocessor directive (`#pragma warning disable`) holds.
  public static let pragma: [UInt8] = Array("pragma".utf8)

  /// Whether `bytes[range]` (clamped to the bytes) contains `needle`.
  public static func contains(_ bytes: [UInt8], _ range: ByteRange, _ needle: [UInt8]) -> Bool {
    guard let first = needle.first else { return true }
    let end = min(Int(range.end), bytes.count)
    var at = Int(range.start)
    return bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return false }
      while at + needle.count <= end {
        guard let hit = memchr(base + at, Int32(first), end - needle.count + 1 - at) else { return false }
        at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        if memcmp(base + at, needle, needle.count) == 0 { return true }
        at += 1
      }
      return false
    }
  }
}
