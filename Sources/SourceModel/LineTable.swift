/// Maps byte offsets to lines and columns.
///
/// A line ends at LF, CRLF or a lone CR (old Mac files and some generated C# still use it), so a finding's
/// line is the one an editor shows. Built once per file in a single pass over the bytes, and only for files
/// that need one (`SourceFile.lines` is built on first use).
public struct LineTable: Sendable {
  /// Byte offset at which each line starts; `lineStarts[0] == 0`.
  public let lineStarts: [UInt32]

  public init(bytes: UnsafeBufferPointer<UInt8>) {
    lineStarts = LineTable.starts(of: bytes)
  }

  /// Line starts, eight bytes at a time: most words of source hold no line break and are skipped whole.
  static func starts(of bytes: UnsafeBufferPointer<UInt8>) -> [UInt32] {
    var starts: [UInt32] = [0]
    guard let p = bytes.baseAddress else { return starts }
    let n = bytes.count
    starts.reserveCapacity(n / 32 + 1)
    var i = 0
    while i < n {
      if i + 8 <= n && !ByteScan.hasLineBreak(ByteScan.word(p, i)) {
        i += 8
        continue
      }
      // A word with a break (or the last few bytes): byte by byte to its end. A CRLF may straddle words.
      let end = Swift.min(i + 8, n)
      while i < end {
        let b = p[i]
        if b == 0x0A {
          starts.append(UInt32(truncatingIfNeeded: i + 1))
        } else if b == 0x0D {
          if i + 1 < n && p[i + 1] == 0x0A { i += 1 }
          starts.append(UInt32(truncatingIfNeeded: i + 1))
        }
        i += 1
      }
    }
    return starts
  }

  public init(bytes: [UInt8]) {
    self = bytes.withUnsafeBufferPointer { LineTable(bytes: $0) }
  }

  public var lineCount: Int { lineStarts.count }

  /// 0-based line index containing `offset` (binary search).
  public func lineIndex(of offset: UInt32) -> Int {
    var lo = 0
    var hi = lineStarts.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
    }
    return lo
  }

  /// 1-based line and code-point column of `offset` in `bytes`.
  public func location(of offset: UInt32, in bytes: UnsafeBufferPointer<UInt8>) -> SourceLocation {
    let index = lineIndex(of: offset)
    var column = 1
    var i = Int(lineStarts[index])
    // A UTF-8 byte-order mark is invisible in editors: the first line's columns start after it.
    if index == 0 && bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { i = 3 }
    let stop = min(Int(offset), bytes.count)
    while i < stop {
      // Count every byte that is not a UTF-8 continuation byte: one per scalar, and one per stray byte.
      if bytes[i] & 0xC0 != 0x80 { column += 1 }
      i += 1
    }
    return SourceLocation(line: index + 1, column: column)
  }
}
