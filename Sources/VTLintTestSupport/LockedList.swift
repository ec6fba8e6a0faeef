import Foundation

/// Values appended from several threads at once (what a job saw, which jobs ran), read once they are done.
public final class LockedList<Element: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var items: [Element] = []

  public init() {}

  public func append(_ item: Element) {
    lock.lock()
    items.append(item)
    lock.unlock()
  }

  /// The values in the order they were appended.
  public var values: [Element] {
    lock.lock()
    defer { lock.unlock() }
    return items
  }
}
