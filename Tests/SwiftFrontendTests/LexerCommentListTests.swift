import SourceModel
import SwiftFrontend
import VTLintTestSupport
import XCTest

/// The lexer builds the comment list as it goes; it must equal the list read back from the token and
/// trivia arrays, on real code, truncated code and random bytes.
final class LexerCommentListTests: XCTestCase {
  private func assertSameComments(_ bytes: [UInt8], _ name: String) {
    let lexed = SwiftFrontend.Lexer.lex(bytes)
    XCTAssertNotNil(lexed.comments, name)
    XCTAssertEqual(SwiftFrontend.comments(in: lexed), SwiftFrontend.commentsFromTrivia(lexed), name)
  }

  func testTrailingAndLeadingCommentsAreTold() {
    let lexed = SwiftFrontend.Lexer.lex(Array("// a\nlet x = 1 // b\n/* c */ let y = 2 /* d */\r\n  /// e".utf8))
    let comments = SwiftFrontend.comments(in: lexed)
    XCTAssertEqual(comments.map(\.isTrailing), [false, true, false, true, false])
    XCTAssertEqual(comments.map(\.kind), [.line, .line, .block, .block, .line])
    XCTAssertEqual(comments, SwiftFrontend.commentsFromTrivia(lexed))
  }

  func testFixturesTruncationsAndRandomBytesAgree() throws {
    let files = try FixtureProjects.projects().flatMap { try FixtureProjects.load($0) }.filter {
      $0.language == .swift
    }
    XCTAssertGreaterThan(files.count, 5)
    var generator = SplitMix(seed: 11)
    for file in files {
      assertSameComments(file.bytes, file.path)
      for _ in 0..<10 {
        let cut = Int(generator.next() % UInt64(file.bytes.count + 1))
        assertSameComments(Array(file.bytes[..<cut]), "\(file.path)[..<\(cut)]")
      }
    }
    let alphabet = Array("/*\"#\\()` \n\r\tlet x//".utf8) + [0xC2, 0xA0, 0]
    for round in 0..<200 {
      let length = Int(generator.next() % 300)
      let bytes = (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
      assertSameComments(bytes, "random #\(round)")
    }
  }
}
