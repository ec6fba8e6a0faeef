import SourceModel
import SwiftFrontend
import XCTest

/// The syntax tree helpers the rules rely on.
final class ASTContractTests: XCTestCase {
  func testNoasyncAttributeIsRecognised() {
    let attribute = SwiftAttribute(name: "available", argumentWords: ["*", "noasync"], range: ByteRange(0, 1))
    XCTAssertTrue(attribute.isNoasync)
    XCTAssertFalse(SwiftAttribute(name: "available", argumentWords: ["macOS", "13"], range: ByteRange(0, 1)).isNoasync)
  }

  func testBoundNamesLookThroughBindingPatterns() {
    let r = ByteRange(0, 1)
    let name = SwiftIdentifier("continuation", range: r)
    let inner = SwiftExpr(.bindingPattern(keyword: "let", SwiftPattern(.identifier(name), range: r)), range: r)
    let call = SwiftExpr(
      .call(
        callee: SwiftExpr(
          .memberAccess(base: nil, name: SwiftIdentifier("resume", range: r), genericArguments: []), range: r),
        arguments: [SwiftArgument(value: inner, range: r)], trailingClosures: []), range: r)
    XCTAssertEqual(SwiftPattern(.expression(call), range: r).boundNames.map(\.text), ["continuation"])
  }
}
