import Foundation
import XCTest

/// Pathological inputs through the built binary: each must finish (no crash, no signal, no hang: the run is
/// killed after a generous limit, far above what a linear-time implementation needs even in a debug build)
/// and say something about the damage (a `VT9003 syntax-error` diagnostic: a depth limit, an unterminated
/// comment or string, an unclosed `#if`) rather than silently giving up.
///
/// Times are printed for the record but not asserted beyond the kill limit: the machine is shared.
final class HostilePathologicalTests: XCTestCase {
  static let limit: Double = 60

  private func check(
    _ name: String, _ bytes: [UInt8], expectDiagnostic: Bool = true, file: StaticString = #filePath, line: UInt = #line
  ) throws {
    let t = try HostileTree()
    try t.write(name, bytes)
    let r = try t.run(["check", "--format", "json", "--verbose", name], timeout: Self.limit)
    print("pathological \(name) (\(bytes.count) bytes): \(String(format: "%.2f", r.seconds)) s, exit \(r.code)")
    XCTAssertFalse(r.timedOut, "\(name): not finished after \(Int(Self.limit)) s", file: file, line: line)
    guard !r.timedOut else { return }
    XCTAssertTrue(
      [0, 1].contains(r.code), "\(name): exit \(r.code) (crash or internal error): \(r.stderr)", file: file, line: line)
    XCTAssertEqual(r.verboseLines(about: name), ["linted: \(name)"], "\(name): \(r.stderr)", file: file, line: line)
    if expectDiagnostic {
      XCTAssertGreaterThan(
        r.findings(rule: "VT9003", path: name).count, 0, "\(name): expected a syntax diagnostic; got \(r.stdout)",
        file: file, line: line)
    }
  }

  private func repeated(_ s: String, _ n: Int) -> String { String(repeating: s, count: n) }

  func testHundredThousandNestedParentheses() throws {
    let n = 100_000
    try check(
      "parens.cs", Array(("class C { void M() { var x = " + repeated("(", n) + "1" + repeated(")", n) + "; } }\n").utf8)
    )
    try check("parens.swift", Array(("let x = " + repeated("(", n) + "1" + repeated(")", n) + "\n").utf8))
  }

  /// Calls to a name that matters nested in each other's argument lists: each is a hit whose argument count
  /// is needed (counted once for the file, not once per call).
  func testHundredThousandNestedCallsToANameThatMatters() throws {
    let n = 100_000
    try check(
      "calls.cs",
      Array(("class C { void M() { var x = " + repeated("DisposeAsync(", n) + "1" + repeated(")", n) + "; } }\n").utf8))
  }

  func testHundredThousandNestedBraces() throws {
    let n = 100_000
    try check("braces.cs", Array(("class C { void M() " + repeated("{", n) + repeated("}", n) + " }\n").utf8))
    try check("braces.swift", Array(("func f() " + repeated("{", n) + repeated("}", n) + "\n").utf8))
  }

  func testHundredThousandNestedGenericAngleBrackets() throws {
    let n = 100_000
    try check("generics.cs", Array(("class C { " + repeated("List<", n) + "int" + repeated(">", n) + " x; }\n").utf8))
    try check("generics.swift", Array(("let x: " + repeated("Array<", n) + "Int" + repeated(">", n) + " = []\n").utf8))
  }

  func testTenMegabyteStringLiteral() throws {
    let body = repeated("a", 10_000_000)
    // A well-formed literal is valid code: it must simply be linted, no diagnostic required.
    try check("string.cs", Array(("class C { string s = \"" + body + "\"; }\n").utf8), expectDiagnostic: false)
    // Unterminated, it must be reported, once, without rescanning the rest of the file per character.
    try check("unterminated.cs", Array(("class C { string s = \"" + body + "\n}\n").utf8))
  }

  func testOneMegabyteOfCommentOpenersWithoutClose() throws {
    // `/*/*/*…`: lexes as many short comments `/*/*/` plus stars, all on one 1 MB line, ending unterminated.
    try check("openers.cs", Array(repeated("/*", 500_000).utf8))
    // One comment that never closes.
    try check("unclosed.cs", Array(("class C {}\n/* " + repeated("x ", 500_000)).utf8))
  }

  func testFileOfOnlyIfDirectives() throws {
    try check("ifs.cs", Array(repeated("#if A\n", 100_000).utf8))
    try check("ifs.swift", Array(repeated("#if A\n", 100_000).utf8))
  }
}
