import Foundation
import XCTest

@testable import LintDriver

/// What is dropped is freed on another thread, and `waitUntilFreed` returns only once it is.
final class BackgroundReleaseTests: XCTestCase {
  func testADroppedValueIsFreedBeforeWaitReturns() {
    let freed = Flag()
    do {
      let values = (0..<64).map { _ in Tracked(freed) }
      BackgroundRelease.drop(values)
    }
    BackgroundRelease.waitUntilFreed()
    XCTAssertEqual(freed.count, 64)
    // Nothing outstanding: returns at once.
    BackgroundRelease.waitUntilFreed()
  }
}

private final class Flag: @unchecked Sendable {
  private let lock = NSLock()
  private var freed = 0
  func note() {
    lock.lock()
    freed += 1
    lock.unlock()
  }
  var count: Int {
    lock.lock()
    defer { lock.unlock() }
    return freed
  }
}

private final class Tracked {
  let flag: Flag
  init(_ flag: Flag) { self.flag = flag }
  deinit { flag.note() }
}
