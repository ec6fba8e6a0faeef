import Rules
import XCTest

/// `#pragma warning` lines are read one way by the suppression parser and the first pass; the first pass
/// only needs to know whether one can concern vtlint under any configuration.
final class PragmaWarningTests: XCTestCase {
  func testReadsTheActionAndTheIdsWithoutTheTrailingComment() throws {
    let p = try XCTUnwrap(PragmaWarning(directiveText: "#  pragma warning disable CS0618,IDE1006 , x // why: VT0001"))
    XCTAssertEqual(p.action, .disable)
    XCTAssertEqual(p.ids, ["CS0618", "IDE1006", "x"])
    XCTAssertEqual(try XCTUnwrap(PragmaWarning(directiveText: "#pragma warning restore\r")).ids, [])
    XCTAssertNil(PragmaWarning(directiveText: "#pragma warning suppress VT0001"))
    XCTAssertNil(PragmaWarning(directiveText: "#pragma checksum \"a.cs\" \"{1}\" \"ab\""))
    XCTAssertNil(PragmaWarning(directiveText: "#pragma warningdisable VT0001"))
  }

  func testConcernsVtlintOnlyWhereSomeConfigurationCouldMakeADirectiveOrAProblemOfIt() {
    func concerns(_ text: String) -> Bool? { PragmaWarning(directiveText: text)?.mayConcernVtlint }
    XCTAssertEqual(concerns("#pragma warning disable VT0001"), true)
    XCTAssertEqual(concerns("#pragma warning restore 612, vt0004"), true, "any case, among others")
    XCTAssertEqual(concerns("#pragma warning disable consumed-twice"), true, "a rule name")
    XCTAssertEqual(concerns("#pragma warning disable VT7777"), true, "an unknown rule is reported")
    XCTAssertEqual(concerns("#pragma warning disable ca2012"), true, "a peer's id some rule answers to")
    XCTAssertEqual(concerns("#pragma warning disable S5034"), true)
    XCTAssertEqual(concerns("#pragma warning disable"), true, "a bare disable, when honored, silences all")
    XCTAssertEqual(concerns("#pragma warning restore"), false, "a bare restore only closes ranges")
    XCTAssertEqual(concerns("#pragma warning disable 219, 612, 618"), false)
    XCTAssertEqual(concerns("#pragma warning disable EF1001 // Internal EF Core API usage."), false)
    XCTAssertEqual(concerns("#pragma warning disable CA2000 // not CA2012"), false)
  }

  func testEachIdIsReadOneWay() {
    XCTAssertEqual(PragmaWarning.reading(of: "vt0001"), .rule(id: "VT0001"))
    XCTAssertEqual(PragmaWarning.reading(of: "consumed-twice"), .rule(id: "VT0001"))
    XCTAssertEqual(PragmaWarning.reading(of: "VT7777"), .unknownRule)
    guard case .peer(let covered) = PragmaWarning.reading(of: "ca2012") else { return XCTFail("CA2012 is a peer id") }
    XCTAssertTrue(covered.contains("VT0001"), "\(covered)")
    XCTAssertEqual(PragmaWarning.reading(of: "CS0618"), .other)
  }
}
