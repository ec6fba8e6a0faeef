import Foundation
import XCTest

/// The driver with the C# analysis's real findings: a ValueTask awaited twice is BAD (VT0001), and every
/// suppression form, the baseline and the exit codes apply to it.
final class RealFindingTests: XCTestCase {
  static func awaitedTwice(_ marker: String = "", before: String = "") -> String {
    """
    using System.Threading.Tasks;

    public interface ISource { ValueTask<int> ReadAsync(); }

    public class Reader
    {
        public async Task<int> RunAsync(ISource source)
        {
            ValueTask<int> vt = source.ReadAsync();
            int a = await vt;
    \(before)        int b = await vt;\(marker)
            return a + b;
        }
    }

    """
  }

  func testBADFindingFailsAndIsSuppressible() throws {
    let t = try TempTree()
    try t.write("Twice.cs", Self.awaitedTwice())
    let r = try t.run(["Twice.cs"])
    XCTAssertEqual(r.code, 1, r.stdout + r.stderr)
    XCTAssertTrue(r.stdout.contains("Twice.cs:11:17: error: [BAD]"), r.stdout)
    XCTAssertTrue(r.stdout.contains("[VT0001 consumed-twice]"), r.stdout)
    XCTAssertEqual(try t.run(["--exit-zero", "Twice.cs"]).code, 0)

    let forms: [(String, String)] = [
      ("", "        // vtlint:disable:next VT0001 -- reviewed\n"),
      (" // vtlint:disable:this consumed-twice", ""),
      ("", "#pragma warning disable VT0001\n"),
      ("", "#pragma warning disable CA2012 // signed off for Roslyn\n"),
    ]
    for (index, form) in forms.enumerated() {
      try t.write("S\(index).cs", Self.awaitedTwice(form.0, before: form.1))
      let s = try t.run(["S\(index).cs"])
      XCTAssertFalse(s.stdout.contains("VT0001"), "\(form): \(s.stdout)")
      XCTAssertTrue(s.stderr.contains("1 suppressed"), "\(form): \(s.stderr)")
      XCTAssertEqual(s.code, 0, "\(form): \(s.stdout)")
    }
    // A bare pragma does not silence vtlint by default.
    try t.write("Bare.cs", Self.awaitedTwice(before: "#pragma warning disable\n"))
    XCTAssertEqual(try t.run(["Bare.cs"]).code, 1)
    try t.write(".vtlint.yml", "suppressions:\n  honor_bare_pragma: true\n")
    XCTAssertEqual(try t.run(["Bare.cs"]).code, 0)
  }

  func testBaselineSurvivesInsertedLines() throws {
    let t = try TempTree()
    try t.write("Twice.cs", Self.awaitedTwice())
    XCTAssertEqual(try t.run(["baseline"]).code, 0)
    XCTAssertEqual(try t.run(["--baseline", ".vtlint-baseline.json"]).code, 0)
    try t.write("Twice.cs", "// a new header line\n// and another\n" + Self.awaitedTwice())
    let shifted = try t.run(["--baseline", ".vtlint-baseline.json"])
    XCTAssertEqual(shifted.code, 0, shifted.stdout)
    XCTAssertTrue(shifted.stderr.contains("1 baselined"), shifted.stderr)
  }

  /// `one_shot_members` reaches the analysis: a wrapper vtlint cannot see is treated as returning a ValueTask.
  func testOneShotMembersFromConfiguration() throws {
    let t = try TempTree()
    try t.write(
      "Wrapped.cs",
      """
      using System.Threading.Tasks;

      public class Reader
      {
          public async Task<int> RunAsync(Wrapper w)
          {
              var vt = w.FetchAsync();
              int a = await vt;
              int b = await vt;
              return a + b;
          }
      }

      """)
    XCTAssertEqual(try t.run([]).code, 0, "unknown member: vtlint says nothing")
    try t.write(".vtlint.yml", "one_shot_members: [FetchAsync]\n")
    let r = try t.run([])
    XCTAssertEqual(r.code, 1, r.stdout + r.stderr)
    XCTAssertTrue(r.stdout.contains("Wrapped.cs:9:17: error: [BAD]"), r.stdout)
  }

  func testSeverityConfigAndEditorConfigApplyToRealRules() throws {
    let t = try TempTree()
    try t.write("Twice.cs", Self.awaitedTwice())
    try t.write(".editorconfig", "[*.cs]\ndotnet_diagnostic.VT0001.severity = suggestion\n")
    let r = try t.run(["--show-good"])
    XCTAssertEqual(r.code, 0, r.stdout)
    XCTAssertTrue(r.stdout.contains(": note: [BAD]"), r.stdout)
  }

  func testSwiftDirectivesSilenceSwiftRules() throws {
    let t = try TempTree()
    let body = """
      func value(flag: Bool) async -> Int {
        await withCheckedContinuation { continuation in
          if flag {
            continuation.resume(returning: 1)
          }
      %@    continuation.resume(returning: 2)
        }
      }

      """
    try t.write("Plain.swift", body.replacingOccurrences(of: "%@", with: ""))
    try t.write(
      "Quiet.swift", body.replacingOccurrences(of: "%@", with: "    // vtlint:disable:next VT0101 -- reviewed\n"))
    let plain = try t.run(["Plain.swift"])
    XCTAssertEqual(plain.code, 1, plain.stdout)
    XCTAssertTrue(plain.stdout.contains("[VT0101 continuation-resumed-twice]"), plain.stdout)
    let quiet = try t.run(["Quiet.swift"])
    XCTAssertEqual(quiet.code, 0, quiet.stdout)
    XCTAssertTrue(quiet.stderr.contains("1 suppressed"), quiet.stderr)
  }

  /// GOOD findings are counted in the summary but shown only with `--show-good`.
  func testGoodFindingsCountedButHidden() throws {
    let seed = CLIRunner.packageRoot.appendingPathComponent("Fixtures/seed")
    let hidden = try CLIRunner.run(["--format", "text", "."], in: seed)
    XCTAssertEqual(hidden.code, 1)
    XCTAssertFalse(hidden.stdout.contains("[GOOD]"), hidden.stdout)
    let good = try XCTUnwrap(hidden.stderr.split(separator: " ").first.flatMap { Int($0) })
    XCTAssertGreaterThan(good, 0, hidden.stderr)
    let shown = try CLIRunner.run(["--show-good", "."], in: seed)
    XCTAssertEqual(shown.stdout.components(separatedBy: "[GOOD]").count - 1, good, shown.stdout)
    XCTAssertEqual(shown.stderr, hidden.stderr, "the summary does not depend on --show-good")
  }
}
