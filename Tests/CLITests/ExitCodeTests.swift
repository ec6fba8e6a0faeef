import Foundation
import XCTest

/// The exit-code contract, through the binary: 0 nothing failing, 1 failing findings, 2 vtlint could not do
/// its job; `--exit-zero` turns 1 into 0 but never hides 2. Until the C# analysis reports BAD findings, the
/// failing findings here are VT9004 (a WARNING, promoted to error by configuration) and VT9001 (a BAD
/// io-error).
final class ExitCodeTests: XCTestCase {
  /// A file with one WARNING finding (VT9004: malformed directive).
  static let warningSource = "class W {\n  // vtlint:bogus\n}\n"

  private func tree(warnings: Int, errorConfig: Bool = false) throws -> TempTree {
    let t = try TempTree()
    try t.write("clean.cs", "class Clean { }\n")
    for i in 0..<warnings { try t.write("w\(i).cs", Self.warningSource) }
    if errorConfig { try t.write(".vtlint.yml", "severity:\n  VT9004: error\n") }
    return t
  }

  struct Case {
    var flags: [String]
    var clean: Int32
    var warnings: Int32
    var errors: Int32
  }

  /// Every flag combination against a clean tree, a tree with 2 warnings and a tree with an error finding.
  func testMatrix() throws {
    let cases: [Case] = [
      Case(flags: [], clean: 0, warnings: 0, errors: 1),
      Case(flags: ["--strict"], clean: 0, warnings: 1, errors: 1),
      Case(flags: ["--fail-on", "warning"], clean: 0, warnings: 1, errors: 1),
      Case(flags: ["--fail-on", "bad"], clean: 0, warnings: 0, errors: 1),
      Case(flags: ["--max-warnings", "0"], clean: 0, warnings: 1, errors: 1),
      Case(flags: ["--max-warnings", "1"], clean: 0, warnings: 1, errors: 1),
      Case(flags: ["--max-warnings", "2"], clean: 0, warnings: 0, errors: 1),
      Case(flags: ["--exit-zero"], clean: 0, warnings: 0, errors: 0),
      Case(flags: ["--strict", "--exit-zero"], clean: 0, warnings: 0, errors: 0),
      Case(flags: ["--max-warnings", "0", "--exit-zero"], clean: 0, warnings: 0, errors: 0),
      Case(flags: ["--strict", "--max-warnings", "5"], clean: 0, warnings: 1, errors: 1),
    ]
    let clean = try tree(warnings: 0)
    let warned = try tree(warnings: 2)
    let errored = try tree(warnings: 1, errorConfig: true)
    for c in cases {
      for (t, expected, label) in [
        (clean, c.clean, "clean"), (warned, c.warnings, "warnings"), (errored, c.errors, "errors"),
      ] {
        let r = try t.run(["check"] + c.flags)
        XCTAssertEqual(r.code, expected, "\(label) \(c.flags): stdout=\(r.stdout) stderr=\(r.stderr)")
      }
    }
  }

  /// The default command is `check`, and a finding's line has the documented shape.
  func testDefaultCommandAndLineShape() throws {
    let t = try tree(warnings: 1, errorConfig: true)
    let r = try t.run([])
    XCTAssertEqual(r.code, 1)
    let line = try XCTUnwrap(r.stdout.split(separator: "\n").first)
    XCTAssertEqual(
      String(line),
      "w0.cs:2:3: error: [WARNING] malformed directive 'vtlint:bogus': expected disable, enable, disable:next, disable:this or disable:previous [VT9004 invalid-suppression]"
    )
    XCTAssertTrue(r.stderr.contains("1 WARNING, 0 BAD in 2 files"), r.stderr)
  }

  #if os(Linux)
    /// A file that cannot be read is VT9001 (BAD) and exit 1, naming the file; `--exit-zero` makes it 0.
    func testIOErrorFailsTheRun() throws {
      let t = try TempTree()
      try FileManager.default.createSymbolicLink(
        atPath: t.root.appendingPathComponent("broken.cs").path, withDestinationPath: "/proc/self/mem")
      let r = try t.run(["broken.cs"])
      XCTAssertEqual(r.code, 1, r.stderr)
      XCTAssertTrue(r.stdout.hasPrefix("broken.cs:1:1: error: [BAD] cannot read file"), r.stdout)
      XCTAssertTrue(r.stdout.contains("[VT9001 io-error]"))
      XCTAssertEqual(try t.run(["--exit-zero", "broken.cs"]).code, 0)
      // Switching the rule off does not hide that the file was not linted.
      try t.write(".vtlint.yml", "severity: {VT9001: off}\n")
      XCTAssertEqual(try t.run(["broken.cs"]).code, 1)
    }
  #endif

  /// Every way vtlint can fail to do its job is exit 2, with or without `--exit-zero`, and says why.
  func testToolFailuresAreTwo() throws {
    let t = try tree(warnings: 1)
    try t.write("bad-config.yml", "exclud: []\n")
    let failures: [([String], String)] = [
      (["--no-such-flag"], "Unknown option"),
      (["--format", "nope"], "unknown format"),
      (["--fail-on", "sometimes"], "--fail-on"),
      (["--max-warnings", "x"], "max-warnings"),
      (["missing-dir"], "missing-dir: no such file or directory"),
      (["--config", "bad-config.yml"], "bad-config.yml:1:1: unknown key 'exclud' (did you mean 'exclude'?)"),
      (["--config", "absent.yml"], "absent.yml"),
      (["--baseline", "absent.json"], "absent.json"),
      (["-o", "no/such/dir/out.txt"], "no/such/dir/out.txt"),
      (["--report", "json:no/such/dir/r.json"], "no/such/dir/r.json"),
      (["--report", "json"], "FORMAT:PATH"),
      (["--lang", "cobol"], "cobol"),
    ]
    for (flags, message) in failures {
      for extra in [[], ["--exit-zero"]] {
        let r = try t.run(flags + extra)
        XCTAssertEqual(r.code, 2, "\(flags + extra): \(r.stderr)")
        XCTAssertTrue(r.stderr.contains(message), "\(flags + extra): stderr was \(r.stderr)")
      }
    }
  }

  func testHelpAndVersionExitZero() throws {
    let t = try TempTree()
    let help = try t.run(["--help"])
    XCTAssertEqual(help.code, 0)
    XCTAssertTrue(help.stdout.contains("USAGE"), help.stdout)
    let version = try t.run(["--version"])
    XCTAssertEqual(version.code, 0)
    XCTAssertFalse(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
  }

  /// No lintable files: a warning on stderr and exit 0.
  func testNothingToLintIsZero() throws {
    let t = try TempTree()
    try t.write("notes.txt", "hello")
    let r = try t.run([])
    XCTAssertEqual(r.code, 0)
    XCTAssertTrue(r.stderr.contains("no C# or Swift files found"), r.stderr)
  }
}
