import Foundation
import SourceModel
import SwiftFrontend
import VTLintTestSupport
import XCTest

@testable import Analysis

/// The trigger scan that lets the Swift linter skip parsing and analysing files: every name the analyses
/// compare against is accounted for, each group fires on the code it stands for and not on comments or
/// strings, and skipping never changes a fact.
final class SwiftTriggerTests: XCTestCase {
  private func triggers(_ code: String) -> SwiftTriggers {
    let bytes = Array(code.utf8)
    return SwiftTriggers.scan(SwiftFrontend.Lexer.lex(bytes), bytes: bytes).unanchored
  }

  /// The Swift analysis sources, read from the package tree.
  private func analysisSources() throws -> [(name: String, text: String)] {
    let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Sources/Analysis/Swift")
    let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".swift") }
    return try names.sorted().map { name in
      (name, try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8))
    }
  }

  /// Every identifier-like string literal in the analysis (the names it compares against) is a trigger or
  /// a refinement of one. A new name added to an analysis fails here until it is classified.
  func testEveryNameTheAnalysisComparesAgainstIsClassified() throws {
    let sources = try analysisSources()
    XCTAssertGreaterThan(sources.count, 5)
    let literal = try NSRegularExpression(pattern: #""([A-Za-z_$][A-Za-z0-9_.$]*)""#)
    let known = SwiftTriggerNames.all.union(SwiftTriggerNames.refinements.keys)
    var checked = 0
    for (name, text) in sources where name != "SwiftTriggerNames.swift" {
      let whole = NSRange(text.startIndex..., in: text)
      for match in literal.matches(in: text, range: whole) {
        guard let range = Range(match.range(at: 1), in: text) else { continue }
        let word = String(text[range])
        checked += 1
        XCTAssertTrue(
          known.contains(word), "\(name) compares against \"\(word)\", which SwiftTriggerNames does not list")
      }
    }
    XCTAssertGreaterThan(checked, 50)
  }

  func testTriggerSetsCoverTheAnalysisTables() {
    for name in SwiftCallKinds.continuationFunctions {
      XCTAssertTrue(SwiftTriggerNames.continuationFunctions.contains(name), name)
    }
    for name in StreamAnalysis.trappingTypes.union(["AsyncStream"]) {
      let first = String(name.split(separator: ".")[0])
      XCTAssertTrue(SwiftTriggerNames.streamTypes.contains(first), name)
    }
    for name in SwiftCallKinds.taskAdders {
      XCTAssertTrue(SwiftTriggerNames.asyncContext.contains(name), name)
      XCTAssertTrue(SwiftTriggerNames.taskStarts.contains(name), name)
    }
    // A refinement is never also a trigger (that would hide a missing trigger behind a description).
    XCTAssertTrue(SwiftTriggerNames.all.isDisjoint(with: SwiftTriggerNames.refinements.keys))
  }

  func testEachGroupFiresOnItsCode() {
    XCTAssertEqual(
      triggers("func f() async { await withCheckedContinuation { c in c.resume() } }"),
      SwiftTriggers(continuations: true))
    XCTAssertEqual(triggers("let s: AsyncThrowingStream<Int, Error>"), SwiftTriggers(streams: true))
    XCTAssertEqual(triggers("var b: HTTPClientResponse.Body"), SwiftTriggers(streams: true))
    XCTAssertEqual(triggers("func f() { async let x = g() }"), SwiftTriggers(asyncLets: true))
    XCTAssertTrue(triggers("func f() { async nonisolated(unsafe) var x = g() }").asyncLets)
    XCTAssertEqual(triggers("func f() async { semaphore.wait() }"), SwiftTriggers(blockingWaits: true))
    XCTAssertEqual(triggers("func f() async { usleep(10) }"), SwiftTriggers(blockingWaits: true))
    XCTAssertTrue(triggers("func f() { group.addTask { Thread.sleep(forTimeInterval: 1) } }").blockingWaits)
    XCTAssertEqual(
      triggers("func f() { Task { }; semaphore.wait() }"), SwiftTriggers(blockingWaits: true, bridges: true))
    XCTAssertEqual(
      triggers("func f() { loop.makeFutureWithTask { }.wait() }"), SwiftTriggers(bridges: true))
    XCTAssertTrue(triggers("func f() async { x.`wait`() }").blockingWaits)
  }

  func testNamesInCommentsStringsOrWithoutContextDoNotFire() {
    XCTAssertFalse(triggers("// withCheckedContinuation AsyncStream async let\nlet x = 1").any)
    XCTAssertFalse(triggers(#"let s = "withCheckedContinuation AsyncStream wait Task""#).any)
    // A blocking call in code that nothing makes async, and `async` that is an effect, not `async let`.
    XCTAssertFalse(triggers("func f() { semaphore.wait(); sleep(1) }").any)
    XCTAssertFalse(triggers("func f() async throws -> Int { let x = 1; return x }").any)
    XCTAssertFalse(triggers("protocol P { func f() async }\nlet withUnsafeContinuationX = 1").any)
  }

  func testAnchorsAreTheNamesOfEnabledAnalyses() {
    let code = "func f() async { Task { }; semaphore.wait(); let s: AsyncStream<Int> }\nfunc g() { }"
    let bytes = Array(code.utf8)
    let scanned = SwiftTriggers.scan(SwiftFrontend.Lexer.lex(bytes), bytes: bytes)
    XCTAssertEqual(scanned.anchors, [offset(of: "wait", in: code), offset(of: "AsyncStream", in: code)])
    XCTAssertFalse(scanned.mayHoldFact(ByteRange(0, 20)))
    XCTAssertTrue(scanned.mayHoldFact(ByteRange(0, code.utf8.count)))
    XCTAssertFalse(scanned.mayHoldFact(ByteRange(Int(offset(of: "func g", in: code)), code.utf8.count)))
    // A blocking name without async context is no anchor (nothing makes it a fact).
    let plainCode = "func f() { semaphore.wait() }; let s: AsyncStream<Int>"
    let plain = Array(plainCode.utf8)
    XCTAssertEqual(
      SwiftTriggers.scan(SwiftFrontend.Lexer.lex(plain), bytes: plain).anchors,
      [offset(of: "AsyncStream", in: plainCode)])
  }

  private func offset(of word: String, in code: String) -> UInt32 {
    UInt32(code.utf8.distance(from: code.utf8.startIndex, to: code.range(of: word)!.lowerBound))
  }

  /// Scanning only the identifiers the lexer noted gives what scanning every token gives.
  func testWatchedScanEqualsFullScan() throws {
    let files = try FixtureProjects.projects().flatMap { $0 }.filter { $0.hasSuffix(".swift") }.map {
      try FixtureProjects.load([$0])[0].bytes
    }
    let snippets = [
      "func f() async { `wait`(); Task { }; x.wait() }", "func f() { async nonisolated let x = g() }",
      "let s: `AsyncStream`<Int> = AsyncStream { _ in }", "func f() async { usleep(1) }",
    ].map { Array($0.utf8) }
    for bytes in files + snippets {
      let watched = SwiftTriggers.scan(SwiftFrontend.Lexer.lex(bytes, watching: SwiftTriggers.wordFilter), bytes: bytes)
      let full = SwiftTriggers.scan(SwiftFrontend.Lexer.lex(bytes), bytes: bytes)
      XCTAssertEqual(watched, full)
      XCTAssertNotNil(SwiftFrontend.Lexer.lex(bytes, watching: SwiftTriggers.wordFilter).watchedIdentifiers)
    }
  }

  /// The walk skips nodes whose range holds no anchor: sound only if every node's children lie within its
  /// range. Checked on every fixture and on truncations of them (where recovery builds odd nodes).
  func testChildrenLieWithinTheirParentsRange() throws {
    let files = try FixtureProjects.projects().flatMap { $0 }.filter { $0.hasSuffix(".swift") }.map {
      try FixtureProjects.load([$0])[0]
    }
    var checked = 0
    for file in files {
      var inputs = [file.bytes]
      for cut in 1..<20 { inputs.append(Array(file.bytes[..<(file.bytes.count * cut / 20)])) }
      for bytes in inputs {
        let tree = SwiftFrontend.Parser.parse(bytes)
        var stack: [SwiftNode] = tree.root.statements.map { .stmt($0) }
        while let node = stack.popLast() {
          for child in node.children {
            checked += 1
            if child.range.isEmpty { continue }
            XCTAssertTrue(
              node.range.contains(child.range),
              "\(file.path): \(child.range) outside \(node.range) (\(bytes.count) bytes)")
            stack.append(child)
          }
        }
      }
    }
    XCTAssertGreaterThan(checked, 1000)
  }

  /// Analysing with the scanned triggers gives exactly the facts of the full analysis, on every Swift
  /// fixture and on variants with each line removed (so each fixture's facts appear and vanish).
  func testScannedTriggersChangeNoFactOnFixtures() throws {
    let projects = FixtureProjects.projects().flatMap { $0 }.filter { $0.hasSuffix(".swift") }
    XCTAssertGreaterThan(projects.count, 5)
    var filesWithFacts = 0
    var variantsWithoutTriggers = 0
    for path in projects {
      let file = try FixtureProjects.load([path])[0]
      let lines = file.bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
      var variants = [file.bytes]
      for skip in lines.indices {
        var variant: [UInt8] = []
        for (index, line) in lines.enumerated() where index != skip {
          variant += line
          variant.append(UInt8(ascii: "\n"))
        }
        variants.append(variant)
      }
      for bytes in variants {
        let tree = SwiftFrontend.Parser.parse(bytes)
        let scanned = SwiftTriggers.scan(tree.lexed, bytes: bytes)
        let full = SwiftAnalyzer.analyze(tree)
        let gated = SwiftAnalyzer.analyze(tree, triggers: scanned)
        XCTAssertEqual(gated.continuations, full.continuations, path)
        XCTAssertEqual(gated.blockingWaits, full.blockingWaits, path)
        XCTAssertEqual(gated.bridges, full.bridges, path)
        XCTAssertEqual(gated.streams, full.streams, path)
        XCTAssertEqual(gated.unawaitedAsyncLets, full.unawaitedAsyncLets, path)
        if !scanned.any { variantsWithoutTriggers += 1 }
        let factCount =
          full.continuations.count + full.blockingWaits.count + full.bridges.count + full.streams.count
          + full.unawaitedAsyncLets.count
        if bytes == file.bytes && factCount > 0 { filesWithFacts += 1 }
      }
    }
    // The comparison means something only if fixtures hold facts and some variants are skipped.
    XCTAssertGreaterThan(filesWithFacts, 5)
    XCTAssertGreaterThan(variantsWithoutTriggers, 0)
  }
}
