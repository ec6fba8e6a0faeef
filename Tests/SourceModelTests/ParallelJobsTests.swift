import Foundation
import SourceModel
import VTLintTestSupport
import XCTest

/// `ParallelJobs` helpers give what a plain loop gives, in index order, however the jobs are scheduled.
final class ParallelJobsTests: XCTestCase {
  /// Jobs on real threads, all at once.
  private let concurrent = ParallelJobs { count, job in DispatchQueue.concurrentPerform(iterations: count, execute: job)
  }

  func testMapInChunksEqualsALoopForEveryCountAndSchedule() {
    for count in [0, 1, 15, 16, 17, 4095, 4096, 4097, 10_007] {
      let expected = (0..<count).map { $0 &* 31 }
      for parallel in [nil, concurrent, ParallelJobs.lastFirst] {
        XCTAssertEqual(ParallelJobs.mapInChunks(count, on: parallel) { $0 &* 31 }, expected, "\(count)")
      }
      XCTAssertEqual(ParallelJobs.mapInChunks(count, on: concurrent, minimum: 0, chunks: 7) { $0 &* 31 }, expected)
    }
  }

  func testMapInChunksRunsEachItemOnce() {
    let seen = LockedList<Int>()
    _ = ParallelJobs.mapInChunks(9_000, on: concurrent) { seen.append($0) }
    XCTAssertEqual(seen.values.sorted(), Array(0..<9_000))
  }

  func testBothRunsEachOnceAndReturnsEachResultInItsPlace() {
    for parallel in [concurrent, ParallelJobs.lastFirst] {
      let ran = LockedList<Int>()
      let (number, text) = parallel.both(
        {
          ran.append(1)
          return 6 * 7
        },
        {
          ran.append(2)
          return "forty-two"
        })
      XCTAssertEqual(number, 42)
      XCTAssertEqual(text, "forty-two")
      XCTAssertEqual(ran.values.sorted(), [1, 2])
    }
  }
}
