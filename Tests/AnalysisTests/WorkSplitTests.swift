import CSharpFrontend
import SourceModel
import XCTest

@testable import Analysis

/// How a file's work items are cut into parts for analysis at once: contiguous, in order, none empty,
/// covering every item, and about even in cost.
final class WorkSplitTests: XCTestCase {
  private func items(_ costs: [Int]) -> [WorkItem] {
    costs.map { cost in
      let expr = Expr(.literal(.integer), range: ByteRange(0, 1))
      return WorkItem(
        kind: .store(initializer: expr, destination: "x", site: ByteRange(0, 1), member: "m", typeName: nil),
        cost: cost)
    }
  }

  func testPartsAreContiguousNonEmptyAndCoverEverything() {
    let cases: [([Int], Int)] = [
      ([5, 1, 1, 1, 10, 1], 3), ([1], 8), ([1, 1], 8), (Array(repeating: 1, count: 100), 8), ([100, 1, 1, 1], 4),
      ([0, 0, 0], 2), ([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 8),
    ]
    for (costs, count) in cases {
      let parts = CSharpFileAnalyzer.split(items(costs), into: count)
      XCTAssertLessThanOrEqual(parts.count, count, "\(costs)")
      XCTAssertEqual(parts.first?.lowerBound, 0, "\(costs)")
      XCTAssertEqual(parts.last?.upperBound, costs.count, "\(costs)")
      for (a, b) in zip(parts, parts.dropFirst()) { XCTAssertEqual(a.upperBound, b.lowerBound, "\(costs)") }
      XCTAssertFalse(parts.contains { $0.isEmpty }, "\(costs)")
    }
  }

  func testEqualItemsAreSharedEvenly() {
    let parts = CSharpFileAnalyzer.split(items(Array(repeating: 1, count: 80)), into: 8)
    XCTAssertEqual(parts.map(\.count), Array(repeating: 10, count: 8))
  }
}
