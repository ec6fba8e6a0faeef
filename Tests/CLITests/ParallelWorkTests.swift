import Foundation
import VTLintTestSupport
import XCTest

@testable import LintDriver

/// The pool returns results in index order whatever order the jobs start in.
final class ParallelWorkTests: XCTestCase {
  func testResultsAreInIndexOrderForAnyStartOrder() {
    let count = 500
    let orders: [[Int]?] = [nil, Array((0..<count).reversed()), (0..<count).map { ($0 * 7) % count }, [0, 0, 1]]
    for order in orders {
      for jobs in [1, 2, 4] {
        let started = LockedList<Int>()
        let results = ParallelWork.map(count: count, jobs: jobs, order: order) { i -> Int in
          started.append(i)
          return i * 3
        }
        XCTAssertEqual(results, (0..<count).map { $0 * 3 })
        XCTAssertEqual(started.values.sorted(), Array(0..<count), "each job runs exactly once")
      }
    }
  }

  /// Each worker folds its items into its own accumulator: together they hold every item exactly once, one
  /// accumulator per worker that ran.
  func testAccumulatorsHoldEveryItemOnce() {
    let count = 300
    for jobs in [1, 2, 4] {
      let (results, accumulators) = ParallelWork.map(
        count: count, jobs: jobs, order: Array((0..<count).reversed()), accumulating: { [Int]() }
      ) { i, seen -> Int in
        seen.append(i)
        return i + 1
      }
      XCTAssertEqual(results, (1...count).map { $0 })
      XCTAssertEqual(accumulators.flatMap { $0 }.sorted(), Array(0..<count))
      XCTAssertEqual(accumulators.count, ParallelWork.workerCount(jobs, items: count))
    }
  }

  func testJobsStartInTheGivenOrder() {
    let started = LockedList<Int>()
    // With two threads, the first job to start is one of the first two of the order.
    _ = ParallelWork.map(count: 50, jobs: 2, order: Array((0..<50).reversed())) { i -> Int in
      started.append(i)
      return i
    }
    XCTAssertTrue([49, 48].contains(started.values.first ?? -1), "\(started.values.first ?? -1)")
  }
}
