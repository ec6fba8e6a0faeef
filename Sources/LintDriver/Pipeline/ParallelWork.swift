import Analysis
import Foundation
import SourceModel

/// Runs independent jobs over all cores with a bounded pool of threads that have a 16 MiB stack (the
/// parsers recurse; secondary threads get a small stack by default). Results land in input order, so the
/// output never depends on scheduling.
public enum ParallelWork {
  /// Threads to use: `jobs` if given, else the active processor count.
  public static func workerCount(_ jobs: Int?, items: Int, fewSerially: Bool = true) -> Int {
    let wanted = jobs ?? ProcessInfo.processInfo.activeProcessorCount
    // A handful of files is faster serially than with thread start-up.
    if items < 4 && fewSerially { return 1 }
    return max(1, min(wanted, items))
  }

  /// `order`: the indices in the order to start them (largest job first keeps one big file from running
  /// alone at the end); results are in index order whatever it is.
  /// `fewSerially`: fewer than four items run on one thread (true for files; parts of one large file are
  /// each worth a thread).
  public static func map<T: Sendable>(
    count: Int, jobs: Int? = nil, order: [Int]? = nil, fewSerially: Bool = true,
    _ body: @escaping @Sendable (Int) -> T
  ) -> [T] {
    map(count: count, jobs: jobs, order: order, fewSerially: fewSerially, accumulating: {}) { i, _ in body(i) }
      .results
  }

  /// `map`, where each worker thread also owns an accumulator (made by `start`) that `body` may fold its
  /// item into: an order-free merge (set unions) then runs during the map instead of after it, and leaves
  /// one accumulator per worker to combine. The accumulators come back in no particular order.
  public static func map<T: Sendable, Accumulator: Sendable>(
    count: Int, jobs: Int? = nil, order: [Int]? = nil, fewSerially: Bool = true,
    accumulating start: @escaping @Sendable () -> Accumulator, _ body: @escaping @Sendable (Int, inout Accumulator) -> T
  ) -> (results: [T], accumulators: [Accumulator]) {
    let workers = workerCount(jobs, items: count, fewSerially: fewSerially)
    let box = ResultBox<T>(count: count, order: order)
    let finished = Collected<Accumulator>()
    let work: @Sendable () -> Void = {
      var accumulator = start()
      while let i = box.nextIndex() { box.set(i, body(i, &accumulator)) }
      finished.append(accumulator)
    }
    if workers == 1 {
      // Still on a big stack: the caller's thread may be a small secondary one.
      runOnBigStack(work)
      return (box.values(), finished.values())
    }
    let group = DispatchGroup()
    for _ in 0..<workers {
      group.enter()
      let thread = Thread {
        work()
        group.leave()
      }
      thread.stackSize = 16 << 20
      thread.start()
    }
    group.wait()
    return (box.values(), finished.values())
  }

  static func runOnBigStack(_ work: @escaping @Sendable () -> Void) {
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
      work()
      done.signal()
    }
    thread.stackSize = 16 << 20
    thread.start()
    done.wait()
  }
}

/// Slots for results plus the shared work counter, behind one lock.
private final class ResultBox<T: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var slots: [T?]
  private let order: [Int]?
  private var next = 0

  init(count: Int, order: [Int]?) {
    slots = Array(repeating: nil, count: count)
    // An order that is not a permutation of the indices is ignored.
    self.order = order.flatMap { $0.count == count && Set($0) == Set(0..<count) ? $0 : nil }
  }

  func nextIndex() -> Int? {
    lock.lock()
    defer { lock.unlock() }
    guard next < slots.count else { return nil }
    next += 1
    return order?[next - 1] ?? next - 1
  }

  func set(_ i: Int, _ value: T) {
    lock.lock()
    slots[i] = value
    lock.unlock()
  }

  func values() -> [T] {
    lock.lock()
    defer { lock.unlock() }
    return slots.map { $0! }
  }
}

/// Values handed in by several threads, behind a lock.
private final class Collected<T: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var items: [T] = []

  func append(_ item: T) {
    lock.lock()
    items.append(item)
    lock.unlock()
  }

  func values() -> [T] {
    lock.lock()
    defer { lock.unlock() }
    return items
  }
}

extension ParallelJobs {
  /// The pool's threads to lend to one file's work or a large report, or nil when `jobs` (as for the whole
  /// run) allows one thread only: work in parts on one thread would only add the cost of cutting it up.
  public static func lent(jobs: Int?) -> ParallelJobs? {
    ParallelWork.workerCount(jobs, items: 2, fewSerially: false) > 1 ? ParallelJobs(pool: jobs) : nil
  }

  /// Jobs for the analysis of one file, or for writing a large report, on the pool's big-stack threads
  /// (`jobs` as for the whole run).
  init(pool jobs: Int?) {
    self.init { count, job in
      _ = ParallelWork.map(count: count, jobs: jobs, fewSerially: false) { job($0) }
    }
  }
}
