import CSharpFrontend
import Foundation
import VTLintTestSupport
import XCTest

/// The lexer is lossless: tokens and their leading trivia tile every input byte for byte, whatever the
/// input: every fixture, every fixture cut short anywhere, and hostile byte soup.
final class RoundTripTests: XCTestCase {
  func testEveryCSharpFixtureTiles() throws {
    var files = 0
    for project in FixtureProjects.projects() {
      for file in try FixtureProjects.load(project) where file.language == .csharp {
        assertTiles(file.bytes, file.path)
        files += 1
      }
    }
    XCTAssertGreaterThan(files, 0, "no C# fixtures found")
  }

  /// Every fixture truncated at many offsets (seeded, so failures reproduce) still tiles.
  func testEveryFixtureTruncatedAtRandomOffsetsTiles() throws {
    var rng = SplitMix(seed: 0x5EED_CAFE)
    for project in FixtureProjects.projects() {
      for file in try FixtureProjects.load(project) where file.language == .csharp {
        let bytes = file.bytes
        guard !bytes.isEmpty else { continue }
        for _ in 0..<60 {
          let cut = Int(rng.next() % UInt64(bytes.count + 1))
          assertTiles(Array(bytes[0..<cut]), "\(file.path) cut at \(cut)")
        }
        // And cuts at every offset of the first 400 bytes, where directives and usings live.
        for cut in 0..<min(bytes.count, 400) { assertTiles(Array(bytes[0..<cut]), "\(file.path) cut at \(cut)") }
      }
    }
  }

  func testRandomBytesTile() {
    var rng = SplitMix(seed: 42)
    for round in 0..<200 {
      let length = Int(rng.next() % 2000)
      var bytes: [UInt8] = []
      bytes.reserveCapacity(length)
      for _ in 0..<length { bytes.append(UInt8(truncatingIfNeeded: rng.next())) }
      assertTiles(bytes, "random round \(round)")
    }
  }

  /// Random bytes drawn from C#'s special characters hit far more lexer paths than uniform noise.
  func testRandomCSharpPunctuationSoupTiles() {
    let alphabet = Array("\"'@$#{}():,;/*\\\n\r \tu8x0.5e_abc?<>=!&|\u{2028}é".utf8) + [0xFF, 0xC3, 0x00]
    var rng = SplitMix(seed: 7)
    for round in 0..<2000 {
      let length = Int(rng.next() % 120)
      var bytes: [UInt8] = []
      for _ in 0..<length { bytes.append(alphabet[Int(rng.next() % UInt64(alphabet.count))]) }
      assertTiles(bytes, "soup round \(round): \(String(decoding: bytes, as: UTF8.self).debugDescription)")
    }
  }

  func testHostileInputsTile() {
    let cases: [(String, [UInt8])] = [
      ("empty", []),
      ("100k block comment openers", Array(String(repeating: "/*", count: 100_000).utf8)),
      ("lone quote", Array("\"".utf8)),
      ("lone apostrophe", Array("'".utf8)),
      ("lone verbatim", Array("@\"".utf8)),
      ("unterminated hole", Array("$\"{".utf8)),
      ("unterminated raw", Array("\"\"\"\nabc".utf8)),
      ("unterminated raw interpolation", Array("$$\"\"\"\n{{x".utf8)),
      (
        "deep interpolation",
        Array((String(repeating: "$\"{", count: 5000) + String(repeating: "}\"", count: 5000)).utf8)
      ),
      ("deep unclosed interpolation", Array(String(repeating: "$\"{", count: 5000).utf8)),
      ("deep parens in directive", Array(("#if " + String(repeating: "(", count: 10_000) + "A\n").utf8)),
      ("nul bytes", [0, 0, 0x61, 0, 0x22, 0]),
      ("bom only", [0xEF, 0xBB, 0xBF]),
      ("bom and code", [0xEF, 0xBB, 0xBF] + Array("class C {}".utf8)),
      ("invalid utf8", [0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x28, 0xA1, 0xF0, 0x28, 0x8C, 0xBC, 0xFF, 0xFE]),
      ("truncated utf8", [0x61, 0xE2, 0x82]),
      ("many bad bytes", [UInt8](repeating: 0xFF, count: 50_000)),
      ("lone backslash", Array("\\".utf8)),
      ("unicode escape at end", Array("\\u00".utf8)),
      ("unterminated if", Array("#if A\nclass C {}".utf8)),
      ("stray endif", Array("#endif\n#else\n#elif\nx".utf8)),
      ("directive at eof", Array("#".utf8)),
      ("cr only", Array("a\rb\r\r#if X\rq\r#endif\r".utf8)),
      ("number at eof", Array("0x".utf8)),
      ("exponent at eof", Array("1e+".utf8)),
      ("conflict markers", Array("<<<<<<< HEAD\nint a;\n=======\nint b;\n>>>>>>> other\n".utf8)),
    ]
    for (name, bytes) in cases { assertTiles(bytes, name) }
  }

  /// Long runs of one character must lex in linear time: each case would take minutes if quadratic.
  func testLongRunsLexInLinearTime() {
    let n = 200_000
    let cases: [(String, String)] = [
      ("braces in an interpolated string", "$\"" + String(repeating: "{", count: n)),
      ("closing braces in a hole", "$\"{" + String(repeating: "}", count: n)),
      ("dollars", String(repeating: "$", count: n)),
      ("at and dollars", "@" + String(repeating: "$", count: n)),
      (
        "many-dollar raw hole",
        String(repeating: "$", count: 5000) + "\"\"\"" + String(repeating: "{", count: 5000)
          + String(repeating: "}", count: n)
      ),
      (
        "many-dollar raw format",
        String(repeating: "$", count: 5000) + "\"\"\"" + String(repeating: "{", count: 5000) + "x:"
          + String(repeating: "}", count: n)
      ),
      ("quotes", String(repeating: "\"", count: n)),
      ("apostrophes", String(repeating: "'", count: n)),
      ("at signs", String(repeating: "@", count: n)),
      ("hashes", "x" + String(repeating: "#", count: n)),
      ("directive lines", String(repeating: "#if A\n", count: n / 6)),
      ("disabled lines", "#if A\n" + String(repeating: "  x\n", count: n / 4)),
      ("backslashes", String(repeating: "\\", count: n)),
      ("unicode escapes", String(repeating: "\\u0061", count: n / 6)),
      ("non-letters", String(repeating: "→", count: n / 3)),
    ]
    for (name, text) in cases {
      let start = Date()
      assertTiles(Array(text.utf8), name)
      XCTAssertLessThan(Date().timeIntervalSince(start), 5, "\(name) took too long")
    }
  }

  func testManyBadBytesDoNotFloodDiagnostics() {
    let lexed = Lexer.lex([UInt8]("a ".utf8) + [UInt8](repeating: 0x01, count: 10_000))
    XCTAssertLessThanOrEqual(lexed.diagnostics.count, 201)
    XCTAssertTrue(lexed.diagnostics.last?.message.contains("suppressed") ?? false)
  }

  func assertTiles(_ bytes: [UInt8], _ name: String, file: StaticString = #filePath, line: UInt = #line) {
    if let problem = LexerTestHelpers.tilingProblem(bytes) {
      XCTFail("\(name): \(problem)", file: file, line: line)
    }
  }
}
