import Analysis
import Foundation
import Rules
import SourceModel
import VTLintTestSupport
import XCTest

@testable import LintDriver

/// The on-demand lookup of types declared by glanced files: exact (a name written after `class` in a
/// comment is a candidate, not a type), each candidate file parsed at most once, the same answer from
/// every thread.
final class GlancedTypesTests: XCTestCase {
  /// Glanced files and a lookup over them that counts how often each file is parsed.
  private func lookup(_ sources: [String]) throws -> (GlancedTypes, parses: () -> [Int: Int]) {
    let files = sources.enumerated().map { SourceFileFactory.csharp($0.element, path: "F\($0.offset).cs") }
    let options = AnalysisOptions()
    let glancer = FirstPassGlancer(options: options)
    let parts = files.map { CSharpLinter().firstPass(for: $0, options: options, digests: true, glancer: glancer) }
    XCTAssertTrue(parts.allSatisfy { $0.glance != nil }, "every file here must be glanced at")
    final class Counter: @unchecked Sendable {
      let lock = NSLock()
      var parses: [Int: Int] = [:]
    }
    let counter = Counter()
    let types = try XCTUnwrap(
      GlancedTypes(parts) { i in
        counter.lock.lock()
        counter.parses[i, default: 0] += 1
        counter.lock.unlock()
        return TypeDeclarations(CSharpLinter().indexPart(for: files[i], options: options))
      })
    return (
      types,
      {
        counter.lock.lock(); defer { counter.lock.unlock() }; return counter.parses
      }
    )
  }

  func testAnswersAreExactAndEachFileIsParsedOnce() throws {
    let (types, parses) = try lookup([
      "public class Repo { }\npublic record Point(int X);",
      "// the class Store lives elsewhere\npublic class Other { }",
      "public class Plain { }",
    ])
    XCTAssertTrue(types.declares("Repo"))
    XCTAssertTrue(types.declares("Point"))
    XCTAssertTrue(types.declares("Other"))
    XCTAssertFalse(types.declares("Store"), "a name after `class` in a comment is no type")
    XCTAssertFalse(types.declares("Missing"))
    XCTAssertTrue(types.declares("Repo"))
    XCTAssertEqual(parses(), [0: 1, 1: 1], "the file declaring only Plain was never asked about")
  }

  func testConcurrentQuestionsGetOneAnswer() throws {
    let (types, parses) = try lookup((0..<8).map { "public class T\($0) { }" })
    let answers = ParallelWork.map(count: 64, jobs: 4) { i in types.declares("T\(i % 10)") }
    XCTAssertEqual(answers, (0..<64).map { $0 % 10 < 8 })
    XCTAssertTrue(parses().values.allSatisfy { $0 == 1 })
  }
}
