import Analysis
import XCTest

/// Identifier hashes are compared across files and against names given as strings, so a spelling must
/// hash the same wherever it sits in a buffer (the hash reads words, and near a buffer's end reads them
/// differently), and different spellings should not collide.
final class IdentifierDigestHashTests: XCTestCase {
  func testASpellingHashesTheSameAtEveryPositionOfEveryBuffer() {
    let alphabet = Array("abcdefghijklmnopqrstuvwxyz_ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".utf8)
    for length in 0...24 {
      let spelling = (0..<length).map { alphabet[($0 * 7 + length) % alphabet.count] }
      let expected = IdentifierDigest.hash(String(decoding: spelling, as: UTF8.self))
      for before in [0, 1, 3, 8, 13] {
        for after in [0, 1, 2, 7, 8, 11] {
          let buffer = [UInt8](repeating: 0x2E, count: before) + spelling + [UInt8](repeating: 0x3B, count: after)
          let hash = buffer.withUnsafeBufferPointer { IdentifierDigest.hash($0, before, before + length) }
          XCTAssertEqual(hash, expected, "length \(length), \(before) bytes before, \(after) after")
        }
      }
    }
  }

  func testSpellingsThatDifferAnywhereHashApart() {
    var seen: [UInt64: String] = [:]
    let names =
      ["", "a", "b", "ab", "ba", "LoadAsync", "LoadAsynd", "loadAsync", "ValueTask", "ValueTask1", "x\0"]
      + (0..<2000).map { "Name\($0)" } + (0..<2000).map { "\($0)_" + String(repeating: "z", count: $0 % 17) }
    for name in names {
      let hash = IdentifierDigest.hash(name)
      XCTAssertNil(seen[hash], "\(name) collides with \(seen[hash] ?? "")")
      seen[hash] = name
    }
    // The low bits index hash tables: they must spread too.
    XCTAssertGreaterThan(Set(names.map { IdentifierDigest.hash($0) & 1023 }).count, 900)
  }
}
