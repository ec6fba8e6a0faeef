import SourceModel
import XCTest

/// The word-at-a-time scans (NUL and UTF-8 check, line table) against plain byte-by-byte versions, on
/// inputs where the interesting byte falls at every offset within a word and near the end of the buffer.
final class ByteScanTests: XCTestCase {
  /// Byte-by-byte reference for the first invalid UTF-8 offset (the definition `SourceDecoder` follows).
  static func referenceFirstInvalid(_ bytes: [UInt8]) -> Int? {
    var i = 0
    while i < bytes.count {
      let b = bytes[i]
      if b < 0x80 {
        i += 1
        continue
      }
      var need = 0
      var lower: UInt8 = 0x80
      var upper: UInt8 = 0xBF
      switch b {
      case 0xC2...0xDF: need = 1
      case 0xE0: (need, lower) = (2, 0xA0)
      case 0xE1...0xEC, 0xEE...0xEF: need = 2
      case 0xED: (need, upper) = (2, 0x9F)
      case 0xF0: (need, lower) = (3, 0x90)
      case 0xF1...0xF3: need = 3
      case 0xF4: (need, upper) = (3, 0x8F)
      default: return i
      }
      if i + need >= bytes.count { return i }
      if bytes[i + 1] < lower || bytes[i + 1] > upper { return i }
      for k in 2..<(need + 1) where bytes[i + k] & 0xC0 != 0x80 { return i }
      i += need + 1
    }
    return nil
  }

  static func referenceLineStarts(_ bytes: [UInt8]) -> [UInt32] {
    var starts: [UInt32] = [0]
    var i = 0
    while i < bytes.count {
      if bytes[i] == 0x0A {
        starts.append(UInt32(i + 1))
      } else if bytes[i] == 0x0D {
        if i + 1 < bytes.count && bytes[i + 1] == 0x0A { i += 1 }
        starts.append(UInt32(i + 1))
      }
      i += 1
    }
    return starts
  }

  /// Inputs: ASCII runs of every length up to 40 with a special sequence at the end, in the middle, or
  /// followed by more ASCII; plus seeded random mixes.
  static func inputs() -> [[UInt8]] {
    let specials: [[UInt8]] = [
      [0x00], [0x80], [0xFF], [0xC3], [0xC3, 0xA9], [0xE2, 0x82, 0xAC], [0xF0, 0x9F, 0x98, 0x80], [0xED, 0xA0, 0x80],
      [0xE0, 0x80, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0x80], [0x0A], [0x0D], [0x0D, 0x0A], [0x0A, 0x0D],
      [0xE2, 0x82], [0xC3, 0x00], [0x80, 0x00],
    ]
    var result: [[UInt8]] = [[]]
    for length in 0...40 {
      let ascii = Array(repeating: UInt8(ascii: "a"), count: length)
      for special in specials {
        result.append(ascii + special)
        result.append(ascii + special + Array("bcdefghijklmnopq".utf8))
        result.append(special + ascii + special)
      }
    }
    var state: UInt64 = 0x1234_5678
    let alphabet: [UInt8] = [0x61, 0x62, 0x20, 0x0A, 0x0D, 0x00, 0x80, 0xC3, 0xA9, 0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0xFF]
    for _ in 0..<3000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let count = Int(state >> 58)
      var bytes: [UInt8] = []
      for _ in 0..<count {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        // Mostly ASCII letters, sometimes one of the interesting bytes.
        let pick = Int(state >> 59)
        bytes.append(pick < alphabet.count ? alphabet[pick] : 0x61)
      }
      result.append(bytes)
    }
    return result
  }

  func testScanAgreesWithByteByByte() {
    for bytes in Self.inputs() {
      let scan = bytes.withUnsafeBufferPointer { SourceDecoder.scan($0) }
      let nul = bytes.firstIndex(of: 0)
      XCTAssertEqual(scan.firstNUL, nul, "\(bytes)")
      if nul == nil { XCTAssertEqual(scan.firstInvalidUTF8, Self.referenceFirstInvalid(bytes), "\(bytes)") }
      XCTAssertEqual(SourceDecoder.firstInvalidUTF8(bytes), Self.referenceFirstInvalid(bytes), "\(bytes)")
    }
  }

  func testLineStartsAgreeWithByteByByte() {
    for bytes in Self.inputs() {
      XCTAssertEqual(LineTable(bytes: bytes).lineStarts, Self.referenceLineStarts(bytes), "\(bytes)")
    }
  }

  func testWordTests() {
    let bytes: [UInt8] = Array("abcdefgh".utf8)
    bytes.withUnsafeBufferPointer { p in
      let w = ByteScan.word(p.baseAddress!, 0)
      XCTAssertEqual(w & 0xFF, 0x61, "first byte lowest")
      XCTAssertTrue(ByteScan.isPlainASCII(w))
      XCTAssertFalse(ByteScan.hasLineBreak(w))
      XCTAssertTrue(ByteScan.hasByte(w, 0x68))
      XCTAssertFalse(ByteScan.hasByte(w, 0x69))
    }
    for k in 0..<8 {
      XCTAssertTrue(ByteScan.hasZeroByte(~(UInt64(0xFF) << UInt64(k * 8))), "zero at byte \(k)")
      XCTAssertTrue(
        ByteScan.hasLineBreak(0x6161_6161_6161_6161 & ~(UInt64(0xFF) << UInt64(k * 8)) | (0x0A << UInt64(k * 8))))
    }
    XCTAssertFalse(ByteScan.hasZeroByte(0x0101_0101_0101_0101))
    XCTAssertFalse(ByteScan.isPlainASCII(0x6161_6161_6161_61E9))
  }

  /// The line table is built on first use; lines and columns are the same whenever it is asked for.
  func testLinesBuiltOnDemandFromManyThreads() {
    let file = SourceFile(path: "a.cs", text: "a\nbb\r\nccc\rdddd")
    DispatchQueue.concurrentPerform(iterations: 8) { _ in
      XCTAssertEqual(file.lines.lineStarts, [0, 2, 6, 10])
      XCTAssertEqual(file.location(of: 12), SourceLocation(line: 4, column: 3))
    }
  }
}

/// `ByteSearch.contains`, used on comment and directive trivia.
final class ByteSearchTests: XCTestCase {
  func testFindsANeedleOnlyInsideTheRange() {
    let bytes = Array("// vtlint:disable:next VT0001".utf8)
    let needle = Array("vtlint:".utf8)
    XCTAssertTrue(ByteSearch.contains(bytes, ByteRange(0, bytes.count), needle))
    XCTAssertTrue(ByteSearch.contains(bytes, ByteRange(3, 10), needle), "exactly the needle")
    XCTAssertFalse(ByteSearch.contains(bytes, ByteRange(3, 9), needle), "cut one byte short")
    XCTAssertFalse(ByteSearch.contains(bytes, ByteRange(4, 20), needle), "starts after it")
    XCTAssertFalse(ByteSearch.contains(bytes, ByteRange(0, 1000), Array("pragma".utf8)))
    XCTAssertFalse(ByteSearch.contains(Array("vtlint".utf8), ByteRange(0, 1000), needle), "clamped, no overrun")
  }
}
