import Foundation
import XCTest

@testable import LintDriver

/// `.vtlint.yml`, `.editorconfig`, `vtlint init`, through the binary.
final class ConfigurationTests: XCTestCase {
  static let warning = "class W {\n  // vtlint:bogus\n}\n"

  func testUnknownKeyNamesLineAndSuggests() throws {
    let t = try TempTree()
    try t.write("a.cs", "class A { }\n")
    try t.write(".vtlint.yml", "version: 1\nexclude: []\nfail_onn: warning\n")
    let r = try t.run([])
    XCTAssertEqual(r.code, 2)
    XCTAssertTrue(r.stderr.contains(".vtlint.yml:3:1: unknown key 'fail_onn' (did you mean 'fail_on'?)"), r.stderr)
  }

  func testBadValuesAreExitTwo() throws {
    let cases = [
      ("fail_on: sometimes\n", "1:10: fail_on must be one of bad, warning"),
      ("severity:\n  VT9004: loud\n", "2:11: severity of VT9004 must be one of off, note, warning, error"),
      ("severity:\n  VT9O04: off\n", "2:3: unknown rule 'VT9O04' (did you mean 'VT9004'?)"),
      (
        "suppressions:\n  honor_pragmas: true\n",
        "2:3: unknown key 'suppressions.honor_pragmas' (did you mean 'honor_pragma'?)"
      ),
      ("languages: [csharp, swfit]\n", "unknown language 'swfit' (did you mean 'swift'?)"),
      ("max_file_size: lots\n", "max_file_size"),
      ("version: 2\n", "unsupported version"),
      ("- just\n- a list\n", "must be a mapping"),
      ("key: [unclosed\n", "invalid YAML"),
    ]
    for (yaml, message) in cases {
      let t = try TempTree()
      try t.write("a.cs", "class A { }\n")
      try t.write(".vtlint.yml", yaml)
      let r = try t.run([])
      XCTAssertEqual(r.code, 2, yaml)
      XCTAssertTrue(r.stderr.contains(message), "\(yaml): \(r.stderr)")
    }
  }

  /// The config is found walking up from the working directory; `--no-config` ignores it; `--config`
  /// picks another.
  func testDiscoveryAndOverrides() throws {
    let t = try TempTree()
    try t.write(".vtlint.yml", "fail_on: warning\n")
    try t.write("sub/dir/w.cs", Self.warning)
    let r = try CLIRunner.run(["w.cs"], in: t.root.appendingPathComponent("sub/dir"))
    XCTAssertEqual(r.code, 1, "fail_on: warning from the parent directory")
    XCTAssertEqual(try CLIRunner.run(["--no-config", "w.cs"], in: t.root.appendingPathComponent("sub/dir")).code, 0)
    try t.write("other.yml", "severity: {invalid-suppression: off}\n")
    let other = try t.run(["--config", "other.yml", "--strict", "sub"])
    XCTAssertEqual(other.code, 0, other.stdout)
    XCTAssertEqual(other.stdout, "")
  }

  func testSeverityExcludeAndPerFileIgnores() throws {
    let t = try TempTree()
    try t.write("src/a.cs", Self.warning)
    try t.write("tests/b.cs", Self.warning)
    try t.write("vendor/c.cs", Self.warning)
    try t.write(
      ".vtlint.yml",
      """
      exclude: ["vendor/"]
      severity:
        VT9004: error
      per_file_ignores:
        "tests/**": [invalid-suppression]
      """)
    let r = try t.run(["--verbose"])
    XCTAssertEqual(r.code, 1)
    XCTAssertEqual(r.stdout.split(separator: "\n").map { String($0.prefix(while: { $0 != ":" })) }, ["src/a.cs"])
    XCTAssertTrue(r.stdout.contains(": error: [WARNING]"), r.stdout)
    XCTAssertFalse(r.stderr.contains("vendor/c.cs"), r.stderr)
    // An explicit path is linted even when excluded, unless --force-exclude.
    XCTAssertTrue(try t.run(["vendor/c.cs"]).stdout.contains("vendor/c.cs:2:3"))
    XCTAssertEqual(try t.run(["--force-exclude", "vendor/c.cs"]).stdout, "")
  }

  func testEditorConfigSeverities() throws {
    let t = try TempTree()
    try t.write("a/w.cs", Self.warning)
    try t.write("b/w.cs", Self.warning)
    try t.write(
      ".editorconfig",
      "root = true\n\n[*.cs]\ndotnet_diagnostic.VT9004.severity = error\ndotnet_diagnostic.CA2012.severity = none\n\n"
        + "[b/**.cs]\ndotnet_diagnostic.IDE0005.severity = error\ndotnet_diagnostic.vt9004.severity = none\n"
    )
    let r = try t.run([])
    XCTAssertEqual(r.code, 1)
    XCTAssertEqual(r.stdout.split(separator: "\n").count, 1, r.stdout)
    XCTAssertTrue(r.stdout.hasPrefix("a/w.cs:2:3: error:"), r.stdout)
    // .vtlint.yml beats .editorconfig.
    try t.write(".vtlint.yml", "severity: {VT9004: warning}\n")
    XCTAssertEqual(try t.run([]).code, 0)
  }

  func testEditorConfigParentDirectoriesAreFoundations() {
    for path in ["/a/b/c.cs", "/c.cs", "/a/b/", "/", "/a", "/a/b", "/x y/é/ü.cs"] {
      XCTAssertEqual(EditorConfigResolver.parent(of: path), (path as NSString).deletingLastPathComponent, path)
    }
  }

  func testEditorConfigGlobs() {
    XCTAssertTrue(EditorConfigResolver.matches("*.cs", relative: "x/y/A.cs"))
    XCTAssertTrue(EditorConfigResolver.matches("*.{cs,vb}", relative: "A.vb"))
    XCTAssertTrue(EditorConfigResolver.matches("src/**/*.cs", relative: "src/a/b/A.cs"))
    XCTAssertFalse(EditorConfigResolver.matches("src/*.cs", relative: "src/a/A.cs"))
    XCTAssertTrue(EditorConfigResolver.matches("file{1..3}.cs", relative: "file2.cs"))
    XCTAssertFalse(EditorConfigResolver.matches("file{1..3}.cs", relative: "file4.cs"))
  }

  func testInitWritesAStarterThatLoadsAndRefusesToOverwrite() throws {
    let t = try TempTree()
    let r = try t.run(["init"])
    XCTAssertEqual(r.code, 0, r.stderr)
    XCTAssertTrue(try t.read(".vtlint.yml").contains("fail_on: bad"))
    try t.write("a.cs", "class A { }\n")
    XCTAssertEqual(try t.run([]).code, 0, "the starter config is valid")
    let again = try t.run(["init"])
    XCTAssertEqual(again.code, 2)
    XCTAssertTrue(again.stderr.contains("already exists"))
  }

  /// The configuration shown in the README is valid.
  func testReadmeExampleLoads() throws {
    let readme = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    let start = try XCTUnwrap(readme.range(of: "```yaml\nversion: 1\n"))
    let end = try XCTUnwrap(readme.range(of: "```\n", range: start.upperBound..<readme.endIndex))
    let t = try TempTree()
    try t.write(".vtlint.yml", String(readme[readme.index(start.lowerBound, offsetBy: 8)..<end.lowerBound]))
    try t.write("a.cs", "class A { }\n")
    XCTAssertEqual(try t.run(["baseline"]).code, 0)
    let r = try t.run([])
    XCTAssertEqual(r.code, 0, r.stderr)
  }

  func testEditDistance() {
    XCTAssertEqual(ConfigError.editDistance("exclud", "exclude"), 1)
    XCTAssertEqual(ConfigError.suggestion(for: "zzzzzz", among: ["exclude"]), "")
  }
}
