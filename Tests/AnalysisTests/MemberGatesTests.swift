import CSharpFrontend
import XCTest

@testable import Analysis

/// Which member names matter only in files that write one of a few type names (`MemberGates`).
final class MemberGatesTests: XCTestCase {
  private func method(
    _ type: String, returns oneShot: Bool, _ min: Int, _ max: Int, nonDelegate: UInt64 = 0
  ) -> MemberSignature {
    MemberSignature(
      minArguments: min, maxArguments: max, returnsOneShot: oneShot, declaringType: type,
      returnTypeName: oneShot ? "ValueTask" : "void", nonDelegateParameters: nonDelegate)
  }

  private func gates(_ methods: [String: [MemberSignature]], properties: [String: [MemberSignature]] = [:])
    -> [String: Set<String>]
  {
    var index = ProjectIndex()
    for (name, signatures) in methods { for signature in signatures { index.addMethod(name, signature) } }
    for (name, signatures) in properties { for signature in signatures { index.addProperty(name, signature) } }
    return MemberGates.names(index: index, options: AnalysisOptions())
  }

  func testAOneShotOverloadMatchedByAnOrdinaryOneIsOpenedOnlyByItsType() {
    let found = gates([
      "Add": [
        method("Batch", returns: true, 1, 1, nonDelegate: 1), method("Bag", returns: false, 1, 1, nonDelegate: 1),
      ]
    ])
    XCTAssertEqual(found, ["Add": ["Batch"]])
  }

  func testACallShapeOnlyTheOneShotOverloadTakesIsNotGated() {
    // Three or four arguments: only the ValueTask overload fits, so an unknown receiver resolves.
    XCTAssertEqual(
      gates(["Add": [method("Batch", returns: true, 3, 4), method("Bag", returns: false, 1, 3)]]), [:])
    // A lambda in the first position rules out the overload taking an `int` there.
    XCTAssertEqual(
      gates(["Run": [method("Jobs", returns: true, 1, 1), method("Counter", returns: false, 1, 1, nonDelegate: 1)]]),
      [:])
    // `params` on the ordinary overload takes every count.
    XCTAssertEqual(
      gates(["Add": [method("Batch", returns: true, 2, 5), method("Bag", returns: false, 0, Int.max)]]),
      ["Add": ["Batch"]])
  }

  func testTypesKnownWithoutAWrittenNameNeverGate() {
    for owner in ["string", "int", "ValueTask", "", "@Batch"] {
      XCTAssertEqual(
        gates(["Push": [method(owner, returns: true, 1, 1), method("Bag", returns: false, 1, 1)]]), [:], owner)
    }
  }

  func testNamesThatMatterForAnotherReasonAreNotGated() {
    // A property of the same name that may hold a ValueTask, and a catalog member (`ReadAsync`).
    XCTAssertEqual(
      gates(
        ["Current": [method("Batch", returns: true, 0, 0), method("Bag", returns: false, 0, 0)]],
        properties: ["Current": [method("Other", returns: true, 0, 0)]]),
      [:])
    XCTAssertEqual(
      gates(["ReadAsync": [method("Batch", returns: true, 1, 1), method("Bag", returns: false, 1, 1)]]), [:])
    // No ordinary overload at all: every receiver resolves.
    XCTAssertEqual(gates(["Load": [method("Batch", returns: true, 1, 1)]]), [:])
  }

  /// The pre-check drops a gated name's hits only in a file that writes none of its types (and no escape).
  func testHitsOfAGatedNameNeedOneOfItsTypesWritten() {
    var index = ProjectIndex()
    index.addMethod("Add", method("Batch", returns: true, 1, 1, nonDelegate: 1))
    index.addMethod("Add", method("Bag", returns: false, 1, 1, nonDelegate: 1))
    func hits(_ code: String) -> Int {
      let bytes = Array(code.utf8)
      let tree = Parser.parse(bytes)
      return OneShotPrecheck.hits(tokens: tree.lexed.tokens, bytes: bytes, index: index, options: AnalysisOptions())
        .count
    }
    XCTAssertEqual(hits("class C { void M(Bag b) { b.Add(1); list.Add(2); } }"), 0)
    XCTAssertEqual(hits("class C { void M(Batch b) { b.Add(1); list.Add(2); } }"), 2)
    XCTAssertEqual(hits("class C { void M(Bag b) { b.Add(1); } } // Batch"), 0, "comments write no name")
    XCTAssertEqual(hits("class C { void M(Bag b) { b.Add(1); } \\u0042atch x; }"), 2, "an escape counts as anything")
  }
}
