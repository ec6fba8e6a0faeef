/// Runs independent jobs, possibly at the same time, on threads whose stacks are deep enough for the
/// parsers and walkers: the driver lends its pool (`ParallelWork`). `run(count, job)` returns once every
/// `job(i)` for `i` in `0..<count` has returned.
public struct ParallelJobs: Sendable {
  public let run: @Sendable (_ count: Int, _ job: @escaping @Sendable (Int) -> Void) -> Void

  public init(run: @escaping @Sendable (_ count: Int, _ job: @escaping @Sendable (Int) -> Void) -> Void) {
    self.run = run
  }

  /// One job at a time, the last first: for tests, so that a result cannot depend on the order jobs run in.
  public static let lastFirst = ParallelJobs { count, job in
    for i in (0..<count).reversed() { job(i) }
  }
}
