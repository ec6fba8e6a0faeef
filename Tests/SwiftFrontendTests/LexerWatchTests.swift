import SourceModel
import VTLintTestSupport
import XCTest

@testable import SwiftFrontend

/// The lexer's watch list (`SwiftWordFilter`): every identifier spelling a watched word is noted, nothing
/// but identifiers is, and the faster identifier test agrees with the grammar's ranges.
final class LexerWatchTests: XCTestCase {
  func testIdentifierBodyMasksMatchTheRanges() {
    for byte in 0...255 {
      let c = UInt8(byte)
      let expected =
        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || c == 0x5F || (c >= 0x30 && c <= 0x39) || c == 0x24
      XCTAssertEqual(SwiftCharacterClass.isIdentifierBody(c), expected, "byte \(byte)")
    }
  }

  private func assertWatchesEveryWord(_ bytes: [UInt8], words: Set<String>, _ name: String) {
    let lexed = SwiftFrontend.Lexer.lex(bytes, watching: SwiftWordFilter(words: words))
    let plain = SwiftFrontend.Lexer.lex(bytes)
    XCTAssertEqual(lexed.tokens, plain.tokens, name)
    guard let watched = lexed.watchedIdentifiers else { return XCTFail("nothing watched: \(name)") }
    XCTAssertEqual(watched, watched.sorted(), name)
    let watchedSet = Set(watched.map(Int.init))
    for index in watched { XCTAssertEqual(lexed.tokens[Int(index)].kind, .identifier, name) }
    for (index, token) in lexed.tokens.enumerated() where token.kind == .identifier {
      var range = token.range
      if token.flags.contains(.backticked) && range.length >= 2 {
        range = ByteRange(start: range.start + 1, end: range.end - 1)
      }
      let text = String(decoding: bytes[Int(range.start)..<Int(range.end)], as: UTF8.self)
      if words.contains(text) { XCTAssertTrue(watchedSet.contains(index), "\(name): '\(text)' not watched") }
    }
  }

  /// Without stored trivia the lexer yields the same tokens (but empty trivia ranges), comments,
  /// diagnostics, shape and watched identifiers.
  func testLexingWithoutTriviaChangesNothingElse() throws {
    let files = try FixtureProjects.projects().flatMap { try FixtureProjects.load($0) }.filter {
      $0.language == .swift
    }
    var inputs = files.map(\.bytes)
    var generator = SplitMix(seed: 9)
    let alphabet = Array("/*\"#\\()` \n\r\tlet wait async{}// é".utf8) + [0, 0xFF]
    for _ in 0..<200 {
      inputs.append(
        (0..<Int(generator.next() % 300)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
    }
    let filter = SwiftWordFilter(words: ["wait", "async"])
    for (index, bytes) in inputs.enumerated() {
      let full = SwiftFrontend.Lexer.lex(bytes, watching: filter)
      let bare = SwiftFrontend.Lexer.lex(bytes, watching: filter, keepingTrivia: false)
      XCTAssertTrue(bare.trivia.isEmpty)
      XCTAssertEqual(bare.tokens.map(\.kind), full.tokens.map(\.kind), "input \(index)")
      XCTAssertEqual(bare.tokens.map(\.range), full.tokens.map(\.range), "input \(index)")
      XCTAssertEqual(bare.tokens.map(\.flags), full.tokens.map(\.flags), "input \(index)")
      XCTAssertTrue(bare.tokens.allSatisfy { $0.leadingTrivia.isEmpty }, "input \(index)")
      XCTAssertEqual(bare.diagnostics, full.diagnostics, "input \(index)")
      XCTAssertEqual(bare.comments, full.comments, "input \(index)")
      XCTAssertEqual(bare.shape, full.shape, "input \(index)")
      XCTAssertEqual(bare.watchedIdentifiers, full.watchedIdentifiers, "input \(index)")
    }
  }

  func testEveryWatchedWordIsNoted() throws {
    let words: Set<String> = ["wait", "async", "Task", "AsyncStream", "withCheckedContinuation", "é"]
    assertWatchesEveryWord(
      Array("func f() async { `wait`(); Task { }; x.wait(); let s: AsyncStream<Int> } // wait".utf8), words: words,
      "snippet")
    let files = try FixtureProjects.projects().flatMap { try FixtureProjects.load($0) }.filter {
      $0.language == .swift
    }
    XCTAssertGreaterThan(files.count, 5)
    for file in files { assertWatchesEveryWord(file.bytes, words: words, file.path) }
    var generator = SplitMix(seed: 3)
    let alphabet = Array("wait async Task `\"\\($ é\n".utf8)
    for round in 0..<200 {
      let bytes = (0..<Int(generator.next() % 200)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))]
      }
      assertWatchesEveryWord(bytes, words: words, "random #\(round)")
    }
  }
}
