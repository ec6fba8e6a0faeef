import LintDriver
import Rules
import SourceModel
import SwiftFrontend
import VTLintTestSupport
import XCTest

/// Every Swift rule's documented examples produce exactly their inline expectations, flagged examples
/// expect their own rule and clean ones never do.
final class SwiftRuleExamplesTests: XCTestCase {
  private static let swiftRuleIDs = ["VT0101", "VT0102", "VT0103", "VT0104", "VT0105", "VT0106", "VT0107"]

  func testSwiftRulesAreRegisteredInOrder() {
    let ids = RuleRegistry.all.map(\.id).filter { Self.swiftRuleIDs.contains($0) }
    XCTAssertEqual(ids, Self.swiftRuleIDs)
    for id in Self.swiftRuleIDs {
      let rule = RuleRegistry.rule(named: id)
      XCTAssertEqual(rule?.languages, [.swift], id)
      XCTAssertEqual(RuleRegistry.rule(named: rule?.name ?? "")?.id, id)
      XCTAssertTrue(rule?.examples.contains { $0.kind == .flagged } ?? false, "\(id) has no flagged example")
      XCTAssertTrue(rule?.examples.contains { $0.kind == .clean } ?? false, "\(id) has no clean example")
    }
  }

  func testExamplesProduceExactlyTheirExpectations() throws {
    if SwiftFrontend.Parser.parse(Array("let x = 1".utf8)).root.statements.isEmpty {
      throw XCTSkip("needs the Swift parser (issue 6 front end)")
    }
    for id in Self.swiftRuleIDs {
      guard let rule = RuleRegistry.rule(named: id) else { continue }
      for (index, example) in rule.examples.enumerated() {
        let file = SourceFile(path: "\(id)-example-\(index).swift", text: example.code)
        let outcome = Linter.lint([file])[0]
        let read = FixtureExpectations.read(file, comments: Linters.comments(of: file))
        let actual = outcome.result.findings.map(Expectation.init)
        let differences = read.problems + FixtureExpectations.compare(expected: read.expectations, actual: actual)
        XCTAssertEqual(differences, [], "\(id) example \(index) (\(example.file):\(example.line))")
        let ownExpected = read.expectations.contains { $0.ruleID == id && $0.verdict != .good }
        XCTAssertEqual(ownExpected, example.kind == .flagged, "\(id) example \(index) kind")
      }
    }
  }
}
