import Analysis
import CSharpFrontend
import XCTest

/// The pre-check that lets the linter skip the flow walk of files that cannot hold a one-shot value.
final class OneShotPrecheckTests: XCTestCase {
  private func mayProduce(
    _ code: String, index: ProjectIndex = ProjectIndex(), options: AnalysisOptions = AnalysisOptions()
  ) -> Bool {
    let bytes = Array(code.utf8)
    let tree = Parser.parse(bytes)
    return OneShotPrecheck.mayProduceFacts(tokens: tree.lexed.tokens, bytes: bytes, index: index, options: options)
  }

  func testFilesWithoutRelevantNamesAreSkipped() {
    XCTAssertFalse(mayProduce("class C { async Task M() { await Task.Delay(1); var x = Foo(); } }"))
    // Comments and strings are not identifiers.
    XCTAssertFalse(mayProduce("class C { // ValueTask\n string s = \"ValueTask\"; }"))
  }

  func testBuiltinTypesCatalogMembersAndEscapesAreHits() {
    XCTAssertTrue(mayProduce("class C { ValueTask M() => default; }"))
    XCTAssertTrue(mayProduce("class C { void M() { var v = @ValueTask.CompletedTask; } }"))
    XCTAssertTrue(mayProduce("class C { void M(Stream s) { s.ReadAsync(buffer); } }"))
    XCTAssertTrue(mayProduce("class C { \\u0056alueTask M() => default; }"))
  }

  func testIndexedMembersDelegatesAndConfigurationAreHits() {
    var index = ProjectIndex()
    index.addMethod(
      "LoadAsync", MemberSignature(minArguments: 0, maxArguments: 0, returnsOneShot: true, declaringType: "R"))
    index.addMethod(
      "Plain", MemberSignature(minArguments: 0, maxArguments: 0, returnsOneShot: false, declaringType: "R"))
    index.delegates["Handler"] = [true]
    XCTAssertTrue(mayProduce("class C { void M(R r) { r.LoadAsync(); } }", index: index))
    XCTAssertFalse(mayProduce("class C { void M(R r) { r.Plain(); } }", index: index))
    XCTAssertTrue(mayProduce("class C { void M(Handler h) { h(); } }", index: index))
    let options = AnalysisOptions(extraOneShotMembers: ["Fetch"], extraOneShotTypes: ["MyAwaitable"])
    XCTAssertTrue(mayProduce("class C { void M() { Fetch(); } }", options: options))
    XCTAssertTrue(mayProduce("class C { MyAwaitable M() => default; }", options: options))
    XCTAssertFalse(mayProduce("class C { void M() { Other(); } }", options: options))
  }
}
