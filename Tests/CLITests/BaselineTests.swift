import Foundation
import XCTest

/// `vtlint baseline`, `--baseline`, `--strict-baseline` and `--prune`, through the binary. Findings are
/// VT9004 (malformed directive) promoted to errors, so they fail the run unless baselined.
final class BaselineTests: XCTestCase {
  private func project() throws -> TempTree {
    let t = try TempTree()
    try t.write(".vtlint.yml", "severity: {VT9004: error}\n")
    try t.write("a.cs", "class A {\n  // vtlint:bogus\n  // vtlint:bogus\n}\n")
    try t.write("b.cs", "class B {\n  // vtlint:oops\n}\n")
    return t
  }

  func testWriteThenFilter() throws {
    let t = try project()
    XCTAssertEqual(try t.run([]).code, 1)
    let written = try t.run(["baseline"])
    XCTAssertEqual(written.code, 0, written.stderr)
    let text = try t.read(".vtlint-baseline.json")
    XCTAssertTrue(text.contains("\"schema\": \"vtlint-baseline/1\""))
    XCTAssertTrue(text.contains("\"path\": \"a.cs\", \"rule\": \"VT9004\""), text)
    XCTAssertTrue(text.contains("\"count\": 2"), "identical lines are counted: \(text)")
    let filtered = try t.run(["--baseline", ".vtlint-baseline.json"])
    XCTAssertEqual(filtered.code, 0, filtered.stdout)
    XCTAssertTrue(filtered.stderr.contains("3 baselined"), filtered.stderr)

    // Lines inserted above keep the match; a third identical line is new and reported.
    try t.write("a.cs", "using System;\n\nclass A {\n  // vtlint:bogus\n  // vtlint:bogus\n  // vtlint:bogus\n}\n")
    let shifted = try t.run(["--baseline", ".vtlint-baseline.json"])
    XCTAssertEqual(shifted.code, 1)
    XCTAssertEqual(shifted.stdout.split(separator: "\n").count, 1, shifted.stdout)
  }

  func testConfiguredBaselineAndStaleness() throws {
    let t = try project()
    XCTAssertEqual(try t.run(["baseline", "-o", "base.json"]).code, 0)
    try t.write(".vtlint.yml", "severity: {VT9004: error}\nbaseline: base.json\n")
    XCTAssertEqual(try t.run([]).code, 0)
    // Fix b.cs: its entry is stale. Reported, fails only under --strict-baseline.
    try t.write("b.cs", "class B { }\n")
    let stale = try t.run([])
    XCTAssertEqual(stale.code, 0)
    XCTAssertTrue(stale.stderr.contains("1 baseline entry no longer match"), stale.stderr)
    XCTAssertEqual(try t.run(["--strict-baseline"]).code, 1)
    XCTAssertEqual(try t.run(["--strict-baseline", "--exit-zero"]).code, 0)
    // A run over a.cs only (as pre-commit does) never calls b.cs's entry stale.
    let subset = try t.run(["--strict-baseline", "a.cs"])
    XCTAssertEqual(subset.code, 0, subset.stderr)
    XCTAssertFalse(subset.stderr.contains("no longer match"))
    // --prune removes the stale entry and adds nothing, even for a new finding.
    try t.write("c.cs", "class C {\n  // vtlint:nope\n}\n")
    XCTAssertEqual(try t.run(["baseline", "--prune"]).code, 0)
    let pruned = try t.read("base.json")
    XCTAssertFalse(pruned.contains("b.cs"), pruned)
    XCTAssertFalse(pruned.contains("c.cs"), pruned)
    XCTAssertTrue(pruned.contains("a.cs"), pruned)
    XCTAssertEqual(try t.run(["--strict-baseline", "a.cs", "b.cs"]).code, 0)
  }

  func testUnreadableBaselineIsTwo() throws {
    let t = try project()
    try t.write("broken.json", "{not json")
    let r = try t.run(["--baseline", "broken.json"])
    XCTAssertEqual(r.code, 2)
    XCTAssertTrue(r.stderr.contains("broken.json"), r.stderr)
  }
}
