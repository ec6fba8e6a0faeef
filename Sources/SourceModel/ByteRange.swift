/// A half-open range of byte offsets into a source buffer (`start` inclusive, `end` exclusive).
///
/// Offsets are `UInt32` so tokens stay small; files above 4 GiB are refused long before they get here.
public struct ByteRange: Hashable, Sendable, Comparable, CustomStringConvertible {
  public var start: UInt32
  public var end: UInt32

  @inlinable public init(start: UInt32, end: UInt32) {
    self.start = start
    self.end = end
  }

  @inlinable public init(_ start: Int, _ end: Int) {
    self.start = UInt32(truncatingIfNeeded: start)
    self.end = UInt32(truncatingIfNeeded: end)
  }

  @inlinable public var length: Int { Int(end &- start) }
  @inlinable public var isEmpty: Bool { start == end }
  @inlinable public var lowerBound: Int { Int(start) }
  @inlinable public var upperBound: Int { Int(end) }

  /// The smallest range covering both.
  @inlinable public func union(_ other: ByteRange) -> ByteRange {
    ByteRange(start: Swift.min(start, other.start), end: Swift.max(end, other.end))
  }

  @inlinable public func contains(_ offset: UInt32) -> Bool { offset >= start && offset < end }
  @inlinable public func contains(_ other: ByteRange) -> Bool { other.start >= start && other.end <= end }

  public static func < (lhs: ByteRange, rhs: ByteRange) -> Bool {
    lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
  }

  public var description: String { "\(start)..<\(end)" }
}
