/// Searching a byte range of a file for a short ASCII needle (`vtlint:`, `pragma`): used on comment and
/// directive trivia, which are short, so a plain scan that checks the first byte first is enough.
public enum ByteSearch {
  /// Whether `bytes[range]` (clamped to the bytes) contains `needle`.
  public static func contains(_ bytes: [UInt8], _ range: ByteRange, _ needle: [UInt8]) -> Bool {
    guard let first = needle.first else { return true }
    let end = min(Int(range.end), bytes.count)
    var i = Int(range.start)
    while i + needle.count <= end {
      if bytes[i] == first && bytes[i..<(i + needle.count)].elementsEqual(needle) { return true }
      i += 1
    }
    return false
  }
}
