import SourceModel
import XCTest

final class LineTableTests: XCTestCase {
  func testLFCRLFAndLoneCREachEndALine() {
    let file = SourceFile(path: "a.cs", text: "a\nb\r\nc\rd")
    XCTAssertEqual(file.lines.lineCount, 4)
    XCTAssertEqual(file.location(of: 0), SourceLocation(line: 1, column: 1))
    XCTAssertEqual(file.location(of: 2), SourceLocation(line: 2, column: 1))
    XCTAssertEqual(file.location(of: 5), SourceLocation(line: 3, column: 1))
    XCTAssertEqual(file.location(of: 7), SourceLocation(line: 4, column: 1))
  }

  func testColumnsCountScalarsNotBytes() {
    // "é" is 2 bytes, "😀" 4 bytes, a tab 1 byte: each advances the column by one.
    let file = SourceFile(path: "a.cs", text: "\té😀x")
    let x = UInt32(Array("\té😀".utf8).count)
    XCTAssertEqual(file.location(of: x), SourceLocation(line: 1, column: 4))
  }

  func testLineTextDropsTerminators() {
    let file = SourceFile(path: "a.cs", text: "one\r\ntwo\n")
    XCTAssertEqual(file.lineText(1), "one")
    XCTAssertEqual(file.lineText(2), "two")
    XCTAssertEqual(file.lineText(3), "")
  }
}

final class LineTableBOMTests: XCTestCase {
  func testUTF8BOMDoesNotShiftFirstLineColumns() {
    let file = SourceFile(path: "a.cs", bytes: [0xEF, 0xBB, 0xBF] + Array("ab\ncd".utf8))
    XCTAssertEqual(file.location(of: 3), SourceLocation(line: 1, column: 1))
    XCTAssertEqual(file.location(of: 4), SourceLocation(line: 1, column: 2))
    XCTAssertEqual(file.location(of: 6), SourceLocation(line: 2, column: 1))
  }
}
