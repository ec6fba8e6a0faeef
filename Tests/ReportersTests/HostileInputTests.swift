import Foundation
import Reporters
import Rules
import SourceModel
import VTLintTestSupport
import XCTest

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Seeded random paths and messages built from the characters every format has to escape, pushed through
/// every reporter: machine formats must parse back to the same strings, line formats must keep one line per
/// finding, and GitHub output must decode to exactly one command per finding.
final class HostileInputTests: XCTestCase {
  private static let alphabet: [Unicode.Scalar] = [
    "a", "Z", "0", " ", ",", ":", "%", "=", "\"", "'", "<", ">", "&", "\\", "/", "\n", "\r", "\t", "\u{0}",
    "\u{1}", "\u{1B}", "\u{7F}", "\u{85}", "\u{2028}", "\u{2029}", "é", "€", "🎉", "\u{FFFE}", "\u{FEFF}", "[", "]",
    "{", "}", "#",
  ]

  private func randomString(_ g: inout SplitMix, length: Int) -> String {
    var s = ""
    for _ in 0..<length {
      s.unicodeScalars.append(HostileInputTests.alphabet[Int(g.next() % UInt64(HostileInputTests.alphabet.count))])
    }
    return s
  }

  private func run(seed: UInt64) -> RunResult {
    var g = SplitMix(seed: seed)
    var findings: [Finding] = []
    var files: [SourceFile] = []
    for n in 0..<4 {
      let path = "d\(n)/" + randomString(&g, length: 12) + ".cs"
      let file = SourceFile(path: path, text: randomString(&g, length: 30) + "\nawait vt;\n")
      files.append(file)
      let range = TestRuns.range(of: "await vt", in: file)
      var rule = TestRuns.rule
      rule.name = "name-" + randomString(&g, length: 5)
      findings.append(Finding(rule: rule, message: randomString(&g, length: 40), file: file, range: range))
    }
    return RunResult(
      findings: findings.sorted(by: Finding.reportOrder), summary: RunSummary(files: 4, counting: findings),
      skipped: [SkippedFile(path: randomString(&g, length: 8), reason: randomString(&g, length: 8))],
      rules: [TestRuns.rule], sources: SourceLookup(files: files))
  }

  /// What XML 1.0 can carry: the reporters replace the rest with U+FFFD. Attribute parsing also turns a
  /// CR LF pair into LF only when it is written raw; ours are written as references, so they survive.
  private func xmlSafe(_ s: String) -> String {
    var out = ""
    for scalar in s.unicodeScalars {
      let v = scalar.value
      let allowed = v == 0x09 || v == 0x0A || v == 0x0D || (v >= 0x20 && v != 0xFFFE && v != 0xFFFF)
      out.unicodeScalars.append(allowed ? scalar : "\u{FFFD}")
    }
    return out
  }

  func testJSONAndSARIFRoundTrip() throws {
    for seed in 1...25 as ClosedRange<UInt64> {
      let r = run(seed: seed)
      let json = try TestJSONParser.parse(JSONReporter().render(r))
      let sarif = try TestJSONParser.parse(SARIFReporter().render(r))
      _ = try JSONSerialization.jsonObject(with: Data(JSONReporter().render(r).utf8))
      for (n, f) in r.sortedFindings.enumerated() {
        XCTAssertEqual(json["findings"]?[n]?["message"]?.string, f.message, "seed \(seed)")
        XCTAssertEqual(json["findings"]?[n]?["path"]?.string, f.path, "seed \(seed)")
        XCTAssertEqual(sarif["runs"]?[0]?["results"]?[n]?["message"]?["text"]?.string, f.message, "seed \(seed)")
      }
      XCTAssertEqual(json["skipped"]?[0]?["reason"]?.string, r.skipped[0].reason)
      _ = try TestJSONParser.parse(GitLabReporter().render(r))
    }
  }

  func testSARIFStaysSchemaValid() throws {
    let validator = JSONSchemaValidator(
      schema: try TestJSONParser.parse(try TestResources.text("sarif-schema-2.1.0.json")))
    for seed in 1...5 as ClosedRange<UInt64> {
      let errors = validator.validate(try TestJSONParser.parse(SARIFReporter().render(run(seed: seed))))
      XCTAssertEqual(errors, [], "seed \(seed): \(errors.prefix(5))")
    }
  }

  func testXMLStaysWellFormedAndRoundTrips() throws {
    final class Attributes: NSObject, XMLParserDelegate {
      var all: [[String: String]] = []
      func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
      ) { all.append(attributes) }
    }
    for seed in 1...25 as ClosedRange<UInt64> {
      let r = run(seed: seed)
      for reporter in [CheckstyleReporter() as any Reporter, JUnitReporter()] {
        let xml = reporter.render(r)
        let parser = XMLParser(data: Data(xml.utf8))
        let collector = Attributes()
        parser.delegate = collector
        XCTAssertTrue(parser.parse(), "seed \(seed) \(type(of: reporter)): \(String(describing: parser.parserError))")
        let values = Set(collector.all.flatMap(\.values))
        for f in r.findings {
          let path = xmlSafe(f.path)
          XCTAssertTrue(values.contains(path), "seed \(seed) \(type(of: reporter)) lost path")
        }
      }
    }
  }

  func testFullFormatNeverEmitsControlCharactersOtherThanItsOwnColours() {
    for seed in 1...25 as ClosedRange<UInt64> {
      let out = FullReporter().render(run(seed: seed))
      let bad = out.unicodeScalars.filter {
        ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F..<0xA0).contains($0.value)
      }
      XCTAssertEqual(bad.count, 0, "seed \(seed): \(out)")
      XCTAssertEqual(out.components(separatedBy: " --> ").count - 1, 4, "seed \(seed)")
    }
  }

  func testLineFormatsAndGitHubKeepOneLinePerFinding() {
    for seed in 1...25 as ClosedRange<UInt64> {
      let r = run(seed: seed)
      for reporter in [TextReporter() as any Reporter, MSBuildReporter(), GitHubActionsReporter()] {
        let out = reporter.render(r)
        if reporter is GitHubActionsReporter {
          // The Actions runner splits its output at LF and CR only.
          let lines = out.unicodeScalars.split(omittingEmptySubsequences: true) { $0 == "\n" || $0 == "\r" }
          XCTAssertEqual(lines.count, r.findings.count, "seed \(seed): \(out)")
          XCTAssertTrue(lines.allSatisfy { String(String.UnicodeScalarView($0)).hasPrefix("::") })
        } else {
          // Editors and terminals may also break at VT, FF, NEL, LS and PS.
          let lines = out.unicodeScalars.split(omittingEmptySubsequences: true) {
            (0x0A...0x0D).contains($0.value) || [0x85, 0x2028, 0x2029].contains($0.value)
          }
          XCTAssertEqual(lines.count, r.findings.count, "seed \(seed) \(type(of: reporter)): \(out)")
          XCTAssertFalse(out.unicodeScalars.contains { $0.value == 0x1B }, "seed \(seed) \(type(of: reporter))")
        }
      }
    }
  }
}
