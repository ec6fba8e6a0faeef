import Foundation
import VTLintTestSupport
import XCTest

@testable import LintDriver

/// What is dropped is freed on another thread, and `waitUntilFreed` returns only once it is.
final class BackgroundReleaseTests: XCTestCase {
  func testADroppedValueIsFreedBeforeWaitReturns() {
    let freed = LockedList<Int>()
    do {
      let values = (0..<64).map { _ in Tracked(freed) }
      BackgroundRelease.drop(values)
    }
    BackgroundRelease.waitUntilFreed()
    XCTAssertEqual(freed.values.count, 64)
    // Nothing outstanding: returns at once.
    BackgroundRelease.waitUntilFreed()
  }
}

private final class Tracked {
  let freed: LockedList<Int>
  init(_ freed: LockedList<Int>) { self.freed = freed }
  deinit { freed.append(1) }
}
