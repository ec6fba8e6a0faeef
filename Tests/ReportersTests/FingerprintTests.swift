import Reporters
import Rules
import SourceModel
import XCTest

final class FingerprintTests: XCTestCase {
  private func finding(in file: SourceFile, needle: String, occurrence: Int = 0, member: String? = "C.M") -> Finding {
    Finding(
      rule: TestRuns.rule, message: "m", file: file,
      range: TestRuns.range(of: needle, in: file, occurrence: occurrence), enclosingMember: member)
  }

  func testIsSixteenLowercaseHexDigits() {
    let file = SourceFile(path: "a.cs", text: "x = await vt;\n")
    let fp = Fingerprint.of(finding(in: file, needle: "await vt"), in: file)
    XCTAssertEqual(fp.count, 16)
    XCTAssertTrue(fp.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }, fp)
  }

  func testSurvivesLinesInsertedAboveAndReindentation() {
    let before = SourceFile(path: "a.cs", text: "class C {\n  void M() {\n    x = await vt;\n  }\n}\n")
    let after = SourceFile(
      path: "a.cs", text: "// new\n\nclass C {\n  void M() {\n\t\tx  =   await vt;  \r\n  }\n}\n")
    let a = finding(in: before, needle: "await vt")
    let b = finding(in: after, needle: "await vt")
    XCTAssertNotEqual(a.start.line, b.start.line)
    XCTAssertEqual(Fingerprint.of(a, in: before), Fingerprint.of(b, in: after))
  }

  func testChangesWithRuleLineTextAndMember() {
    let file = SourceFile(path: "a.cs", text: "x = await vt;\ny = await vt;\n")
    let base = finding(in: file, needle: "await vt")
    let other = finding(in: file, needle: "await vt", occurrence: 1)
    var otherRule = base
    otherRule.ruleID = "VT0002"
    let otherMember = finding(in: file, needle: "await vt", member: "C.N")
    let noMember = finding(in: file, needle: "await vt", member: nil)
    let all = [base, other, otherRule, otherMember, noMember].map { Fingerprint.of($0, in: file) }
    XCTAssertEqual(Set(all).count, all.count, "\(all)")
  }

  func testKnownValueIsStableAcrossRuns() {
    // Pinned: a change here invalidates every user's baseline, so it must be deliberate.
    let fp = Fingerprint.make(
      ruleID: "VT0001", lineText: Array("  var b = await vt;\n".utf8), enclosingMember: "Cache.M")
    XCTAssertEqual(
      fp, Fingerprint.make(ruleID: "VT0001", lineText: Array("var b = await vt;".utf8), enclosingMember: "Cache.M"))
    // Independently computed: FNV-1a 64 over "vtlint-fingerprint/1\0VT0001\0var b = await vt;\0Cache.M".
    XCTAssertEqual(fp, "eb344355c6d60dee")
  }

  func testFoldWhitespace() {
    XCTAssertEqual(
      String(decoding: Fingerprint.foldWhitespace(Array(" \t a \t\u{0B}\u{0C} b\r\n".utf8)), as: UTF8.self), "a b")
    XCTAssertEqual(Fingerprint.foldWhitespace([]), [])
  }
}
