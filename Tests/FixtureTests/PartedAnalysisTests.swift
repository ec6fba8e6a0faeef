import Analysis
import CSharpFrontend
import Foundation
import LintDriver
import Rules
import SourceModel
import VTLintTestSupport
import XCTest

/// A large file is analyzed in parts at once (`CSharpFileAnalyzer.analyze(…, parallel:)`). Forced on every
/// fixture, with the parts run last first, the facts (value ids included) and the syntax errors of the
/// parsed bodies must be exactly those of one walk in order.
final class PartedAnalysisTests: XCTestCase {
  func testAnalysisInPartsEqualsOneWalkOnEveryFixture() throws {
    let options = AnalysisOptions()
    var filesWithSeveralMembers = 0
    for project in FixtureProjects.projects() {
      let files = try FixtureProjects.load(project).filter { $0.language == .csharp }
      let index = Linter.firstPasses(of: files, options: options).index
      for file in files {
        let tree = Parser.parse(file.bytes, deferMemberBodies: true)
        let hits = OneShotPrecheck.hits(in: tree, bytes: file.bytes, index: index, options: options)
        let inOrderBodies = DeferredBodyParser(tree: tree)
        let inOrder = CSharpFileAnalyzer.analyze(
          tree.root, bytes: file.bytes, index: index, options: options, hits: hits, bodies: inOrderBodies)
        let partedBodies = DeferredBodyParser(tree: tree)
        let parted = CSharpFileAnalyzer.analyze(
          tree.root, bytes: file.bytes, index: index, options: options, hits: hits, bodies: partedBodies,
          parallel: .lastFirst, parallelFrom: 0)
        XCTAssertEqual(parted, inOrder, file.path)
        XCTAssertEqual(partedBodies.allDiagnostics, inOrderBodies.allDiagnostics, file.path)
        if Set(inOrder.compactMap(\.enclosingMember)).count >= 2 { filesWithSeveralMembers += 1 }
      }
    }
    // The comparison means something only where a file splits into several parts.
    XCTAssertGreaterThan(filesWithSeveralMembers, 20)
  }

  /// Syntax errors in bodies parsed by different parts come out in file order, as one walk meets them.
  func testBodySyntaxErrorsKeepTheirOrderAcrossParts() {
    let source = """
      using System.Threading.Tasks;
      public class C
      {
          public async ValueTask A() { var x = ; await Task.Yield(); }
          public async ValueTask B() { var y = ; await Task.Yield(); }
          public async ValueTask C2() { var z = ; await Task.Yield(); }
      }

      """
    let bytes = Array(source.utf8)
    let tree = Parser.parse(bytes, deferMemberBodies: true)
    let index = ProjectIndex()
    let hits = OneShotPrecheck.hits(in: tree, bytes: bytes, index: index, options: AnalysisOptions())
    let inOrder = DeferredBodyParser(tree: tree)
    _ = CSharpFileAnalyzer.analyze(
      tree.root, bytes: bytes, index: index, options: AnalysisOptions(), hits: hits, bodies: inOrder)
    let parted = DeferredBodyParser(tree: tree)
    _ = CSharpFileAnalyzer.analyze(
      tree.root, bytes: bytes, index: index, options: AnalysisOptions(), hits: hits, bodies: parted,
      parallel: .lastFirst, parallelFrom: 0)
    XCTAssertEqual(inOrder.diagnostics.count, 3)
    XCTAssertEqual(parted.diagnostics, inOrder.diagnostics)
    XCTAssertEqual(parted.diagnostics.map(\.range.start), parted.diagnostics.map(\.range.start).sorted())
  }
}
