import CSharpFrontend
import SourceModel
import XCTest

/// Details the analysis relies on: `await` outside async code, attribute targets, node ranges, contextual
/// keywords used as names.
final class ParserDetailTests: XCTestCase {
  func testAwaitIsANameOutsideAsyncCode() {
    let outline = ParserTestSupport.outline("class C { void M() { int await = 1; await++; F(await); } }")
    XCTAssertEqual(
      outline.dropFirst(3).prefix(3), ["      local int await = 1", "      (++post await)", "      (call F await)"])
  }

  func testAwaitInsideAsyncLambdaOfASyncMethod() {
    let outline = ParserTestSupport.outline("class C { void M() { Run(async () => { await Task.Yield(); }); } }")
    XCTAssertEqual(outline.dropFirst(3).first, "      (call Run (lambda async () { (await (call (. Task Yield))) }))")
  }

  func testAttributeTargets() {
    let outline = ParserTestSupport.outline(
      "[module: A]\nclass C {\n  [return: NotNull] [method: B(1, Name = \"x\")] string M([In] ref int x) => \"\";\n  [field: NonSerialized] public event E Ev;\n}"
    )
    XCTAssertEqual(
      outline,
      [
        "attributes [module: A]", "class C",
        "  [return: NotNull] [method: B(1, (= Name \"x\"))] method string M([In] ref int x)", "    => \"\"",
        "  [field: NonSerialized] public event field E Ev",
      ])
  }

  func testContextualKeywordsAsNames() {
    let outline = ParserTestSupport.outline(
      "class C { int var, select, where, record, async, from; void M() { var x = from + select * where; var y = async(record); } }"
    )
    XCTAssertEqual(outline[1], "  field int var, select, where, record, async, from")
    XCTAssertEqual(outline[4], "      local var x = (+ from (* select where))")
    XCTAssertEqual(outline[5], "      local var y = (call async record)")
  }

  func testRangesCoverTheWrittenExpression() {
    let source = "class C { async void M() { var r = await a.B(c) + d?[e]; } }"
    let (tree, bytes, messages) = ParserTestSupport.parse(source)
    XCTAssertEqual(messages, [])
    guard case .type(let type)? = tree.root.members.first?.kind,
      case .method(let method)? = type.members.first?.kind,
      case .block(let block)? = method.body,
      case .localDeclaration(let declaration)? = block.statements.first?.kind,
      let value = declaration.declarators.first?.initializer,
      case .binary(.add, let left, let right) = value.kind
    else { return XCTFail("unexpected shape") }
    func text(_ range: ByteRange) -> String {
      String(decoding: bytes[Int(range.start)..<Int(range.end)], as: UTF8.self)
    }
    XCTAssertEqual(text(value.range), "await a.B(c) + d?[e]")
    XCTAssertEqual(text(left.range), "await a.B(c)")
    XCTAssertEqual(text(right.range), "d?[e]")
    XCTAssertEqual(text(block.statements[0].range), "var r = await a.B(c) + d?[e];")
    XCTAssertEqual(text(method.range), "async void M() { var r = await a.B(c) + d?[e]; }")
  }

  func testVerbatimAndEscapedIdentifiers() {
    let outline = ParserTestSupport.outline("class @class { int @int = \\u0061; }")
    XCTAssertEqual(outline, ["class class", "  field int int = a"])
  }
}
