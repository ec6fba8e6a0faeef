import SourceModel
import XCTest

/// `MemoryPrefault` only maps memory in: whatever it is asked to populate keeps its bytes.
final class MemoryPrefaultTests: XCTestCase {
  func testPopulatingKeepsTheBytes() {
    let count = 3 << 20
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: count, alignment: 1)
    defer { buffer.deallocate() }
    for i in 0..<count { buffer[i] = UInt8(truncatingIfNeeded: i &* 7 &+ 3) }
    // Unaligned at both ends, and the whole of it: only whole pages inside are touched.
    MemoryPrefault.populate(buffer.baseAddress! + 123, byteCount: count - 5_000)
    MemoryPrefault.populate(buffer.baseAddress!, byteCount: count)
    for i in 0..<count where buffer[i] != UInt8(truncatingIfNeeded: i &* 7 &+ 3) {
      return XCTFail("byte \(i) changed")
    }
  }

  func testFreshMemoryIsWritableAfterwards() {
    let count = 2 << 20
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: count, alignment: 4096)
    defer { buffer.deallocate() }
    MemoryPrefault.populate(buffer.baseAddress!, byteCount: count)
    buffer.initializeMemory(as: UInt8.self, repeating: 0xA5)
    XCTAssertTrue(buffer.allSatisfy { $0 == 0xA5 })
  }

  func testLessThanAPageIsNotPopulated() {
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 100, alignment: 1)
    defer { buffer.deallocate() }
    XCTAssertFalse(MemoryPrefault.populate(buffer.baseAddress!, byteCount: 100))
  }
}
