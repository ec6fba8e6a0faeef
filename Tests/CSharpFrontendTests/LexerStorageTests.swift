import CSharpFrontend
import Foundation
import SourceModel
import XCTest

/// The lexer writes tokens and trivia into arrays sized from the file; files denser than that estimate
/// move to growing storage. Both ways must give the same, complete output.
final class LexerStorageTests: XCTestCase {
  func testDenseFilesThatOutgrowTheEstimateLexCompletely() {
    for repeats in [1, 10, 100, 1000, 10000] {
      // One token per byte: four times the token estimate.
      let semicolons = Array(repeating: UInt8(ascii: ";"), count: repeats)
      let lexed = Lexer.lex(semicolons)
      XCTAssertEqual(lexed.tokens.count, repeats + 1)
      XCTAssertTrue(lexed.tokens.dropLast().allSatisfy { $0.kind == .semicolon })
      XCTAssertEqual(lexed.tokens.last?.kind, .endOfFile)
      XCTAssertNil(LexerTestHelpers.tilingProblem(semicolons))

      // One trivia piece per two bytes: three times the trivia estimate.
      let spaced = Array(String(repeating: "x ", count: repeats).utf8)
      let spacedLexed = Lexer.lex(spaced)
      XCTAssertEqual(spacedLexed.trivia.count, repeats)
      XCTAssertEqual(spacedLexed.tokens.count, repeats + 1)
      XCTAssertTrue(spacedLexed.trivia.allSatisfy { $0.kind == .whitespace && $0.range.length == 1 })
      XCTAssertNil(LexerTestHelpers.tilingProblem(spaced))
    }
  }

  func testEmptyAndTinyFiles() {
    XCTAssertEqual(Lexer.lex([UInt8]()).tokens.map(\.kind), [.endOfFile])
    XCTAssertEqual(Lexer.lex(Array(" ".utf8)).trivia.count, 1)
    XCTAssertEqual(Lexer.lex(Array("a".utf8)).tokens.map(\.kind), [.identifier, .endOfFile])
  }

  /// A large file lexed with a helper thread that makes its storage resident meanwhile lexes exactly as
  /// without one: the helper never touches the bytes (dense and sparse files, spilling ones included).
  func testAHelperMakingStorageResidentChangesNothing() {
    let concurrent = ParallelJobs { count, job in DispatchQueue.concurrentPerform(iterations: count, execute: job) }
    let unit = "class C { async ValueTask<int> M() { var t = F(); /* c */ return await t; } // x\n}\n"
    let sparse = String(repeating: unit, count: (4 << 20) / unit.utf8.count + 1)
    let dense = String(repeating: "a;", count: (2 << 20) + 1)
    for text in [sparse, dense] {
      let bytes = Array(text.utf8)
      XCTAssertGreaterThanOrEqual(bytes.count, 4 << 20)
      let alone = Lexer.lex(bytes)
      let helped = Lexer.lex(bytes, prefaulting: concurrent)
      XCTAssertEqual(helped.tokens, alone.tokens)
      XCTAssertEqual(helped.trivia, alone.trivia)
      XCTAssertEqual(helped.diagnostics, alone.diagnostics)
    }
  }
}
