/// Runs independent jobs, possibly at the same time, on threads whose stacks are deep enough for the
/// parsers and walkers: the driver lends its pool (`ParallelWork`). `run(count, job)` returns once every
/// `job(i)` for `i` in `0..<count` has returned.
public struct ParallelJobs: Sendable {
  public let run: @Sendable (_ count: Int, _ job: @escaping @Sendable (Int) -> Void) -> Void

  public init(run: @escaping @Sendable (_ count: Int, _ job: @escaping @Sendable (Int) -> Void) -> Void) {
    self.run = run
  }

  /// `job(i)` for every `i` in `0..<count`, run as `run` runs them, results in index order.
  public func map<T: Sendable>(_ count: Int, _ job: @escaping @Sendable (Int) -> T) -> [T] {
    let slots = Slots<T>(count: count)
    run(count) { slots.set($0, job($0)) }
    return slots.values()
  }

  /// `transform(i)` for every `i` in `0..<count`, in index order: on `parallel` in a few contiguous chunks
  /// when it is given and there are at least `minimum` items (cheap items are not worth a job each), else
  /// in a plain loop. For per-item work after a one-file run's analysis (tens of thousands of findings),
  /// which would otherwise keep one core busy while the others wait.
  public static func mapInChunks<T: Sendable>(
    _ count: Int, on parallel: ParallelJobs?, minimum: Int = 4096, chunks: Int = 16,
    _ transform: @escaping @Sendable (Int) -> T
  ) -> [T] {
    guard let parallel, count >= minimum, chunks > 1 else { return (0..<count).map(transform) }
    let parts = parallel.map(chunks) { part in
      (count * part / chunks..<count * (part + 1) / chunks).map(transform)
    }
    var all: [T] = []
    all.reserveCapacity(count)
    for part in parts { all.append(contentsOf: part) }
    return all
  }

  /// The results of two independent pieces of work, run at the same time on two jobs.
  public func both<A: Sendable, B: Sendable>(
    _ first: @escaping @Sendable () -> A, _ second: @escaping @Sendable () -> B
  ) -> (A, B) {
    let results = map(2) { job -> Either<A, B> in job == 0 ? .first(first()) : .second(second()) }
    guard case .first(let a) = results[0], case .second(let b) = results[1] else {
      preconditionFailure("map returns its results in job order")
    }
    return (a, b)
  }

  private enum Either<A: Sendable, B: Sendable>: Sendable {
    case first(A)
    case second(B)
  }

  /// One job at a time, the last first: for tests, so that a result cannot depend on the order jobs run in.
  public static let lastFirst = ParallelJobs { count, job in
    for i in (0..<count).reversed() { job(i) }
  }
}

/// One result slot per job. Each is written by its own job only, and distinct elements of the buffer are
/// distinct memory, so no lock is needed; they are read once every job has returned.
private final class Slots<T>: @unchecked Sendable {
  private let slots: UnsafeMutableBufferPointer<T?>

  init(count: Int) {
    slots = .allocate(capacity: count)
    slots.initialize(repeating: nil)
  }

  deinit {
    slots.deinitialize()
    slots.deallocate()
  }

  func set(_ index: Int, _ value: T) { slots[index] = value }

  func values() -> [T] { slots.map { $0! } }
}
