import SourceModel
import SwiftFrontend
import XCTest

@testable import Analysis

/// The by-name recognisers behind VT0103/VT0104 and VT0105, on hand-built syntax (no parser needed).
final class SwiftCallRecognitionTests: XCTestCase {
  private func name(_ text: String, at offset: Int = 0) -> SwiftIdentifier {
    SwiftIdentifier(text, range: ByteRange(offset, offset + text.utf8.count))
  }

  private func identifier(_ text: String) -> SwiftExpr {
    SwiftExpr(.identifier(name(text), genericArguments: []), range: ByteRange(0, text.utf8.count))
  }

  private func member(_ base: SwiftExpr, _ text: String) -> SwiftExpr {
    SwiftExpr(.memberAccess(base: base, name: name(text, at: 10), genericArguments: []), range: ByteRange(0, 20))
  }

  func testSemaphoreWaitIsBlockingButLabelledWaitIsNot() {
    let callee = member(identifier("semaphore"), "wait")
    XCTAssertEqual(BlockingCalls.match(callee: callee, arguments: [], trailing: [])?.text, "semaphore.wait")
    let timeout = SwiftArgument(label: name("timeout"), value: identifier("t"), range: ByteRange(0, 1))
    XCTAssertNotNil(BlockingCalls.match(callee: callee, arguments: [timeout], trailing: []))
    let forLabel = SwiftArgument(label: name("for"), value: identifier("e"), range: ByteRange(0, 1))
    XCTAssertNil(BlockingCalls.match(callee: callee, arguments: [forLabel], trailing: []))
  }

  func testSleepOnlyForThreadAndFreeFunctions() {
    XCTAssertNotNil(BlockingCalls.match(callee: identifier("usleep"), arguments: [], trailing: []))
    XCTAssertNotNil(BlockingCalls.match(callee: member(identifier("Thread"), "sleep"), arguments: [], trailing: []))
    XCTAssertNil(BlockingCalls.match(callee: member(identifier("Task"), "sleep"), arguments: [], trailing: []))
    XCTAssertNil(BlockingCalls.match(callee: member(identifier("clock"), "sleep"), arguments: [], trailing: []))
  }

  func testTaskStarters() {
    XCTAssertTrue(BlockingCalls.startsTask(callee: identifier("Task")))
    XCTAssertTrue(BlockingCalls.startsTask(callee: member(identifier("Task"), "detached")))
    XCTAssertTrue(BlockingCalls.startsTask(callee: member(identifier("group"), "addTask")))
    XCTAssertFalse(BlockingCalls.startsTask(callee: member(identifier("queue"), "async")))
    XCTAssertFalse(BlockingCalls.startsTask(callee: member(identifier("Other"), "detached")))
  }

  func testStreamTypeKinds() {
    XCTAssertEqual(StreamAnalysis.kind(ofTypeKey: "AsyncStream"), .splitting)
    XCTAssertEqual(StreamAnalysis.kind(ofTypeKey: "AsyncThrowingStream"), .trapping)
    XCTAssertEqual(StreamAnalysis.kind(ofTypeKey: "HTTPClientResponse.Body"), .trapping)
    XCTAssertNil(StreamAnalysis.kind(ofTypeKey: "AsyncChannel"))
  }
}
