import SourceModel

/// Offsets in ascending order (pre-check hits, trigger anchors, token indices), asked whether any falls in
/// a range.
public enum SortedOffsets {
  /// Whether some offset of `offsets` (ascending) lies in `[range.start, range.end)`: a binary search for
  /// the first at or after the start.
  public static func any(_ offsets: [UInt32], in range: ByteRange) -> Bool {
    let low = firstIndex(offsets, notBelow: range.start)
    return low < offsets.count && offsets[low] < range.end
  }

  /// The index of the first offset at or after `value` (`offsets.count` when there is none). Any ascending
  /// array will do.
  public static func firstIndex<Offset: Comparable>(_ offsets: [Offset], notBelow value: Offset) -> Int {
    var low = 0
    var high = offsets.count
    while low < high {
      let middle = (low + high) / 2
      if offsets[middle] < value { low = middle + 1 } else { high = middle }
    }
    return low
  }

  /// Whether `offset` is one of `offsets` (ascending).
  public static func contains(_ offsets: [UInt32], _ offset: UInt32) -> Bool {
    any(offsets, in: ByteRange(start: offset, end: offset &+ 1))
  }
}
