import Foundation
import SourceModel
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
    let seen = Counter()
    _ = ParallelJobs.mapInChunks(9_000, on: concurrent) { seen.add($0) }
    XCTAssertEqual(seen.values.sorted(), Array(0..<9_000))
  }

  func testRunAlongsideReturnsTheWorksResultAndRunsTheOther() {
    let seen = Counter()
    let result = concurrent.run({ 42 }, alongside: { seen.add(7) })
    XCTAssertEqual(result, 42)
    XCTAssertEqual(seen.values, [7])
    XCTAssertEqual(ParallelJobs.lastFirst.run({ "w" }, alongside: { seen.add(8) }), "w")
    XCTAssertEqual(seen.values, [7, 8])
  }

  func testBothReturnsEachResultInItsPlace() {
    for parallel in [concurrent, ParallelJobs.lastFirst] {
      let (number, text) = parallel.both({ 6 * 7 }, { "forty-two" })
      XCTAssertEqual(number, 42)
      XCTAssertEqual(text, "forty-two")
    }
  }
}

private final class Counter: @unchecked Sendable {
  private let lock = NSLock()
  private var items: [Int] = []

  func add(_ value: Int) {
    lock.lock()
    items.append(value)
    lock.unlock()
  }

  var values: [Int] {
    lock.lock()
    defer { lock.unlock() }
    return items
  }
}
