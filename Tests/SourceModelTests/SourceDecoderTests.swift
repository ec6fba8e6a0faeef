import SourceModel
import XCTest

final class SourceDecoderTests: XCTestCase {
  func testPlainUTF8AndBOM() {
    guard case .text(let bytes, let enc, let bad) = SourceDecoder.decode(Array("class C {}".utf8)) else {
      return XCTFail("expected text")
    }
    XCTAssertEqual(enc, .utf8)
    XCTAssertNil(bad)
    XCTAssertEqual(bytes.count, 10)
    guard case .text(_, let enc2, _) = SourceDecoder.decode([0xEF, 0xBB, 0xBF, 0x61]) else { return XCTFail() }
    XCTAssertEqual(enc2, .utf8WithBOM)
  }

  func testNulMeansBinary() {
    guard case .binary(let reason) = SourceDecoder.decode([0x61, 0x00, 0x62]) else { return XCTFail("expected binary") }
    XCTAssertTrue(reason.contains("offset 1"), reason)
  }

  func testFirstInvalidByteOffset() {
    XCTAssertEqual(SourceDecoder.firstInvalidUTF8([0x61, 0x62, 0xFF, 0x63]), 2)
    XCTAssertEqual(SourceDecoder.firstInvalidUTF8([0x61, 0xC3]), 1, "truncated sequence at end")
    XCTAssertEqual(SourceDecoder.firstInvalidUTF8([0xED, 0xA0, 0x80]), 0, "encoded surrogate")
    XCTAssertEqual(SourceDecoder.firstInvalidUTF8([0xC0, 0x80]), 0, "overlong")
    XCTAssertNil(SourceDecoder.firstInvalidUTF8(Array("é😀".utf8)))
  }

  func testUTF16IsTranscoded() {
    let le: [UInt8] = [0xFF, 0xFE, 0x61, 0x00, 0xE9, 0x00]
    guard case .text(let bytes, let enc, let bad) = SourceDecoder.decode(le) else { return XCTFail() }
    XCTAssertEqual(enc, .utf16LE)
    XCTAssertNil(bad)
    XCTAssertEqual(String(decoding: bytes, as: UTF8.self), "aé")
    let be: [UInt8] = [0xFE, 0xFF, 0x00, 0x61, 0xD8, 0x3D]  // 'a' then an unpaired high surrogate
    guard case .text(let bytes2, let enc2, let bad2) = SourceDecoder.decode(be) else { return XCTFail() }
    XCTAssertEqual(enc2, .utf16BE)
    XCTAssertNotNil(bad2)
    XCTAssertEqual(String(decoding: bytes2, as: UTF8.self), "a\u{FFFD}")
  }
}
