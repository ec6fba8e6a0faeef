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

  /// A report's fingerprints are the baseline's, also for a file the reporters could not read again with the
  /// default size limit (found raising `max_file_size` for a 50 MB file: reports hashed the message instead).
  func testReportsAndBaselineAgreeOnAFileAboveTheDefaultSizeLimit() throws {
    let t = try TempTree()
    try t.write(".vtlint.yml", "severity: {VT9004: error}\nmax_file_size: 20000000\n")
    let padding = String(repeating: "// " + String(repeating: "x", count: 96) + "\n", count: 110_000)
    try t.write("a.cs", "class A {\n  // vtlint:bogus\n}\n" + padding)
    XCTAssertEqual(try t.run(["baseline"]).code, 0)
    let baseline = try t.read(".vtlint-baseline.json")
    func fingerprints(in text: String) -> [String] {
      text.components(separatedBy: "\"fingerprint\": \"").dropFirst().map { String($0.prefix(16)) }
    }
    let expected = fingerprints(in: baseline)
    XCTAssertEqual(expected.count, 1, baseline)
    for format in ["json", "sarif"] {
      let report = try t.run(["--format", format, "a.cs"])
      let key = format == "json" ? "\"fingerprint\": \"" : "\"vtlintFingerprint/v1\": \""
      let found = report.stdout.components(separatedBy: key).dropFirst().map { String($0.prefix(16)) }
      XCTAssertEqual(found, expected, "\(format): \(report.stdout.prefix(2000))")
    }
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
