import Analysis
import Foundation
import LintDriver
import Rules
import SourceModel
import VTLintTestSupport
import XCTest

/// The second pass over the syntax the first pass kept (what the CLI does for a one-file run, and the
/// in-memory driver always) must give exactly what a second pass parsing the file again gives: findings,
/// syntax diagnostics, comments and attribute suppressions, on every fixture, with the trivia kept or
/// compacted to comments.
final class SyntaxReuseTests: XCTestCase {
  func testReusedFirstPassSyntaxLintsLikeAFreshParseOnEveryFixture() throws {
    let options = AnalysisOptions()
    var compared = 0
    for project in FixtureProjects.projects() {
      let files = try FixtureProjects.load(project)
      let (index, parts) = Linter.firstPasses(of: files, options: options)
      for (file, part) in zip(files, parts) {
        guard let language = file.language, let syntax = part?.syntax else { continue }
        let linter = Linters.linter(for: language)
        let fresh = linter.lint(file, index: index, options: options)
        for (label, kept) in [("kept", syntax), ("compacted", syntax.compacted(file: file))] {
          let reused = linter.lint(file, index: index, options: options, reusing: kept, parallel: nil)
          XCTAssertEqual(reused.findings, fresh.findings, "\(file.path) (\(label))")
          XCTAssertEqual(reused.syntaxDiagnostics, fresh.syntaxDiagnostics, "\(file.path) (\(label))")
          XCTAssertEqual(reused.comments, fresh.comments, "\(file.path) (\(label))")
          XCTAssertEqual(
            reused.attributeSuppressions.map(\.range), fresh.attributeSuppressions.map(\.range),
            "\(file.path) (\(label))")
        }
        compared += 1
      }
    }
    // Every C# fixture carries its first-pass syntax; none may slip through uncompared.
    let csharpFixtures = FixtureProjects.projects().joined().filter { $0.hasSuffix(".cs") }.count
    XCTAssertEqual(compared, csharpFixtures)
    XCTAssertGreaterThan(compared, 20)
  }
}
