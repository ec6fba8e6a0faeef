import Foundation
import SourceModel
import SwiftFrontend
import VTLintTestSupport
import XCTest

/// The lexer is lossless and total: tokens and their leading trivia tile every input byte for byte, and
/// the parser finishes on anything.
final class SwiftRoundTripTests: XCTestCase {
  static func assertTiles(_ bytes: [UInt8], _ name: String, file: StaticString = #filePath, line: UInt = #line) {
    let lexed = SwiftFrontend.Lexer.lex(bytes)
    var offset: UInt32 = 0
    for token in lexed.tokens {
      for piece in lexed.trivia[token.leadingTrivia] {
        XCTAssertEqual(piece.range.start, offset, "\(name): trivia gap", file: file, line: line)
        offset = piece.range.end
      }
      XCTAssertEqual(token.range.start, offset, "\(name): token gap at \(offset)", file: file, line: line)
      offset = token.range.end
    }
    XCTAssertEqual(offset, UInt32(bytes.count), "\(name): pieces end early", file: file, line: line)
    XCTAssertEqual(lexed.tokens.last?.kind, .endOfFile, file: file, line: line)
  }

  func fixtureFiles() throws -> [SourceFile] {
    try FixtureProjects.projects().flatMap { try FixtureProjects.load($0) }.filter { $0.language == .swift }
  }

  func testEverySwiftFixtureTilesAndParsesCleanly() throws {
    let files = try fixtureFiles()
    XCTAssertFalse(files.isEmpty)
    for file in files {
      Self.assertTiles(file.bytes, file.path)
      let tree = SwiftFrontend.Parser.parse(file.bytes)
      XCTAssertEqual(tree.diagnostics.map(\.message), [], file.path)
    }
  }

  func testRandomTruncationsTileAndParse() throws {
    var generator = SplitMix(seed: 42)
    for file in try fixtureFiles() {
      for _ in 0..<20 {
        let cut = Int(generator.next() % UInt64(file.bytes.count + 1))
        let bytes = Array(file.bytes[..<cut])
        Self.assertTiles(bytes, "\(file.path)[..<\(cut)]")
        _ = SwiftFrontend.Parser.parse(bytes)
      }
    }
  }

  func testRandomBytesTileAndParse() {
    var generator = SplitMix(seed: 7)
    let alphabet = Array("{}()[]<>\"#\\/*`$@.?!&=-+ \n\tletifvarfunc0x1_\u{0}".utf8) + [0xC3, 0xA9, 0xFF, 0xE2, 0x80]
    for round in 0..<300 {
      let length = Int(generator.next() % 400)
      let bytes = (0..<length).map { _ in
        round % 2 == 0
          ? UInt8(truncatingIfNeeded: generator.next()) : alphabet[Int(generator.next() % UInt64(alphabet.count))]
      }
      Self.assertTiles(bytes, "random #\(round)")
      _ = SwiftFrontend.Parser.parse(bytes)
    }
  }

  func testSpecialBytesTile() {
    for source: [UInt8] in [
      [0xEF, 0xBB, 0xBF, 0x6C, 0x65, 0x74], [0x00, 0x61, 0x00], [0xFF, 0xFE], Array("#!/x\nlet".utf8), [],
    ] {
      Self.assertTiles(source, "\(source)")
      _ = SwiftFrontend.Parser.parse(source)
    }
  }
}
