import Foundation

/// Lets a thread of its own free a large value nothing reads any more, so the caller goes on at once: a
/// one-file run's syntax trees take tens of milliseconds to free, which the findings' sorting and
/// reporting need not wait for. Freeing is the same work wherever it runs.
enum BackgroundRelease {
  static func drop<T>(_ value: T) {
    let box = Box(value)
    Thread.detachNewThread { withExtendedLifetime(box) {} }
  }

  /// Carries the value to the freeing thread; only that thread's last reference frees it.
  private final class Box<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
  }
}
