import CSharpFrontend
import Foundation
import XCTest

/// Syntax errors: a diagnostic, then parsing resumes at the next statement or member; absurd nesting gives one
/// diagnostic and never a stack overflow.
final class ParserRecoveryTests: XCTestCase {
  func testBadMemberDoesNotLoseTheNextOne() {
    let (tree, bytes, messages) = ParserTestSupport.parse(
      "class C {\n  public int = 5;\n  public void M() { }\n  int @ bad ( ;\n  int N => 1;\n}\nclass D { }")
    XCTAssertFalse(messages.isEmpty)
    XCTAssertTrue(messages[0].hasPrefix("2:14: expected a member name"), "\(messages)")
    let outline = SyntaxOutline.lines(for: tree.root, bytes: bytes)
    XCTAssertTrue(outline.contains("  public method void M()"), "\(outline)")
    XCTAssertTrue(outline.contains("  property int N"), "\(outline)")
    XCTAssertEqual(outline.last, "class D")
  }

  func testMissingSemicolonKeepsBothStatements() {
    let (tree, bytes, messages) = ParserTestSupport.parse("class C { void M() {\n  int x = 1\n  x++;\n  F()\n} }")
    XCTAssertEqual(messages, ["3:3: expected ';', found 'x'", "5:1: expected ';', found '}'"])
    let outline = SyntaxOutline.lines(for: tree.root, bytes: bytes)
    XCTAssertEqual(outline.dropFirst(3).prefix(3), ["      local int x = 1", "      (++post x)", "      (call F)"])
  }

  func testBadStatementIsSkippedToTheNextOne() {
    let (tree, bytes, messages) = ParserTestSupport.parse("class C { void M() {\n  x = ) + ;\n  y = 2;\n} }")
    XCTAssertEqual(messages.count, 1, "\(messages)")
    let outline = SyntaxOutline.lines(for: tree.root, bytes: bytes)
    XCTAssertTrue(outline.contains("      (= y 2)"), "\(outline)")
  }

  func testUnbalancedBraces() {
    // An extra closer: reported, and the class after it is still read.
    var result = ParserTestSupport.parse("class C { void M() { } } }\nclass D { }")
    XCTAssertEqual(result.messages, ["1:26: unexpected '}'"])
    XCTAssertEqual(SyntaxOutline.lines(for: result.tree.root, bytes: result.bytes).last, "class D")
    // Missing closers at end of file.
    result = ParserTestSupport.parse("class C { void M() { if (x) {")
    XCTAssertFalse(result.messages.isEmpty)
    XCTAssertTrue(result.messages.allSatisfy { $0.contains("'}'") }, "\(result.messages)")
    // A member-level stray `)`.
    result = ParserTestSupport.parse("class C { ) void M() { } }")
    XCTAssertEqual(result.messages.count, 1, "\(result.messages)")
    XCTAssertTrue(SyntaxOutline.lines(for: result.tree.root, bytes: result.bytes).contains("  method void M()"))
  }

  func testLongElseIfChainsAreNotNesting() {
    let body = "if (a) { } " + String(repeating: "else if (b) { } ", count: 900) + "else { }"
    let messages = onEightMegabyteStack { ParserTestSupport.parse("class C { void M() { " + body + " } }").messages }
    XCTAssertEqual(messages, [])
    let outline = ParserTestSupport.outline("class C { void M() { if (a) x(); else if (b) y(); else z(); } }")
    XCTAssertEqual(
      outline.dropFirst(3).prefix(7),
      [
        "      if a", "        (call x)", "      else", "        if b", "          (call y)", "        else",
        "          (call z)",
      ])
  }

  func testGarbageNeverHangs() {
    for source in [
      "(((", ")))", "class", "class C {", "namespace", "{ { {", "var x = new", "x switch {", "a ? b", "F(out",
      "class C { int this[ }", "$\"{\"", "using", "[assembly:", "case 1:", "goto", "operator", "=> => =>",
    ] {
      let (_, _, messages) = ParserTestSupport.parse(source)
      XCTAssertFalse(messages.isEmpty, source)
    }
  }

  func testDeepNestingGivesOneDiagnosticWithoutOverflow() {
    let count = 100_000
    let sources = [
      "class C { void M() { var x = " + String(repeating: "(", count: count) + "1"
        + String(repeating: ")", count: count)
        + "; } }",
      "class C { void M() " + String(repeating: "{", count: count) + String(repeating: "}", count: count) + " }",
      "class C { void M() { var x = " + String(repeating: "[", count: count) + String(repeating: "]", count: count)
        + "; } }",
      "class C { " + String(repeating: "List<", count: count) + "int" + String(repeating: ">", count: count) + " x; }",
      "class C { void M() { var y = " + String(repeating: "a < ", count: count) + "b; } }",
      String(repeating: "(", count: count),
      // Unmatched closers of another kind: bracket matching must stay linear.
      "class C { void M() { var x = " + String(repeating: "(", count: count) + String(repeating: "]", count: count)
        + "; } }",
      String(repeating: "{", count: count),
      "class C { void M() { var x = " + String(repeating: "-", count: count) + "1; } }",
      "class C { void M() { var x = " + String(repeating: "a ?? ", count: count) + "b; } }",
      "class C { void M() { var x = a" + String(repeating: ".b()", count: count) + "; } }",
      "class C { void M() { if (a) { } " + String(repeating: "else if (a) { } ", count: count) + "} }",
      "class C { void M() { var x = o is " + String(repeating: "{ A: ", count: count) + "1"
        + String(repeating: " }", count: count) + "; } }",
    ]
    for source in sources {
      FileHandle.standardError.write(Data(("deep nesting: " + String(source.prefix(40)) + "\n").utf8))
      let messages = onEightMegabyteStack { ParserTestSupport.parse(source).messages }
      let deep = messages.filter { $0.hasSuffix("nesting too deep") }
      XCTAssertLessThanOrEqual(deep.count, 1, String(source.prefix(40)))
      // Long operator chains nest the tree to the left, so they meet the same limit.
      XCTAssertEqual(deep.count, 1, String(source.prefix(40)))
    }
  }

  /// Runs `body` on a thread with an 8 MB stack, like a default main thread.
  private func onEightMegabyteStack(_ body: @escaping @Sendable () -> [String]) -> [String] {
    final class Box: @unchecked Sendable { var value: [String] = [] }
    let box = Box()
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
      box.value = body()
      done.signal()
    }
    thread.stackSize = 8 << 20
    thread.start()
    done.wait()
    return box.value
  }
}
