import Foundation
import XCTest

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Hostile files and trees through the built binary: odd encodings, binary files, unreadable files and
/// directories, symlinks that dangle or loop, a FIFO with a source extension, and line endings and
/// characters that make lines and columns easy to get wrong. Nothing may crash, block or be dropped
/// silently: every path ends up linted, skipped (listed) or failed (a VT9001 finding and exit 1).
///
/// Position probes use `// vtlint:bogus`, which always yields a `VT9004 invalid-suppression` finding at
/// the comment, so these tests do not depend on the ValueTask analysis.
final class HostileFileTests: XCTestCase {
  /// A C# file whose only finding is VT9004 on line 3, column 3.
  static let probe = "class W {\n  int x;\n  // vtlint:bogus\n}\n"

  private func position(_ finding: [String: Any]?) -> [Int] {
    guard let finding else { return [] }
    return [finding["line"] as? Int ?? -1, finding["column"] as? Int ?? -1]
  }

  private func assertFinished(
    _ r: HostileRunner.Outcome, _ what: String, file: StaticString = #filePath, line: UInt = #line
  ) {
    XCTAssertFalse(
      r.timedOut, "\(what): vtlint did not finish (killed after \(Int(r.seconds)) s)", file: file, line: line)
    XCTAssertTrue([0, 1].contains(r.code), "\(what): exit \(r.code), stderr: \(r.stderr)", file: file, line: line)
  }

  func testInvalidUTF8IsLintedWithVT9002AtTheLineOfTheFirstBadByte() throws {
    let t = try HostileTree()
    try t.write("bad.cs", Array("class B {\n  int x;\n  // caf".utf8) + [0xE9, 0xFF] + Array(" \n}\n".utf8))
    try t.write("ok.cs", Self.probe)
    let r = try t.run(["check", "--format", "json", "--verbose", "."])
    assertFinished(r, "invalid UTF-8")
    let encoding = r.findings(rule: "VT9002", path: "bad.cs")
    XCTAssertEqual(encoding.count, 1, r.stdout)
    XCTAssertEqual(position(encoding.first), [3, 9], "line and column of the first bad byte (0xE9 after '  // caf')")
    XCTAssertEqual(r.findings(rule: "VT9004", path: "ok.cs").count, 1, "the other file is still linted")
    XCTAssertEqual(r.verboseLines(about: "bad.cs"), ["linted: bad.cs"], "linted lossily, not skipped")
  }

  func testUTF16WithBOMIsTranscodedAndFindingsLandOnTheRightLines() throws {
    let t = try HostileTree()
    let le: [UInt8] = [0xFF, 0xFE] + Self.probe.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let be: [UInt8] = [0xFE, 0xFF] + Self.probe.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    try t.write("le.cs", le)
    try t.write("be.cs", be)
    let r = try t.run(["check", "--format", "json", "."])
    assertFinished(r, "UTF-16")
    for name in ["le.cs", "be.cs"] {
      XCTAssertEqual(position(r.findings(rule: "VT9004", path: name).first), [3, 3], "\(name): \(r.stdout)")
      XCTAssertEqual(r.findings(rule: "VT9002", path: name).count, 0, "\(name) is valid UTF-16")
      XCTAssertEqual(r.findings(rule: "VT9003", path: name).count, 0, "\(name) lexes cleanly once transcoded")
    }
    XCTAssertEqual(r.skippedPaths, [], "UTF-16 is text, not binary")
  }

  func testUTF8BOMIsNotTextAndDoesNotShiftColumns() throws {
    let t = try HostileTree()
    try t.write("bom.cs", [0xEF, 0xBB, 0xBF] + Array(("// vtlint:bogus\n" + Self.probe).utf8))
    let r = try t.run(["check", "--format", "json", "."])
    assertFinished(r, "UTF-8 BOM")
    let probes = r.findings(rule: "VT9004", path: "bom.cs").map(position)
    XCTAssertEqual(r.findings(rule: "VT9003", path: "bom.cs").count, 0, "the BOM is not a syntax error")
    XCTAssertTrue(probes.contains([4, 3]), "\(probes)")
    // An editor shows the comment right after the (invisible) BOM at column 1.
    XCTAssertTrue(
      probes.contains([1, 1]),
      "line 1: the BOM must not count as a column (editors and GitHub annotations show column 1): \(probes)")
  }

  func testNulBytesMeanBinarySkippedAndListedNotAFinding() throws {
    let t = try HostileTree()
    try t.write("blob.cs", Array("MZ".utf8) + [0, 0, 0x90, 0, 3] + Array("class".utf8))
    try t.write("ok.cs", Self.probe)
    let r = try t.run(["check", "--format", "json", "--verbose", "."])
    assertFinished(r, "NUL bytes")
    XCTAssertEqual(r.skippedPaths, ["blob.cs"])
    XCTAssertEqual(r.findings.filter { ($0["path"] as? String) == "blob.cs" }.count, 0, "skipping is not a finding")
    XCTAssertEqual(r.summary["skipped"] as? Int, 1)
    XCTAssertEqual(r.verboseLines(about: "blob.cs").count, 1)
    XCTAssertTrue(r.verboseLines(about: "blob.cs").first?.hasPrefix("skipped: blob.cs") ?? false, r.stderr)
    XCTAssertEqual(r.code, 0, "a skipped binary does not fail the run")
  }

  func testEmptyFileIsLintedWithoutFindings() throws {
    let t = try HostileTree()
    try t.write("empty.cs", "")
    try t.write("empty.swift", "")
    let r = try t.run(["check", "--format", "json", "--verbose", "."])
    assertFinished(r, "empty files")
    XCTAssertEqual(r.code, 0)
    XCTAssertEqual(r.findings.count, 0, r.stdout)
    XCTAssertEqual(r.verboseLines(about: "empty.cs"), ["linted: empty.cs"])
    XCTAssertEqual(r.verboseLines(about: "empty.swift"), ["linted: empty.swift"])
  }

  func testFiftyMegabyteFileIsSkippedByTheDocumentedLimitAndListed() throws {
    let t = try HostileTree()
    // 50 MB of real-looking code (not a sparse file), so only the size decides.
    let line = Array("    public int Field0123456789 = 42; // padding padding padding padding\n".utf8)
    var big: [UInt8] = []
    big.reserveCapacity(50_000_000 + line.count)
    while big.count < 50_000_000 { big += line }
    try t.write("huge.cs", big)
    try t.write("ok.cs", Self.probe)
    let r = try t.run(["check", "--format", "json", "--verbose", "."])
    assertFinished(r, "50 MB file")
    XCTAssertEqual(r.skippedPaths, ["huge.cs"], r.stdout)
    XCTAssertTrue(r.verboseLines(about: "huge.cs").first?.contains("too large") ?? false, r.stderr)
    XCTAssertEqual(r.findings(rule: "VT9004", path: "ok.cs").count, 1, "the rest of the tree is linted")
    XCTAssertEqual(r.code, 0)
  }

  /// Tests run as root, and root reads `chmod 000` files anyway (CAP_DAC_OVERRIDE). When `setpriv` is
  /// available the binary runs as `nobody`, which really gets EACCES; otherwise the test can only check
  /// what is true for root (the file is linted) and says so.
  func testUnreadableFileIsVT9001WithTheOSErrorAndOthersStillLinted() throws {
    let t = try HostileTree()
    let locked = try t.write("locked.cs", Self.probe)
    try t.write("ok.cs", Self.probe)
    chmod(locked, 0)
    if HostileRunner.canDropPrivileges {
      let r = try t.run(["check", "--format", "json", "--verbose", "."], asNobody: true)
      assertFinished(r, "chmod 000 file")
      let io = r.findings(rule: "VT9001", path: "locked.cs")
      XCTAssertEqual(io.count, 1, "stdout: \(r.stdout) stderr: \(r.stderr)")
      XCTAssertTrue((io.first?["message"] as? String ?? "").contains("Permission denied"), "\(io)")
      XCTAssertEqual(r.findings(rule: "VT9004", path: "ok.cs").count, 1, "other files are still linted")
      XCTAssertEqual(r.code, 1)
    } else {
      let r = try t.run(["check", "--format", "json", "."])
      assertFinished(r, "chmod 000 file as root")
      if geteuid() == 0 {
        // Root bypasses permission bits and cannot drop them here: the file is simply read.
        XCTAssertEqual(r.findings(rule: "VT9004", path: "locked.cs").count, 1, r.stdout)
      } else {
        XCTAssertEqual(r.findings(rule: "VT9001", path: "locked.cs").count, 1, r.stdout)
        XCTAssertEqual(r.code, 1)
      }
    }
  }

  func testUnenterableDirectoryIsVT9001WithTheOSErrorAndOthersStillLinted() throws {
    let t = try HostileTree()
    try t.write("locked/inner.cs", Self.probe)
    try t.write("ok.cs", Self.probe)
    chmod(t.path("locked"), 0)
    guard HostileRunner.canDropPrivileges else {
      throw XCTSkip("running as root without setpriv: root enters chmod 000 directories, EACCES cannot happen")
    }
    let r = try t.run(["check", "--format", "json", "--verbose", "."], asNobody: true)
    assertFinished(r, "chmod 000 directory")
    XCTAssertEqual(r.findings(rule: "VT9004", path: "ok.cs").count, 1, "other files are still linted")
    let io = r.findings(rule: "VT9001").filter { ($0["path"] as? String ?? "").hasPrefix("locked") }
    XCTAssertEqual(io.count, 1, "a VT9001 finding names the directory; stdout: \(r.stdout) stderr: \(r.stderr)")
    XCTAssertTrue((io.first?["message"] as? String ?? "").contains("Permission denied"), "the OS error: \(io)")
    XCTAssertEqual(r.code, 1, "an unreadable directory fails the run")
  }

  func testDanglingSymlinkIsListedNeverFatal() throws {
    let t = try HostileTree()
    try t.write("ok.cs", Self.probe)
    XCTAssertEqual(symlink(t.path("missing.cs"), t.path("dangling.cs")), 0)
    for flags in [[], ["--follow-symlinks"]] {
      let r = try t.run(["check", "--format", "json", "--verbose"] + flags + ["."])
      assertFinished(r, "dangling symlink \(flags)")
      XCTAssertEqual(r.code, 0, "\(flags): \(r.stderr)")
      XCTAssertEqual(r.findings(rule: "VT9004", path: "ok.cs").count, 1)
      XCTAssertEqual(
        r.verboseLines(about: "dangling.cs").count, 1,
        "\(flags): the link is named by --verbose (nothing dropped silently); stderr: \(r.stderr)")
    }
    // Named explicitly it is skipped and listed, not an error.
    let explicit = try t.run(["check", "--format", "json", "dangling.cs"])
    assertFinished(explicit, "explicit dangling symlink")
    XCTAssertEqual(explicit.skippedPaths, ["dangling.cs"], explicit.stdout + explicit.stderr)
  }

  func testSymlinkLoopsFinishWithAndWithoutFollowSymlinks() throws {
    let t = try HostileTree()
    try t.write("src/ok.cs", Self.probe)
    XCTAssertEqual(symlink(t.path("b.cs"), t.path("a.cs")), 0)  // a.cs → b.cs → a.cs
    XCTAssertEqual(symlink(t.path("a.cs"), t.path("b.cs")), 0)
    XCTAssertEqual(symlink("..", t.path("src/up")), 0)  // a directory loop
    for flags in [[], ["--follow-symlinks"]] {
      let r = try t.run(["check", "--format", "json", "--verbose"] + flags + ["."], timeout: 60)
      assertFinished(r, "symlink loops \(flags)")
      XCTAssertEqual(r.code, 0, "\(flags): \(r.stderr)")
      XCTAssertEqual(r.findings(rule: "VT9004").count, 1, "\(flags): src/ok.cs linted exactly once: \(r.stdout)")
      for name in ["a.cs", "b.cs"] {
        XCTAssertEqual(
          r.verboseLines(about: name).count, 1, "\(flags): \(name) is named by --verbose; stderr: \(r.stderr)")
      }
    }
    let explicit = try t.run(["check", "--format", "json", "a.cs"])
    assertFinished(explicit, "explicit symlink loop")
    XCTAssertEqual(explicit.skippedPaths, ["a.cs"], explicit.stdout + explicit.stderr)
  }

  func testFIFONamedLikeSourceIsSkippedAndNeverBlocks() throws {
    let t = try HostileTree()
    try t.write("ok.cs", Self.probe)
    XCTAssertEqual(mkfifo(t.path("x.cs"), 0o644), 0)
    // No writer ever opens the FIFO: a reader that opened it would block until the time limit.
    let walked = try t.run(["check", "--format", "json", "--verbose", "."], timeout: 30)
    assertFinished(walked, "FIFO in a walked tree")
    XCTAssertEqual(walked.findings(rule: "VT9004", path: "ok.cs").count, 1)
    XCTAssertEqual(walked.verboseLines(about: "x.cs").count, 1, "the FIFO is listed as skipped: \(walked.stderr)")
    let explicit = try t.run(["check", "--format", "json", "x.cs"], timeout: 30)
    assertFinished(explicit, "FIFO named explicitly")
    XCTAssertEqual(explicit.skippedPaths, ["x.cs"], explicit.stdout + explicit.stderr)
    XCTAssertEqual(explicit.code, 0)
  }

  func testCRLFAndLoneCRLineEndingsGiveEditorLinesAndColumns() throws {
    let t = try HostileTree()
    try t.write("crlf.cs", Self.probe.replacingOccurrences(of: "\n", with: "\r\n"))
    try t.write("cr.cs", Self.probe.replacingOccurrences(of: "\n", with: "\r"))
    try t.write("mixed.cs", "class W {\r\n  int x;\r  // vtlint:bogus\n}\r\n")
    let r = try t.run(["check", "--format", "json", "."])
    assertFinished(r, "line endings")
    for name in ["crlf.cs", "cr.cs", "mixed.cs"] {
      XCTAssertEqual(position(r.findings(rule: "VT9004", path: name).first), [3, 3], "\(name): \(r.stdout)")
      XCTAssertEqual(r.findings(rule: "VT9003", path: name).count, 0, "\(name): line endings are not errors")
    }
  }

  func testTabsAndMultibyteCharactersBeforeAFindingCountOneColumnEach() throws {
    let t = try HostileTree()
    // tab, then `var s = "é😀";` (é is 2 bytes, 😀 is 4): the comment starts at column 16.
    try t.write("cols.cs", "class W {\n\tvar s = \"é😀\"; // vtlint:bogus\n}\n")
    try t.write("cjk.cs", "class W {\n  /* 日本語 */ // vtlint:bogus\n}\n")
    let r = try t.run(["check", "--format", "json", "."])
    assertFinished(r, "columns")
    XCTAssertEqual(position(r.findings(rule: "VT9004", path: "cols.cs").first), [2, 16], r.stdout)
    XCTAssertEqual(position(r.findings(rule: "VT9004", path: "cjk.cs").first), [2, 13], r.stdout)
  }
}
