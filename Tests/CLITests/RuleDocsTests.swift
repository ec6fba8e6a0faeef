import Foundation
import Rules
import XCTest

@testable import LintDriver

/// `Documentation/Rules/*.md` are generated from the rule descriptions; a stale page fails here. Fix with
/// `swift run vtlint generate-docs Documentation/Rules`.
final class RuleDocsTests: XCTestCase {
  func testCommittedDocsAreCurrent() throws {
    let dir = CLIRunner.packageRoot.appendingPathComponent("Documentation/Rules")
    var expectedNames = Set<String>()
    for page in RuleDocs.allPages() {
      expectedNames.insert(page.name)
      let committed = try? String(contentsOf: dir.appendingPathComponent(page.name), encoding: .utf8)
      XCTAssertEqual(
        committed, page.text,
        "Documentation/Rules/\(page.name) is stale: run `swift run vtlint generate-docs Documentation/Rules`")
    }
    let present = Set(try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".md") })
    XCTAssertEqual(present.subtracting(expectedNames).sorted(), [], "pages for rules that no longer exist")
  }

  func testGenerateDocsCommandWritesTheSamePages() throws {
    let t = try TempTree()
    let r = try t.run(["generate-docs", "out"])
    XCTAssertEqual(r.code, 0, r.stderr)
    for page in RuleDocs.allPages() {
      XCTAssertEqual(try t.read("out/\(page.name)"), page.text)
    }
  }

  func testRulesAndExplain() throws {
    let t = try TempTree()
    let rules = try t.run(["rules"])
    XCTAssertEqual(rules.code, 0)
    for rule in RuleRegistry.all {
      XCTAssertTrue(rules.stdout.contains(rule.id), rule.id)
      XCTAssertTrue(rules.stdout.contains(rule.name), rule.name)
    }
    let explain = try t.run(["explain", "unused-suppression"])
    XCTAssertEqual(explain.code, 0)
    XCTAssertTrue(explain.stdout.hasPrefix("VT9000 unused-suppression"), explain.stdout)
    XCTAssertTrue(explain.stdout.contains("// vtlint:disable:next VT9000"), explain.stdout)
    let unknown = try t.run(["explain", "VT9O00"])
    XCTAssertEqual(unknown.code, 2)
    XCTAssertTrue(unknown.stderr.contains("did you mean 'VT9000'"), unknown.stderr)
  }

  /// Every meta rule is registered once, in id order.
  func testRegistryIsSortedAndUnique() {
    let ids = RuleRegistry.all.map(\.id)
    XCTAssertEqual(ids, ids.sorted())
    XCTAssertEqual(Set(ids).count, ids.count)
    for id in ["VT9000", "VT9001", "VT9002", "VT9003", "VT9004"] { XCTAssertNotNil(RuleRegistry.rule(named: id), id) }
  }
}
