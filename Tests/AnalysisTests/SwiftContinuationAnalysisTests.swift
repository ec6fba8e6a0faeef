import SourceModel
import SwiftFrontend
import XCTest

@testable import Analysis

/// Edge cases of the continuation path analysis that the fixtures do not spell out: what must stay silent
/// (rebound names, loops, escapes) and what must still be found.
final class SwiftContinuationAnalysisTests: XCTestCase {
  private func facts(_ source: String) throws -> SwiftFileFacts {
    let tree = SwiftFrontend.Parser.parse(Array(source.utf8))
    if tree.root.statements.isEmpty { throw XCTSkip("needs the Swift parser (issue 6 front end)") }
    return SwiftAnalyzer.analyze(tree)
  }

  private func kinds(_ facts: SwiftFileFacts) -> [String] {
    facts.continuations.map { fact in
      switch fact.kind {
      case .resumedOnce: return "once"
      case .resumedTwice: return "twice"
      case .notResumed: return "leak"
      case .racing: return "racing"
      }
    }
  }

  func testSuccessAndFailureHandlersOfOneCallAreAlternatives() throws {
    let result = try facts(
      """
      func f(op: Op) async throws -> Int {
        try await withCheckedThrowingContinuation { cont in
          op.run(onSuccess: { cont.resume(returning: $0) }, onFailure: { cont.resume(throwing: $0) })
        }
      }
      """)
    XCTAssertEqual(kinds(result), ["once"])
  }

  func testCancellationHandlerRacesTheOperation() throws {
    let result = try facts(
      """
      func f(op: Op) async {
        await withCheckedContinuation { cont in
          Task {
            await withTaskCancellationHandler {
              op.start { cont.resume() }
            } onCancel: {
              cont.resume()
            }
          }
        }
      }
      """)
    XCTAssertTrue(kinds(result).contains("racing"), "\(kinds(result))")
  }

  func testReboundNameSilencesEverything() throws {
    let result = try facts(
      """
      func f(other: CheckedContinuation<Void, Never>?) async {
        await withCheckedContinuation { cont in
          cont.resume()
          if let cont = other { cont.resume() }
        }
      }
      """)
    XCTAssertEqual(kinds(result), [])
  }

  func testResumeInLoopSaysNothingAboutLeaks() throws {
    let result = try facts(
      """
      func f(items: [Int]) async {
        await withCheckedContinuation { cont in
          for item in items where item > 0 {
            cont.resume()
            return
          }
        }
      }
      """)
    XCTAssertEqual(kinds(result), [])
  }

  func testEscapeStillReportsAStraightLineDouble() throws {
    let result = try facts(
      """
      final class G {
        var saved: CheckedContinuation<Void, Never>?
        func f() async {
          await withCheckedContinuation { cont in
            saved = cont
            cont.resume()
            cont.resume()
          }
        }
      }
      """)
    XCTAssertEqual(kinds(result), ["twice"])
    XCTAssertEqual(result.continuations.first?.enclosingMember, "G.f")
  }

  func testThrowingInsideResultInitializerIsNotAnExit() throws {
    let result = try facts(
      """
      func f(body: () throws -> Int) async throws -> Int {
        try await withCheckedThrowingContinuation { cont in
          cont.resume(with: Result { try body() })
        }
      }
      """)
    XCTAssertEqual(kinds(result), ["once"])
  }

  func testDeepNestingDoesNotCrash() throws {
    let depth = 300
    let source =
      "func f() async {\n await withCheckedContinuation { cont in\n"
      + String(repeating: "if a {\n", count: depth) + "cont.resume()\n" + String(repeating: "}\n", count: depth)
      + "}\n}\n"
    _ = try facts(source)
  }

  func testSyntaxErrorInsideTheClosureSilencesIt() throws {
    let result = try facts(
      """
      func f() async {
        await withCheckedContinuation { cont in
          let x = (1 +
          cont.resume()
          cont.resume()
        }
      }
      """)
    XCTAssertEqual(kinds(result), [])
  }
}
