import Foundation
import LintDriver
import Rules
import VTLintTestSupport
import XCTest

/// Runs the whole pipeline over every fixture and compares findings with the inline `// expect:`
/// annotations both ways: nothing missing, nothing extra.
final class AllFixturesTests: XCTestCase {
  /// Fixtures whose expectations are known not to hold yet, each with the issue that will make them pass.
  /// The test asserts they still fail, so a fixed one must be moved out of this list (never silently skipped).
  static let pending: [String: String] = [:]

  func testEveryFixtureProducesExactlyItsExpectations() throws {
    let projects = FixtureProjects.projects()
    XCTAssertFalse(projects.isEmpty, "no fixtures found under \(FixtureProjects.fixturesRoot.path)")
    var failures: [String] = []
    var stillPending: [String] = []
    var pendingNowPassing: [String] = []
    for project in projects {
      let files = try FixtureProjects.load(project)
      let outcomes = Linter.lint(files)
      for outcome in outcomes {
        let read = FixtureExpectations.read(outcome.file, comments: Linters.comments(of: outcome.file))
        let actual = outcome.result.findings.map(Expectation.init)
        let differences = read.problems + FixtureExpectations.compare(expected: read.expectations, actual: actual)
        let path = outcome.file.path
        if let reason = Self.pending[path] {
          if differences.isEmpty { pendingNowPassing.append(path) } else { stillPending.append("\(path) — \(reason)") }
        } else {
          failures += differences
        }
      }
    }
    if !stillPending.isEmpty {
      print("PENDING fixtures (expected to fail until their issue lands):\n  " + stillPending.joined(separator: "\n  "))
    }
    XCTAssertTrue(failures.isEmpty, "fixture differences:\n" + failures.joined(separator: "\n"))
    XCTAssertTrue(
      pendingNowPassing.isEmpty,
      "these pending fixtures pass now; remove them from AllFixturesTests.pending:\n"
        + pendingNowPassing.joined(separator: "\n"))
  }

  func testExpectationsAreReadFromCommentsNotStrings() {
    let file = SourceFileFactory.csharp(
      """
      class C {
        string s = "// expect: BAD VT0001";
        void M() { } // expect: WARNING VT0004
      }
      """)
    let read = FixtureExpectations.read(file, comments: Linters.comments(of: file))
    XCTAssertEqual(read.expectations.map(\.line), [3])
    XCTAssertEqual(read.expectations.first?.verdict, .warning)
  }
}
