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

  /// A file glanced at as it is read (past the sources held for a later glance) is parsed later if the
  /// index makes a name it writes matter; one held is glanced at knowing those names. Both ways find the
  /// same, syntax errors included. (The fixtures do not depend on the declarations of a file found due
  /// only after the index is merged; the real-code test below does: it fails if those are dropped.)
  func testGlancingAsReadEqualsGlancingAfterTheIndexOverTheFixtures() throws {
    let root = FixtureProjects.fixturesRoot.path
    let held = try Self.run(root, glances: true)
    let asRead = try Self.run(root, glances: true, holdLimit: 0)
    XCTAssertEqual(asRead.other, held.other)
    XCTAssertEqual(asRead.syntaxErrors, held.syntaxErrors)
  }

  /// A file that names a one-shot value only through a project member (`LoadAsync`, declared elsewhere) is
  /// glanced at before the index knows that name when nothing is held, and must still be linted.
  func testAFileGlancedAtAsReadIsParsedWhenTheIndexMakesItsNamesMatter() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("vtlint-glance-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: root) }
    try "using System.Threading.Tasks;\npublic interface IRepository { ValueTask<int> LoadAsync(); }\n".write(
      to: root.appendingPathComponent("IRepository.cs"), atomically: true, encoding: .utf8)
    let use = """
      public class Use {
        public async System.Threading.Tasks.Task<int> Run(IRepository r) {
          var v = r.LoadAsync();
          return await v + await v;
        }
      }

      """
    try use.write(to: root.appendingPathComponent("Use.cs"), atomically: true, encoding: .utf8)
    for holdLimit in [0, DeferredFirstPasses.holdLimit] {
      let found = try Self.run(root.path, glances: true, holdLimit: holdLimit).other
      XCTAssertTrue(
        found.contains { $0.ruleID == "VT0001" && $0.path.hasSuffix("Use.cs") && $0.start.line == 4 },
        "hold limit \(holdLimit): \(found)")
    }
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
    let asRead = try Self.run(root, glances: true, holdLimit: 0)
    XCTAssertEqual(asRead.other.symmetricDifference(glancing.other), [], "glanced as read")
    XCTAssertEqual(asRead.syntaxErrors, glancing.syntaxErrors, "glanced as read")
    print(
      "glancing: \(glancing.other.count) findings equal; syntax errors \(glancing.syntaxErrors.count) of "
        + "\(full.syntaxErrors.count)")
  }

  /// The findings of a run with glances and of one without, GOOD included, split into syntax errors and
  /// the rest.
  static func bothWays(_ root: String) throws -> (
    glancing: (other: Set<Finding>, syntaxErrors: Set<Finding>), full: (other: Set<Finding>, syntaxErrors: Set<Finding>)
  ) {
    (try run(root, glances: true), try run(root, glances: false))
  }

  /// One run's findings, GOOD included, split into syntax errors and the rest. `holdLimit`: the sources
  /// held for a glance after the index (`LintSettings.glanceHoldLimit`).
  static func run(_ root: String, glances: Bool, holdLimit: Int = DeferredFirstPasses.holdLimit) throws -> (
    other: Set<Finding>, syntaxErrors: Set<Finding>
  ) {
    var settings = LintSettings(config: Configuration(directory: root), workingDirectory: root)
    settings.glances = glances
    settings.glanceHoldLimit = holdLimit
    let report = try LintRun.run(LintInputs(paths: [root]), settings: settings)
    let syntax = RuleDescription.syntaxError.id
    return (
      Set(report.findings.filter { $0.ruleID != syntax }), Set(report.findings.filter { $0.ruleID == syntax })
    )
  }
}
