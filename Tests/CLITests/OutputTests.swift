import Foundation
import XCTest

/// Where output goes and its order: `-o`, `--report`, `--show-good`, `--quiet`, `--statistics`, and the
/// same bytes whatever the thread count.
final class OutputTests: XCTestCase {
  static let warning = "class W {\n  // vtlint:bogus\n}\n"

  private func project(files: Int = 12) throws -> TempTree {
    let t = try TempTree()
    for i in 0..<files {
      try t.write(
        "d\(i % 3)/f\(i).cs", "class F\(i) {\n  // vtlint:bad\(i)\n  // vtlint:disable:next VT9003\n  int x;\n}\n")
    }
    return t
  }

  func testSortedAndIndependentOfThreads() throws {
    let t = try project(files: 40)
    let serial = try t.run(["-j", "1", "--format", "json"])
    let parallel = try t.run(["-j", "8", "--format", "json"])
    XCTAssertEqual(serial.code, 0)
    XCTAssertEqual(serial.stdout, parallel.stdout)
    let text = try t.run(["-j", "8"])
    let lines = text.stdout.split(separator: "\n").map(String.init)
    XCTAssertEqual(lines.count, 80)
    let keys = lines.map { line -> [String] in
      let parts = line.split(separator: ":")
      return [String(parts[0]), String(format: "%06d", Int(parts[1])!), String(format: "%06d", Int(parts[2])!)]
    }
    XCTAssertEqual(keys, keys.sorted { $0.lexicographicallyPrecedes($1) })
  }

  func testOutputFileAndReports() throws {
    let t = try project(files: 2)
    let r = try t.run(["--format", "json", "-o", "out.json", "--report", "sarif:out.sarif", "--report", "text:out.txt"])
    XCTAssertEqual(r.code, 0, r.stderr)
    XCTAssertEqual(r.stdout, "", "the main format went to the file")
    XCTAssertTrue(try t.read("out.json").contains("\"schema\": \"vtlint-report/1\""))
    XCTAssertTrue(try t.read("out.sarif").contains("\"version\": \"2.1.0\""))
    XCTAssertEqual(try t.read("out.txt").split(separator: "\n").count, 4)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: t.root.path).filter { $0.hasSuffix(".tmp") }
    XCTAssertEqual(leftovers, [], "temporary files are renamed into place")
  }

  func testQuietAndStatistics() throws {
    let t = try project(files: 2)
    let quiet = try t.run(["--quiet"])
    XCTAssertEqual(quiet.stderr, "")
    let stats = try t.run(["--statistics", "--quiet"])
    XCTAssertTrue(stats.stderr.contains("2  VT9000  unused-suppression"), stats.stderr)
    XCTAssertTrue(stats.stderr.contains("2  VT9004  invalid-suppression"), stats.stderr)
    let clean = try TempTree()
    try clean.write("a.cs", "class A { }\n")
    let silent = try clean.run(["--quiet"])
    XCTAssertEqual(silent.stdout + silent.stderr, "", "a clean quiet run prints nothing")
  }

  func testGitHubStepSummaryIsAppended() throws {
    let t = try project(files: 1)
    let summary = t.root.appendingPathComponent("summary.md")
    try Data("previous step\n".utf8).write(to: summary)
    let r = try CLIRunner.run(
      ["--github-summary"], in: t.root, environment: ["GITHUB_STEP_SUMMARY": summary.path])
    XCTAssertEqual(r.code, 0, r.stderr)
    let text = try t.read("summary.md")
    XCTAssertTrue(text.hasPrefix("previous step\n### vtlint"), text)
    XCTAssertTrue(text.contains("VT9004"), text)
  }

  func testAllFormatsRender() throws {
    let t = try project(files: 1)
    for format in ["text", "full", "json", "sarif", "github", "gitlab", "junit", "checkstyle", "msbuild"] {
      let r = try t.run(["--format", format])
      XCTAssertEqual(r.code, 0, "\(format): \(r.stderr)")
      XCTAssertFalse(r.stdout.isEmpty, format)
    }
  }
}
