import Foundation

/// Lets a thread of its own free a large value nothing reads any more, so the caller goes on at once: a
/// one-file run's syntax trees take tens of milliseconds to free, which the findings' sorting and
/// reporting need not wait for. Freeing is the same work wherever it runs.
public enum BackgroundRelease {
  private static let pending = DispatchGroup()

  static func drop<T>(_ value: T) {
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
}
