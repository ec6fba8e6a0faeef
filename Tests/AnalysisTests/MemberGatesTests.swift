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
    -> [String: MemberGates.Gate<String>]
  {
    var index = ProjectIndex()
    for (name, signatures) in methods { for signature in signatures { index.addMethod(name, signature) } }
    for (name, signatures) in properties { for signature in signatures { index.addProperty(name, signature) } }
    return MemberGates.names(index: index, options: AnalysisOptions())
  }

  /// The names whose every use, whatever its shape, is opened only by their declaring types.
  private func ownerGated(_ methods: [String: [MemberSignature]], properties: [String: [MemberSignature]] = [:])
    -> [String: Set<String>]
  {
    gates(methods, properties: properties).compactMapValues { gate in
      gate.everyShapeCovered ? gate.owners : nil
    }
  }

  func testAOneShotOverloadMatchedByAnOrdinaryOneIsOpenedOnlyByItsType() {
    let found = ownerGated([
      "Add": [
        method("Batch", returns: true, 1, 1, nonDelegate: 1), method("Bag", returns: false, 1, 1, nonDelegate: 1),
      ]
    ])
    XCTAssertEqual(found, ["Add": ["Batch"]])
  }

  func testACallShapeOnlyTheOneShotOverloadTakesIsNotGatedForEveryShape() {
    // Three or four arguments: only the ValueTask overload fits, so an unknown receiver resolves.
    XCTAssertEqual(
      ownerGated(["Add": [method("Batch", returns: true, 3, 4), method("Bag", returns: false, 1, 3)]]), [:])
    // A lambda in the first position rules out the overload taking an `int` there.
    XCTAssertEqual(
      ownerGated([
        "Run": [method("Jobs", returns: true, 1, 1), method("Counter", returns: false, 1, 1, nonDelegate: 1)]
      ]),
      [:])
    // `params` on the ordinary overload takes every count.
    XCTAssertEqual(
      ownerGated(["Add": [method("Batch", returns: true, 2, 5), method("Bag", returns: false, 0, Int.max)]]),
      ["Add": ["Batch"]])
  }

  func testArgumentCountsDecideWhatEachCallCanResolveTo() throws {
    let gate = try XCTUnwrap(
      gates([
        "Add": [
          method("Batch", returns: true, 1, 1), method("Batch", returns: true, 3, 4),
          method("Bag", returns: false, 1, 3),
        ]
      ])[
        "Add"])
    XCTAssertEqual(gate.oneShotTakes, 0b11010, "one-shot overloads take 1, 3 and 4 arguments")
    XCTAssertEqual(gate.allOneShot, 0b10000, "only 4 is taken by no ordinary overload")
    XCTAssertFalse(gate.everyShapeCovered)
    var index = ProjectIndex()
    index.addMethod("Add", method("Batch", returns: true, 1, 1))
    index.addMethod("Add", method("Batch", returns: true, 3, 4))
    index.addMethod("Add", method("Bag", returns: false, 1, 3))
    let hashed = MemberGates(index: index, options: AnalysisOptions())
    let add = IdentifierDigest.hash("Add")
    let batch = IdentifierDigest.hash("Batch")
    func opens(_ arguments: Int?, writing names: [UInt64]) -> Bool {
      hashed.opens(add, arguments: arguments, mentions: { names.contains($0) })
    }
    XCTAssertFalse(opens(0, writing: [batch]), "no one-shot overload takes none")
    XCTAssertFalse(opens(2, writing: [batch]))
    XCTAssertFalse(opens(1, writing: []), "one argument: only on a `Batch`")
    XCTAssertTrue(opens(1, writing: [batch]))
    XCTAssertTrue(opens(4, writing: []), "four: any receiver")
    XCTAssertTrue(opens(nil, writing: []), "unknown shape, not covered for every shape")
    XCTAssertFalse(opens(70, writing: []), "no overload takes 63 or more")
  }

  func testTypesKnownWithoutAWrittenNameNeverGate() {
    for owner in ["string", "int", "ValueTask", "", "@Batch"] {
      let gate = gates(["Push": [method(owner, returns: true, 1, 1), method("Bag", returns: false, 1, 1)]])["Push"]
      XCTAssertNotNil(gate, owner)
      XCTAssertNil(gate?.owners, owner)
    }
  }

  func testNamesThatMatterForAnotherReasonAreNotGated() {
    // A property of the same name that may hold a ValueTask, and a catalog member (`ReadAsync`).
    XCTAssertNil(
      gates(
        ["Current": [method("Batch", returns: true, 0, 0), method("Bag", returns: false, 0, 0)]],
        properties: ["Current": [method("Other", returns: true, 0, 0)]])["Current"])
    XCTAssertNil(
      gates(["ReadAsync": [method("Batch", returns: true, 1, 1), method("Bag", returns: false, 1, 1)]])["ReadAsync"])
    // No ordinary overload at all: every receiver resolves, for the counts the method takes.
    let load = gates(["Load": [method("Batch", returns: true, 1, 1)]])["Load"]
    XCTAssertEqual(load?.oneShotTakes, 0b10)
    XCTAssertEqual(load?.allOneShot, 0b10)
    XCTAssertEqual(load?.everyShapeCovered, false)
  }

  /// The pre-check's hit count in `code` when the project declares `ValueTask Batch.Add(int)` and
  /// `void Bag.Add(int)`.
  private func hitsWithTwoAdds(_ code: String) -> Int {
    var index = ProjectIndex()
    index.addMethod("Add", method("Batch", returns: true, 1, 1, nonDelegate: 1))
    index.addMethod("Add", method("Bag", returns: false, 1, 1, nonDelegate: 1))
    let bytes = Array(code.utf8)
    return OneShotPrecheck.hits(in: Parser.parse(bytes), bytes: bytes, index: index, options: AnalysisOptions()).count
  }

  /// The pre-check drops a gated name's hits only in a file that writes none of its types (and no escape).
  func testHitsOfAGatedNameNeedOneOfItsTypesWritten() {
    XCTAssertEqual(hitsWithTwoAdds("class C { void M(Bag b) { b.Add(1); list.Add(2); } }"), 0)
    XCTAssertEqual(hitsWithTwoAdds("class C { void M(Batch b) { b.Add(1); list.Add(2); } }"), 2)
    XCTAssertEqual(hitsWithTwoAdds("class C { void M(Bag b) { b.Add(1); } } // Batch"), 0, "comments write no name")
    XCTAssertEqual(
      hitsWithTwoAdds("class C { void M(Bag b) { b.Add(1); } \\u0042atch x; }"), 2, "an escape counts as anything")
    XCTAssertEqual(
      hitsWithTwoAdds("class C { void M(Bag b) { b.Add(1, 2); b.Add(); } } class Batch { }"), 0,
      "no one-shot `Add` takes 0 or 2")
    XCTAssertEqual(
      hitsWithTwoAdds("class C { void M(Bag b) { b.Add(x => 1); b.Add(default: 1); } } class Batch { }"), 2,
      "uncounted lists")
    XCTAssertEqual(
      hitsWithTwoAdds(
        "class C { async Task M(Bag b) { b.Add(new Item(1)); b.Add(await t); b.Add($\"{x}\"); b.Add(typeof(T)); } }"),
      0, "counted creations, awaits, interpolations, typeofs")
  }

  /// A method's own name where a type declares it is not a use (the parser says which names those are);
  /// a local function's is, since member bodies are not parsed before the pre-check.
  func testADeclaredMethodNameIsNotAUse() {
    XCTAssertEqual(hitsWithTwoAdds("class Batch { public void Add(int x) { } }"), 0)
    XCTAssertEqual(
      hitsWithTwoAdds("namespace N { class L : Batch, IBatch { void IBatch.Add(int x) { } } }"), 0,
      "explicit implementation")
    XCTAssertEqual(hitsWithTwoAdds("class Add : Batch { Add(int x) { } }"), 0, "a constructor")
    XCTAssertEqual(
      hitsWithTwoAdds("class Batch { public void Add(int x) { list.Add(y => 1); } }"), 1, "the call in it still is")
    XCTAssertEqual(hitsWithTwoAdds("class Batch { void M() { void Add(int x) { } } }"), 1, "a local function")
  }
}
