import Rules
import SourceModel
import XCTest

/// `Finding.inReportOrder`: path, position, rule, message; ties keep their given order; input already in
/// that order comes back as it is.
final class FindingOrderTests: XCTestCase {
  private let file = SourceFile(path: "A.cs", text: "line one\nline two\nline three\n")

  private func finding(_ offset: Int, _ rule: RuleDescription, _ message: String, path: String = "A.cs") -> Finding {
    var f = Finding(rule: rule, message: message, file: file, range: ByteRange(offset, offset + 1))
    f.path = path
    return f
  }

  func testSortsByPathPositionRuleAndMessageKeepingTies() {
    let a = finding(10, .syntaxError, "b")
    let b = finding(0, .syntaxError, "a")
    let c = finding(10, .ioError, "a")
    let d = finding(10, .syntaxError, "b")
    let e = finding(0, .syntaxError, "a", path: "0.cs")
    let sorted = Finding.inReportOrder([a, b, c, d, e])
    XCTAssertEqual(sorted, [e, b, c, a, d])
    // Ties (a and d are equal in every key) keep their given order, checked through the generic form too.
    let tagged = Finding.inReportOrder([(a, "a"), (b, "b"), (c, "c"), (d, "d"), (e, "e")], by: { $0.0 })
    XCTAssertEqual(tagged.map(\.1), ["e", "b", "c", "a", "d"])
  }

  func testInputInOrderComesBackUnchanged() {
    let items = [finding(0, .syntaxError, "a"), finding(5, .syntaxError, "a"), finding(5, .syntaxError, "a")]
    XCTAssertEqual(Finding.inReportOrder(items), items)
    XCTAssertEqual(
      Finding.inReportOrder([(items[0], 1), (items[1], 2), (items[2], 3)], by: { $0.0 }).map(\.1), [1, 2, 3])
    XCTAssertEqual(Finding.inReportOrder([Finding]()), [])
  }
}
