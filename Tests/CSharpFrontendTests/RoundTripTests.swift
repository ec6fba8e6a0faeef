import CSharpFrontend
import Foundation
import VTLintTestSupport
import XCTest

/// The lexer is lossless: tokens and their leading trivia tile every input byte for byte.
final class RoundTripTests: XCTestCase {
  func testEveryCSharpFixtureTiles() throws {
    for project in FixtureProjects.projects() {
      for file in try FixtureProjects.load(project) where file.language == .csharp {
        assertTiles(file.bytes, file.path)
      }
    }
  }

  func assertTiles(_ bytes: [UInt8], _ name: String, file: StaticString = #filePath, line: UInt = #line) {
    let lexed = Lexer.lex(bytes)
    var offset: UInt32 = 0
    for token in lexed.tokens {
      for piece in lexed.trivia[token.leadingTrivia] {
        XCTAssertEqual(piece.range.start, offset, "\(name): trivia gap at \(offset)", file: file, line: line)
        offset = piece.range.end
      }
      XCTAssertEqual(token.range.start, offset, "\(name): token gap at \(offset)", file: file, line: line)
      offset = token.range.end
    }
    XCTAssertEqual(
      offset, UInt32(bytes.count), "\(name): pieces end at \(offset), file has \(bytes.count) bytes", file: file,
      line: line)
    XCTAssertEqual(lexed.tokens.last?.kind, .endOfFile, file: file, line: line)
  }
}
