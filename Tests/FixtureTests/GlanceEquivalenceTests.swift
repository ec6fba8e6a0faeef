import Foundation
import LintDriver
import Rules
import VTLintTestSupport
import XCTest

/// Deferring first passes (`DeferredFirstPasses`) only saves work: a run that glances at files first must
/// report exactly what a run giving every file its first pass reports, except the syntax errors of files
/// it never parsed (VT9003's documented limit), which it may leave out but never invent.
final class GlanceEquivalenceTests: XCTestCase {
  func testGlancingRunEqualsAFullFirstPassRunOverTheFixtures() throws {
    let (glancing, full) = try Self.bothWays(FixtureProjects.fixturesRoot.path)
    XCTAssertEqual(glancing.other, full.other)
    XCTAssertTrue(glancing.syntaxErrors.isSubset(of: full.syntaxErrors))
    XCTAssertGreaterThan(full.other.count, 100, "the fixtures must give the comparison something to compare")
  }

  /// Opt-in: the same over a tree of real C# code.
  func testGlancingRunEqualsAFullFirstPassRunOnRealCode() throws {
    guard let root = ProcessInfo.processInfo.environment["VTLINT_REAL_CODE_DIR"] else {
      throw XCTSkip("set VTLINT_REAL_CODE_DIR to a directory of real C# code to run this test")
    }
    let (glancing, full) = try Self.bothWays(root)
    XCTAssertEqual(glancing.other.subtracting(full.other), [])
    XCTAssertEqual(full.other.subtracting(glancing.other), [])
    XCTAssertTrue(glancing.syntaxErrors.isSubset(of: full.syntaxErrors))
    print(
      "glancing: \(glancing.other.count) findings equal; syntax errors \(glancing.syntaxErrors.count) of "
        + "\(full.syntaxErrors.count)")
  }

  /// The findings of a run with glances and of one without, GOOD included, split into syntax errors and
  /// the rest.
  static func bothWays(_ root: String) throws -> (
    glancing: (other: Set<Finding>, syntaxErrors: Set<Finding>), full: (other: Set<Finding>, syntaxErrors: Set<Finding>)
  ) {
    func run(glances: Bool) throws -> (other: Set<Finding>, syntaxErrors: Set<Finding>) {
      var settings = LintSettings(config: Configuration(directory: root), workingDirectory: root)
      settings.glances = glances
      let report = try LintRun.run(LintInputs(paths: [root]), settings: settings)
      let syntax = RuleDescription.syntaxError.id
      return (
        Set(report.findings.filter { $0.ruleID != syntax }), Set(report.findings.filter { $0.ruleID == syntax })
      )
    }
    return (try run(glances: true), try run(glances: false))
  }
}
