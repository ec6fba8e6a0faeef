import Foundation
import LintDriver
import VTLintTestSupport
import XCTest

/// `vtlint debug tokens`: one JSON object per token or trivia piece, tiling the file.
final class LexerTokenDumpTests: XCTestCase {
  func testDumpTilesTheFileAndNamesKinds() throws {
    let file = SourceFileFactory.csharp("class C { } // done\n#if X\nhidden\n#endif\n")
    let lines = TokenDump.lines(for: file)
    var offset = 0
    var kinds: [String] = []
    for line in lines {
      let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], line)
      let start = try XCTUnwrap(object["start"] as? Int)
      let end = try XCTUnwrap(object["end"] as? Int)
      XCTAssertEqual(start, offset, line)
      offset = end
      kinds.append(try XCTUnwrap(object["kind"] as? String))
    }
    XCTAssertEqual(offset, file.bytes.count)
    XCTAssertEqual(
      kinds,
      [
        "kwClass", "trivia.whitespace", "identifier", "trivia.whitespace", "openBrace", "trivia.whitespace",
        "closeBrace", "trivia.whitespace", "trivia.lineComment", "trivia.newline", "trivia.directive",
        "trivia.newline", "trivia.disabledText", "trivia.directive", "trivia.newline", "endOfFile",
      ])
  }
}
