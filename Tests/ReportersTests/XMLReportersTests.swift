import Foundation
import Reporters
import Rules
import SourceModel
import XCTest

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Collects elements and attributes from a document, failing on anything not well-formed.
private final class XMLCollector: NSObject, XMLParserDelegate {
  var elements: [(name: String, attributes: [String: String])] = []
  var text = ""

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    elements.append((name, attributes))
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

  static func parse(_ xml: String) -> XMLCollector? {
    let collector = XMLCollector()
    let parser = XMLParser(data: Data(xml.utf8))
    parser.delegate = collector
    return parser.parse() ? collector : nil
  }
}

final class XMLReportersTests: XCTestCase {
  func testCheckstyleStructureAndValues() throws {
    let xml = CheckstyleReporter().render(TestRuns.sample())
    let doc = try XCTUnwrap(XMLCollector.parse(xml), xml)
    XCTAssertEqual(doc.elements.map(\.name), ["checkstyle", "file", "error", "file", "error", "error"])
    XCTAssertEqual(doc.elements[1].attributes["name"], "Sources/App/Loader.swift")
    XCTAssertEqual(doc.elements[3].attributes["name"], "src/Cache.cs")
    let bad = doc.elements[5].attributes
    XCTAssertEqual(bad["line"], "5")
    XCTAssertEqual(bad["column"], "17")
    XCTAssertEqual(bad["severity"], "error")
    XCTAssertEqual(bad["source"], "vtlint.VT0001.consumed-twice")
    XCTAssertEqual(bad["message"], "[BAD] ValueTask 'vt' is awaited more than once")
    XCTAssertEqual(doc.elements[2].attributes["severity"], "info")
  }

  func testCheckstyleEscapesHostileInput() throws {
    let run = TestRuns.hostile()
    let xml = CheckstyleReporter().render(run)
    let doc = try XCTUnwrap(XMLCollector.parse(xml), "not well-formed:\n\(xml)")
    XCTAssertEqual(doc.elements[1].attributes["name"], run.findings[0].path)
    let message = try XCTUnwrap(doc.elements[2].attributes["message"])
    // Everything survives except the characters XML 1.0 cannot carry, which become U+FFFD.
    let expected = "[BAD] " + run.findings[0].message.replacingOccurrences(of: "\u{1}", with: "\u{FFFD}")
    XCTAssertEqual(message, expected)
    XCTAssertTrue(xml.contains("&quot;q&quot; &apos;a&apos; &lt;b&gt; &amp;"))
    XCTAssertTrue(xml.contains("&#10;") && xml.contains("&#13;"))
  }

  func testJUnitStructureCountsAndFailures() throws {
    var run = TestRuns.sample()
    run.failed = [FailedFile(path: "src/Locked.cs", error: "permission denied")]
    let xml = JUnitReporter().render(run)
    let doc = try XCTUnwrap(XMLCollector.parse(xml), xml)
    let root = doc.elements[0]
    XCTAssertEqual(root.name, "testsuites")
    XCTAssertEqual(root.attributes["tests"], "5")
    XCTAssertEqual(root.attributes["failures"], "2")
    XCTAssertEqual(root.attributes["errors"], "1")
    XCTAssertEqual(root.attributes["skipped"], "1")
    let suites = doc.elements.filter { $0.name == "testsuite" }.map { $0.attributes["name"] }
    XCTAssertEqual(suites, ["Sources/App/Loader.swift", "src/Cache.cs", "vtlint.files"])
    let failures = doc.elements.filter { $0.name == "failure" }
    XCTAssertEqual(failures.map { $0.attributes["type"] }, ["warning", "error"])
    XCTAssertEqual(failures[1].attributes["message"], "ValueTask 'vt' is awaited more than once")
    XCTAssertTrue(doc.text.contains("src/Cache.cs:5:17: ValueTask 'vt' is awaited more than once"))
    XCTAssertTrue(doc.text.contains("first await of 'vt' (4:17)"))
    let cases = doc.elements.filter { $0.name == "testcase" }
    XCTAssertEqual(cases[2].attributes["name"], "VT0001 consumed-twice [BAD] at 5:17")
    XCTAssertEqual(cases[2].attributes["classname"], "src/Cache.cs")
    XCTAssertEqual(doc.elements.filter { $0.name == "error" }.first?.attributes["message"], "permission denied")
  }

  func testJUnitListsAFailedFileOnceOnly() throws {
    var run = TestRuns.sample()
    run.failed = [
      FailedFile(path: "src/Cache.cs", error: "already reported by a finding"),
      FailedFile(path: "src/Gone.cs", error: "EIO"),
    ]
    let doc = try XCTUnwrap(XMLCollector.parse(JUnitReporter().render(run)))
    let errors = doc.elements.filter { $0.name == "error" }
    XCTAssertEqual(errors.map { $0.attributes["message"] }, ["EIO"])
  }

  func testJUnitCleanRunHasOnePassingCase() throws {
    let doc = try XCTUnwrap(XMLCollector.parse(JUnitReporter().render(RunResult(findings: [], fileCount: 2))))
    XCTAssertEqual(doc.elements.filter { $0.name == "testcase" }.count, 1)
    XCTAssertEqual(doc.elements[0].attributes["failures"], "0")
    XCTAssertEqual(doc.elements[0].attributes["tests"], "1")
  }

  func testJUnitEscapesHostileInput() throws {
    let run = TestRuns.hostile()
    let xml = JUnitReporter().render(run)
    let doc = try XCTUnwrap(XMLCollector.parse(xml), "not well-formed:\n\(xml)")
    let failure = try XCTUnwrap(doc.elements.first { $0.name == "failure" })
    XCTAssertEqual(
      failure.attributes["message"], run.findings[0].message.replacingOccurrences(of: "\u{1}", with: "\u{FFFD}"))
    XCTAssertTrue(doc.text.contains("::error file=evil.cs::injected"))
    XCTAssertEqual(doc.elements.first { $0.name == "testcase" }?.attributes["classname"], run.findings[0].path)
  }

  func testParserRejectsWhatWeAvoid() {
    // The check is only meaningful if the parser would reject raw control characters and bare `&`.
    XCTAssertNil(XMLCollector.parse("<a>\u{1}</a>"))
    XCTAssertNil(XMLCollector.parse("<a x=\"&\"/>"))
    XCTAssertNotNil(XMLCollector.parse("<a x=\"&amp;&#10;\"/>"))
  }

  func testSnapshots() {
    Snapshot.assertMatches(CheckstyleReporter().render(TestRuns.sample()), named: "sample.checkstyle.xml")
    Snapshot.assertMatches(JUnitReporter().render(TestRuns.sample()), named: "sample.junit.xml")
  }
}
