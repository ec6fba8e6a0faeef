import Foundation
import Rules
import SourceModel
import XCTest

@testable import Reporters

final class JSONReporterTests: XCTestCase {
  private func parse(_ run: RunResult) throws -> TestJSON {
    try TestJSONParser.parse(JSONReporter().render(run))
  }

  func testHasExactlyTheContractKeysSorted() throws {
    let doc = try parse(TestRuns.sample())
    XCTAssertEqual(doc.keys, ["findings", "schema", "skipped", "summary", "tool"])
    XCTAssertEqual(doc["schema"]?.string, "vtlint-report/1")
    XCTAssertEqual(doc["summary"]?.keys, ["bad", "baselined", "files", "good", "skipped", "suppressed", "warning"])
    XCTAssertEqual(doc["tool"]?["name"]?.string, "vtlint")
    XCTAssertEqual(doc["tool"]?["version"]?.string, "9.9.9-test")
    let defaultTool = try parse(RunResult(findings: [], fileCount: 0))["tool"]
    XCTAssertEqual(defaultTool?["version"]?.string, VTLintVersion.current)
    let findings = try XCTUnwrap(doc["findings"]?.array)
    XCTAssertEqual(findings.count, 3)
    for f in findings {
      XCTAssertEqual(
        f.keys,
        [
          "column", "end_column", "end_line", "fingerprint", "line", "message", "name", "path", "rule", "severity",
          "verdict",
        ])
    }
    XCTAssertEqual(doc["skipped"]?[0]?.keys, ["path", "reason"])
  }

  func testValuesOfABadFinding() throws {
    let run = TestRuns.sample()
    let doc = try parse(run)
    let bad = try XCTUnwrap(doc["findings"]?.array?.first { $0["verdict"]?.string == "BAD" })
    XCTAssertEqual(bad["path"]?.string, "src/Cache.cs")
    XCTAssertEqual(bad["line"]?.int, 5)
    XCTAssertEqual(bad["column"]?.int, 17)
    XCTAssertEqual(bad["end_line"]?.int, 5)
    XCTAssertEqual(bad["end_column"]?.int, 25)
    XCTAssertEqual(bad["rule"]?.string, "VT0001")
    XCTAssertEqual(bad["name"]?.string, "consumed-twice")
    XCTAssertEqual(bad["severity"]?.string, "error")
    XCTAssertEqual(bad["message"]?.string, "ValueTask 'vt' is awaited more than once")
    let finding = try XCTUnwrap(run.findings.first { $0.verdict == .bad })
    XCTAssertEqual(bad["fingerprint"]?.string, run.fingerprint(of: finding))
    XCTAssertEqual(doc["summary"]?["bad"]?.int, 1)
    XCTAssertEqual(doc["summary"]?["warning"]?.int, 1)
    XCTAssertEqual(doc["summary"]?["good"]?.int, 1)
    XCTAssertEqual(doc["summary"]?["files"]?.int, 3)
    XCTAssertEqual(doc["summary"]?["suppressed"]?.int, 2)
    XCTAssertEqual(doc["summary"]?["baselined"]?.int, 1)
    XCTAssertEqual(doc["summary"]?["skipped"]?.int, 1)
    XCTAssertEqual(doc["skipped"]?[0]?["reason"]?.string, "generated")
  }

  func testEveryObjectHasSortedUniqueKeys() throws {
    func walk(_ v: TestJSON) {
      switch v {
      case .object(let members):
        let keys = members.map(\.0)
        XCTAssertEqual(keys, keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        XCTAssertEqual(Set(keys).count, keys.count)
        members.forEach { walk($0.1) }
      case .array(let items): items.forEach(walk)
      default: break
      }
    }
    walk(try parse(TestRuns.sample()))
    walk(try TestJSONParser.parse(SARIFReporter().render(TestRuns.sample())))
  }

  func testDeterministicAndIndependentOfInputOrder() {
    let run = TestRuns.sample()
    let once = JSONReporter().render(run)
    XCTAssertEqual(Array(once.utf8), Array(JSONReporter().render(run).utf8))
    for seed in 1...20 as ClosedRange<UInt64> {
      XCTAssertEqual(JSONReporter().render(TestRuns.shuffled(run, seed: seed)), once, "seed \(seed)")
    }
  }

  /// Fingerprints given by the driver travel with their findings when the findings come out of order.
  func testGivenFingerprintsFollowTheirFindingsIntoReportOrder() throws {
    let run = TestRuns.sample()
    var given = run
    given.fingerprints = run.findings.indices.map { "given-\($0)" }
    let expected = given.reportOrder.map { "given-\($0)" }
    for seed in 1...5 as ClosedRange<UInt64> {
      var shuffled = TestRuns.shuffled(run, seed: seed)
      // Each finding keeps its own fingerprint wherever the shuffle put it.
      shuffled.fingerprints = shuffled.findings.map { f in
        "given-\(run.findings.firstIndex { $0 == f }!)"
      }
      let doc = try TestJSONParser.parse(JSONReporter().render(shuffled))
      let written = (doc["findings"]?.array ?? []).compactMap { $0["fingerprint"]?.string }
      XCTAssertEqual(written, expected, "seed \(seed)")
    }
  }

  func testCanonicallyEquivalentPathsStillSortDeterministically() {
    let nfc = SourceFile(path: "caf\u{E9}.cs", text: "await vt;\n")
    let nfd = SourceFile(path: "cafe\u{301}.cs", text: "await vt;\n")
    let findings = [nfc, nfd].map {
      Finding(rule: TestRuns.rule, message: "m", file: $0, range: TestRuns.range(of: "await", in: $0))
    }
    XCTAssertEqual(findings[0].path, findings[1].path, "Swift calls these equal")
    let a = JSONReporter().render(RunResult(findings: findings, fileCount: 2))
    let b = JSONReporter().render(RunResult(findings: findings.reversed(), fileCount: 2))
    XCTAssertEqual(Array(a.utf8), Array(b.utf8))
  }

  func testEscapingRoundTripsThroughTwoParsers() throws {
    let run = TestRuns.hostile()
    let text = JSONReporter().render(run)
    XCTAssertFalse(text.contains("\\/"), "slashes must not be escaped")
    XCTAssertTrue(text.contains("\\u0001"))
    XCTAssertTrue(text.contains("\\u007f"))
    XCTAssertTrue(text.contains("\\u2028"))
    XCTAssertTrue(text.contains("\\n") && text.contains("\\r"))
    XCTAssertTrue(text.contains("Caché"), "non-ASCII is written as UTF-8")
    let original = run.findings[0]
    let doc = try TestJSONParser.parse(text)
    XCTAssertEqual(doc["findings"]?[0]?["message"]?.string, original.message)
    XCTAssertEqual(doc["findings"]?[0]?["path"]?.string, original.path)

    let foundation = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
    let findings = foundation?["findings"] as? [[String: Any]]
    XCTAssertEqual(findings?.first?["message"] as? String, original.message)
    XCTAssertEqual(findings?.first?["path"] as? String, original.path)
    XCTAssertEqual(Set(foundation?.keys.map { $0 } ?? []), ["schema", "tool", "summary", "findings", "skipped"])
  }

  func testEmptyRun() throws {
    let doc = try parse(RunResult(findings: [], fileCount: 0))
    XCTAssertEqual(doc["findings"], .array([]))
    XCTAssertEqual(doc["skipped"], .array([]))
    XCTAssertEqual(doc["summary"]?["files"]?.int, 0)
  }

  func testWriterEscapesEveryControlCharacter() throws {
    var all = ""
    for v in 0..<0x20 { all.unicodeScalars.append(Unicode.Scalar(UInt8(v))) }
    let text = JSONValue.string(all + "\"\\/").rendered(pretty: false)
    XCTAssertFalse(text.utf8.contains { $0 < 0x20 }, text)
    XCTAssertEqual(try TestJSONParser.parse(text).string, all + "\"\\/")
    XCTAssertEqual(JSONValue.string("a\tb\u{8}\u{C}").rendered(pretty: false), "\"a\\tb\\b\\f\"")
  }

  func testWriterHandlesEveryThreeByteNeighbourOfLineSeparators() throws {
    // U+2028/U+2029 share their first bytes with U+2027, U+2030 and the euro sign: only the two separators
    // are escaped, and everything round-trips.
    let s = "\u{2027}\u{2028}x\u{2029}\u{2030}€\u{2028}\u{2028}é🎉"
    let text = JSONValue.string(s).rendered(pretty: false)
    XCTAssertEqual(text, "\"\u{2027}\\u2028x\\u2029\u{2030}€\\u2028\\u2028é🎉\"")
    XCTAssertEqual(try TestJSONParser.parse(text).string, s)
  }

  /// Keys are sorted by their UTF-8 bytes (not Swift's `<`, which compares canonical equivalence): the
  /// writer's byte comparison agrees with the standard library's on ASCII, non-ASCII, prefixes and "".
  func testKeysSortByTheirUTF8Bytes() {
    let keys = ["", "a", "ab", "b", "B", "é", "e\u{301}", "z", "\u{FFFF}", "🎉", "a\u{0}", "end_line", "end"]
    for x in keys {
      for y in keys {
        XCTAssertEqual(
          JSONValue.precedesByUTF8(x, y), x.utf8.lexicographicallyPrecedes(y.utf8),
          "\(x.debugDescription) \(y.debugDescription)")
      }
    }
    // A dictionary's keys are distinct up to canonical equivalence: "é" stands for its decomposed form too.
    let distinct = keys.filter { $0 != "e\u{301}" }
    let text = JSONValue.object(Dictionary(uniqueKeysWithValues: distinct.map { ($0, JSONValue.null) }))
      .rendered(pretty: false)
    let order = distinct.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    XCTAssertEqual(
      text, "{" + order.map { JSONValue.string($0).rendered(pretty: false) + ":null" }.joined(separator: ",") + "}")
  }

  /// Members and elements written one by one render to the same bytes as the same document built as a
  /// value (the reporter writes findings that way): nested, empty, pretty or not.
  func testWritingPieceByPieceMatchesTheValue() {
    let value = JSONValue.object([
      "a": .int(-12), "b": .array([.null, .bool(true)]), "c": .object(["x": .string("é\n")]), "d": .object([:]),
      "e": .array([]),
    ])
    for pretty in [true, false] {
      var writer = JSONWriter(pretty: pretty)
      writer.beginObject()
      writer.key("a")
      writer.int(-12)
      writer.key("b")
      writer.beginArray()
      writer.item()
      writer.value(.null)
      writer.item()
      writer.value(.bool(true))
      writer.endArray()
      writer.key("c")
      writer.beginObject()
      writer.key("x")
      writer.string("é\n")
      writer.endObject()
      writer.key("d")
      writer.value(.object([:]))
      writer.key("e")
      writer.beginArray()
      writer.endArray()
      writer.endObject()
      XCTAssertEqual(writer.finished(), value.rendered(pretty: pretty))
    }
  }

  /// Elements written apart and put in (`elementsWritten`, `append(elements:)`) are the array written whole,
  /// whichever parts are empty.
  func testAnArrayWrittenInPartsIsTheArrayWrittenWhole() {
    let items: [JSONValue] = (0..<7).map { .object(["n": .int($0), "s": .array([.string("x\($0)")])]) }
    let value = JSONValue.object(["a": .array(items), "b": .int(1)])
    for pretty in [true, false] {
      for cuts in [[0, 7], [0, 3, 7], [0, 0, 2, 2, 7, 7], [0, 1, 2, 3, 4, 5, 6, 7]] {
        var writer = JSONWriter(pretty: pretty)
        writer.beginObject()
        writer.key("a")
        writer.beginArray()
        var written = false
        for (lo, hi) in zip(cuts, cuts.dropFirst()) {
          var part = JSONWriter(elementsAtDepth: 2, following: written, pretty: pretty)
          for item in items[lo..<hi] {
            part.item()
            part.value(item)
          }
          writer.append(elements: part.elementsWritten())
          written = written || hi > lo
        }
        writer.endArray()
        writer.key("b")
        writer.int(1)
        writer.endObject()
        XCTAssertEqual(writer.finished(), value.rendered(pretty: pretty), "cuts \(cuts), pretty \(pretty)")
      }
    }
  }

  /// A report of many findings, written in parts on threads (and one job at a time, last first), is the
  /// report written on one thread.
  func testManyFindingsWrittenInPartsGiveTheSameReport() throws {
    let sample = TestRuns.sample()
    let hostile = TestRuns.hostile()
    var findings: [Finding] = []
    for copy in 0..<(JSONReporter.findingsInPartsFrom / 3 + 500) {
      for var finding in sample.findings + hostile.findings {
        finding.message += " \(copy)"
        findings.append(finding)
      }
    }
    var run = RunResult(findings: findings, fileCount: 3)
    run.fingerprints = findings.indices.map { "fp\($0)" }
    let one = JSONReporter().renderBytes(run)
    let concurrent = ParallelJobs { count, job in DispatchQueue.concurrentPerform(iterations: count, execute: job) }
    for parallel in [concurrent, .lastFirst] {
      run.parallel = parallel
      XCTAssertEqual(JSONReporter().renderBytes(run), one)
      XCTAssertEqual(JSONReporter().render(run), String(decoding: one, as: UTF8.self))
    }
    XCTAssertGreaterThanOrEqual(findings.count, JSONReporter.findingsInPartsFrom)
    _ = try JSONSerialization.jsonObject(with: Data(one))
  }

  func testIntegersAreWrittenInDecimalAsSwiftPrintsThem() {
    for value in [0, 1, 9, 10, 99, 100, 101, 1000, 999_999, -1, -9, -10, 1_234_567_890, Int.max, Int.min, Int.min + 1] {
      XCTAssertEqual(JSONValue.int(value).rendered(pretty: false), String(value))
    }
  }

  func testSnapshot() {
    Snapshot.assertMatches(JSONReporter().render(TestRuns.sample()), named: "sample.json")
  }
}
