import Analysis
import Dispatch
import SourceModel
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

  /// An empty index folding a large part in on two threads (a run of one file) holds what one thread folds
  /// in; a part too small, or an index not empty, is folded on one.
  func testALargePartFoldedOnTwoThreadsGivesTheSameIndex() {
    var part = IndexPart()
    for i in 0..<10_000 {
      let signature = MemberSignature(
        minArguments: i % 3, maxArguments: i % 5 + 3, returnsOneShot: i % 7 == 0, declaringType: "T\(i % 50)")
      part.addMethod("M\(i % 4000)", signature)
      part.addProperty("P\(i % 900)", signature)
    }
    part.delegates = [("D", true), ("D", false), ("E", true)]
    part.declaredTypes = ["T1", "T2", "T1"]
    part.oneShotTypeNames = ["VT"]
    part.otherAliasNames = ["Other"]
    var one = ProjectIndex()
    one.merge(part)
    let concurrent = ParallelJobs { count, job in DispatchQueue.concurrentPerform(iterations: count, execute: job) }
    for parallel in [concurrent, .lastFirst] {
      var two = ProjectIndex()
      two.merge(part, parallel: parallel)
      XCTAssertEqual(two.methods, one.methods)
      XCTAssertEqual(two.properties, one.properties)
      XCTAssertEqual(two.delegates, one.delegates)
      XCTAssertEqual(two.declaredTypes, one.declaredTypes)
      XCTAssertEqual(two.oneShotTypeNames, one.oneShotTypeNames)
      XCTAssertEqual(two.otherAliasNames, one.otherAliasNames)
      var notEmpty = self.part("Seed", 0...0, true, "S")
      notEmpty.merge(part, parallel: parallel)
      var expected = self.part("Seed", 0...0, true, "S")
      expected.merge(part)
      XCTAssertEqual(notEmpty.methods, expected.methods)
      XCTAssertEqual(notEmpty.properties, expected.properties)
    }
    XCTAssertEqual(one.methods.count, 4000)
    XCTAssertEqual(one.delegates["D"], [true, false])
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
