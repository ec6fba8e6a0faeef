import Analysis
import XCTest

/// The project index merges commutatively, and the built-in catalog tells overloads apart by argument count.
final class ProjectIndexTests: XCTestCase {
  private func part(_ name: String, _ range: ClosedRange<Int>, _ oneShot: Bool, _ type: String) -> ProjectIndex {
    var index = ProjectIndex()
    index.addMethod(
      name,
      MemberSignature(
        minArguments: range.lowerBound, maxArguments: range.upperBound, returnsOneShot: oneShot, declaringType: type))
    index.declaredTypes.insert(type)
    index.oneShotTypeNames.insert("Alias" + type)
    return index
  }

  func testMergeIsCommutativeAndAssociative() {
    let a = part("LoadAsync", 1...1, true, "Repo")
    let b = part("LoadAsync", 2...2, false, "Cache")
    let c = part("SaveAsync", 0...1, true, "Repo")
    var left = a
    left.merge(b)
    left.merge(c)
    var right = c
    right.merge(b)
    right.merge(a)
    XCTAssertEqual(left.methods, right.methods)
    XCTAssertEqual(left.declaredTypes, right.declaredTypes)
    XCTAssertEqual(left.oneShotTypeNames, right.oneShotTypeNames)
    XCTAssertEqual(left.methods["LoadAsync"]?.count, 2)
  }

  func testSignatureAcceptsItsArgumentRange() {
    let signature = MemberSignature(minArguments: 1, maxArguments: 3, returnsOneShot: true, declaringType: "T")
    XCTAssertFalse(signature.accepts(0))
    XCTAssertTrue(signature.accepts(1))
    XCTAssertTrue(signature.accepts(3))
    XCTAssertFalse(signature.accepts(4))
  }

  func testCatalogTellsStreamOverloadsApartByArgumentCount() {
    XCTAssertTrue(
      BuiltinCatalog.returnsOneShot(method: "ReadAsync", arguments: 2, receiverType: "Stream", receiverMember: nil))
    XCTAssertFalse(
      BuiltinCatalog.returnsOneShot(method: "ReadAsync", arguments: 3, receiverType: "Stream", receiverMember: nil))
    XCTAssertFalse(
      BuiltinCatalog.returnsOneShot(method: "WriteAsync", arguments: 4, receiverType: "Stream", receiverMember: nil))
    XCTAssertTrue(
      BuiltinCatalog.returnsOneShot(method: "ReadAsync", arguments: 0, receiverType: nil, receiverMember: "Reader"))
    // A data reader's ReadAsync returns Task<bool>: an unknown receiver is not enough.
    XCTAssertFalse(
      BuiltinCatalog.returnsOneShot(method: "ReadAsync", arguments: 0, receiverType: nil, receiverMember: nil))
    XCTAssertFalse(
      BuiltinCatalog.returnsOneShot(
        method: "ReadAsync", arguments: 1, receiverType: "DbDataReader", receiverMember: nil))
    XCTAssertTrue(
      BuiltinCatalog.returnsOneShot(method: "DisposeAsync", arguments: 0, receiverType: nil, receiverMember: nil))
    XCTAssertFalse(
      BuiltinCatalog.returnsOneShot(method: "FlushAsync", arguments: 0, receiverType: "Stream", receiverMember: nil))
    XCTAssertTrue(
      BuiltinCatalog.returnsOneShot(method: "FromResult", arguments: 1, receiverType: "ValueTask", receiverMember: nil))
    XCTAssertFalse(
      BuiltinCatalog.returnsOneShot(method: "FromResult", arguments: 1, receiverType: "Task", receiverMember: nil))
    XCTAssertTrue(BuiltinCatalog.propertyIsOneShot("CompletedTask", receiverType: "ValueTask"))
    XCTAssertFalse(BuiltinCatalog.propertyIsOneShot("CompletedTask", receiverType: "Task"))
  }
}
