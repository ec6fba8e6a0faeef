import Foundation

/// Lets a thread of its own free a large value nothing reads any more, so the caller goes on at once: a
/// one-file run's syntax trees take tens of milliseconds to free, which the findings' sorting and
/// reporting need not wait for. Freeing is the same work wherever it runs.
public enum BackgroundRelease {
  private static let pending = DispatchGroup()
  private static let kept = KeptValues()

  /// For a process that exits once its run is done (the command line): values dropped from now on are
  /// kept to the end instead of freed. The system takes the process's memory back at once at exit, while
  /// freeing a large file's trees kept one of two cores busy for tens of milliseconds as the report was
  /// being written. Nothing is allocated after the drop that could have reused the memory but the report.
  public static func keepDroppedValuesUntilExit() { kept.enable() }

  static func drop<T>(_ value: T) {
    if kept.keep(value) { return }
    let box = Box(value)
    pending.enter()
    Thread.detachNewThread {
      box.value = nil
      pending.leave()
    }
  }

  /// Returns once everything dropped so far is freed. The command line calls it before the process exits,
  /// so that no thread is still freeing while the runtime shuts down (usually it is long done).
  public static func waitUntilFreed() {
    pending.wait()
  }

  /// Carries the value to the freeing thread, which lets go of it.
  private final class Box<T>: @unchecked Sendable {
    var value: T?
    init(_ value: T) { self.value = value }
  }

  /// Values kept to the end of the process, once enabled.
  private final class KeptValues: @unchecked Sendable {
    private let lock = NSLock()
    private var enabled = false
    private var values: [Any] = []

    func enable() {
      lock.lock()
      enabled = true
      lock.unlock()
    }

    /// Keeps `value` and returns true when enabled; else returns false and the caller frees it.
    func keep(_ value: Any) -> Bool {
      lock.lock()
      defer { lock.unlock() }
      if enabled { values.append(value) }
      return enabled
    }
  }
}
