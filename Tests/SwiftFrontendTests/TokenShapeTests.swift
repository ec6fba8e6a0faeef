import Foundation
import SourceModel
import SwiftFrontend
import VTLintTestSupport
import XCTest

/// `SwiftTokenShape` must raise its alarm on every input where the parser reports a depth or length limit
/// (callers skip parsing only when it is quiet), and stay quiet on ordinary code.
final class TokenShapeTests: XCTestCase {
  private func shape(_ source: String) -> SwiftTokenShape { SwiftFrontend.Lexer.lex(Array(source.utf8)).shape }

  /// Parses on a thread with a big stack, as the driver does.
  private func limitDiagnostics(_ source: String) -> Int {
    let box = DiagnosticsBox()
    let done = expectation(description: "parsed")
    let thread = Thread {
      box.messages = SwiftFrontend.Parser.parse(Array(source.utf8)).diagnostics.map(\.message)
      done.fulfill()
    }
    thread.stackSize = 8 << 20
    thread.start()
    wait(for: [done], timeout: 120)
    return box.messages.filter { $0.contains("too deep") || $0.contains("too long") }.count
  }

  func testPathologicalInputsRaiseTheAlarmAndDoHitTheLimits() {
    let n = 20_000
    let sources = [
      "let x = " + String(repeating: "(", count: n) + "1" + String(repeating: ")", count: n),
      "func f() " + String(repeating: "{", count: n) + String(repeating: "}", count: n),
      "let x: " + String(repeating: "Array<", count: n) + "Int" + String(repeating: ">", count: n) + " = []",
      String(repeating: "#if A\n", count: 500),
      "let x: " + String(repeating: "some ", count: n) + "P",
      "let x = " + String(repeating: "try ", count: n) + "f()",
      "let x = " + Array(repeating: "a", count: n).joined(separator: " + "),
      "let x = " + Array(repeating: "a", count: n).joined(separator: "."),
      "let x = " + Array(repeating: "a", count: 300).joined(separator: " ?? "),
      "x = " + String(repeating: "repeat ", count: n) + "y",
      "let x = " + Array(repeating: "a", count: 2_000).joined(separator: " +\n  "),
      "let x = a" + String(repeating: "\n  .b()", count: 2_000),
      "let x = a" + String(repeating: ".b { }", count: 2_000),
      "let x = " + String(repeating: "try\n", count: 2_000) + "f()",
      "func f() {\n  if a { b() }" + String(repeating: " else if a { b() }", count: 300) + "\n}",
      // The fuzzer's find: stray closers first. The parser skips them, so they must not offset the openers.
      String(repeating: "}", count: 23) + String(repeating: "]", count: 5) + String(repeating: "{", count: 67),
      "func f() {\n  if a { b() }\n" + String(repeating: "  else if a {\n    b()\n  }\n", count: 300) + "}",
      // The fuzzer's find: each block's `#endif`s stand inside a call opened after its `#if`s, so the parser
      // keeps those `#if`s open into the next block while a plain count closes them (38 deep at most).
      "namesp{\n"
        + String(
          repeating: "  ValueTask" + String(repeating: "#if A\n", count: 38) + "<int> NextAsync("
            + String(repeating: "#endif\n", count: 38) + ")\n  {\n", count: 3),
    ]
    for source in sources {
      XCTAssertTrue(shape(source).mayHitParserLimits, String(source.prefix(16)))
      XCTAssertGreaterThan(limitDiagnostics(source), 0, String(source.prefix(16)))
    }
  }

  func testUnbalancedIfConfigRaisesTheAlarm() {
    XCTAssertTrue(shape("#if A\nlet x = 1\n").mayHitParserLimits)
    XCTAssertTrue(shape("let x = 1\n#endif\n").mayHitParserLimits)
    XCTAssertTrue(shape("#endif\nlet x = 1\n#if A\n").mayHitParserLimits)
    XCTAssertFalse(shape("#if A\nlet x = 1\n#else\nlet x = 2\n#endif\n").mayHitParserLimits)
    XCTAssertFalse(shape("f(\n#if A\n  a\n#elseif B\n  b\n#endif\n)\n").mayHitParserLimits, "inside one bracket")
    XCTAssertTrue(shape("#if A\nf(\n#endif\n)\n").mayHitParserLimits, "closed inside a bracket opened after it")
    XCTAssertTrue(shape("{\n#if A\n}\n#endif\n").mayHitParserLimits, "closed outside the bracket it opened in")
    XCTAssertTrue(shape("#if A\nf(\n#else\n)\n#endif\n").mayHitParserLimits)
  }

  func testOrdinaryCodeIsQuiet() throws {
    let files = try FixtureProjects.projects().flatMap { try FixtureProjects.load($0) }.filter {
      $0.language == .swift
    }
    XCTAssertGreaterThan(files.count, 5)
    for file in files {
      let lexed = SwiftFrontend.Lexer.lex(file.bytes)
      XCTAssertFalse(lexed.shape.mayHitParserLimits, file.path)
      XCTAssertLessThan(lexed.shape.deepestBrackets, 20, file.path)
    }
    let ordinary = "let s = " + Array(repeating: "\"x\"", count: 100).joined(separator: " + ")
    XCTAssertFalse(shape(ordinary).mayHitParserLimits)
    let body = "func f() {\n" + String(repeating: "  XCTAssertEqual(a.b.c(d), e.f!.g?.h)\n", count: 500) + "}"
    XCTAssertFalse(shape(body).mayHitParserLimits)
    let ladders =
      "func f() {\n" + String(repeating: "  if a { b() } else if c { d() } else { e() }\n", count: 200) + "}"
    XCTAssertFalse(shape(ladders).mayHitParserLimits, "the else branches of separate statements do not add up")
    let table = "let bytes: [UInt8] = [" + Array(repeating: "0x1F", count: 2_000).joined(separator: ", ") + "]"
    XCTAssertFalse(shape(table).mayHitParserLimits)
  }

  /// Below the alarm thresholds the parser never reports a limit, whatever the mix of nesting and chains.
  func testNoLimitDiagnosticBelowTheAlarm() {
    var generator = SplitMix(seed: 5)
    let pieces = ["(", ")", "{", "}", "[", "]", " + ", " ?? ", ".a", "try ", "await ", "-", "x", "\n", "Array<", ">"]
    for round in 0..<300 {
      let count = Int(generator.next() % 1_200)
      let source =
        "let v = " + (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
      if !shape(source).mayHitParserLimits {
        XCTAssertEqual(limitDiagnostics(source), 0, "round \(round)")
      }
    }
  }
}

/// Carries the parse result out of the big-stack thread (written once before `fulfill`, read after `wait`).
private final class DiagnosticsBox: @unchecked Sendable {
  var messages: [String] = []
}

/// Opt-in: how many files of real Swift trees the shape would send to the parser (set
/// `VTLINT_SWIFT_DIRS` to colon-separated directories). Prints the figures; asserts that no ordinary file
/// nests brackets deep enough to matter.
final class TokenShapeRealCodeTests: XCTestCase {
  func testRealTreesRarelyRaiseTheAlarm() throws {
    guard let dirs = ProcessInfo.processInfo.environment["VTLINT_SWIFT_DIRS"] else {
      throw XCTSkip("set VTLINT_SWIFT_DIRS to count alarms on real trees")
    }
    var files = 0
    var alarms: [String] = []
    for dir in dirs.split(separator: ":") {
      let enumerator = FileManager.default.enumerator(atPath: String(dir))
      while let rel = enumerator?.nextObject() as? String {
        guard rel.hasSuffix(".swift"), let data = FileManager.default.contents(atPath: "\(dir)/\(rel)") else {
          continue
        }
        files += 1
        let shape = SwiftFrontend.Lexer.lex([UInt8](data)).shape
        if shape.mayHitParserLimits {
          alarms.append(
            "\(dir)/\(rel): brackets \(shape.deepestBrackets), #if \(shape.deepestIfConfig)/\(shape.openIfConfigs), "
              + "run \(shape.longestRun)")
        }
      }
    }
    print("token shape: \(alarms.count) of \(files) files raise the alarm\n  " + alarms.joined(separator: "\n  "))
    XCTAssertGreaterThan(files, 0)
  }
}
