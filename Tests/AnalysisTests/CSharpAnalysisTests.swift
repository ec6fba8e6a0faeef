import Analysis
import CSharpFrontend
import LintDriver
import Rules
import SourceModel
import VTLintTestSupport
import XCTest

/// The C# analysis end to end on small sources: configuration, fact details, determinism.
final class CSharpAnalysisTests: XCTestCase {
  private func skipWithoutParser() throws {
    try XCTSkipIf(
      Parser.parse(Array("class C { }".utf8)).root.members.isEmpty, "the C# parser is still a placeholder (issue 2)")
  }

  private func findings(_ code: String, options: AnalysisOptions = AnalysisOptions()) -> [Finding] {
    Linter.lint([SourceFileFactory.csharp(code)], options: options)[0].result.findings
  }

  private let custom = """
    class C
    {
        async Task M(Pool pool)
        {
            var lease = pool.RentAsync();
            await lease;
            await lease;
        }
        async Task N(Custom c)
        {
            MyAwaitable a = c.Get();
            await a;
            await a;
        }
    }
    """

  func testConfiguredMembersAndTypesAreOneShot() throws {
    try skipWithoutParser()
    XCTAssertTrue(findings(custom).isEmpty, "unknown members and types say nothing")
    let configured = findings(
      custom, options: AnalysisOptions(extraOneShotMembers: ["RentAsync"], extraOneShotTypes: ["MyAwaitable"]))
    XCTAssertEqual(configured.map(\.ruleID), ["VT0001", "VT0001"])
    XCTAssertEqual(configured.map(\.start.line), [7, 13])
  }

  func testDoubleConsumptionNamesTheFirstAndTheMember() throws {
    try skipWithoutParser()
    let result = findings(
      """
      namespace App.Data
      {
          class Repo
          {
              ValueTask<int> LoadAsync() => default;
              async Task<int> Twice()
              {
                  var t = LoadAsync();
                  await t;
                  return await t;
              }
          }
      }
      """)
    let bad = try XCTUnwrap(result.first { $0.ruleID == "VT0001" })
    XCTAssertEqual(bad.verdict, .bad)
    XCTAssertEqual(bad.start.line, 10)
    XCTAssertTrue(bad.message.contains("first consumed at 9:"), bad.message)
    XCTAssertEqual(bad.enclosingMember, "App.Data.Repo.Twice")
    XCTAssertEqual(bad.related.first?.start.line, 9)
    XCTAssertEqual(result.filter { $0.ruleID != "VT0001" }.count, 0, "one value, one verdict: \(result)")
  }

  /// `(await t).Member()` awaits the local; it does not declare a second `t` (an old misparse hid it).
  func testParenthesizedAwaitOfALocalIsJudged() throws {
    try skipWithoutParser()
    let result = findings(
      """
      class Repo
      {
          ValueTask<Item> LoadAsync() => default;
          async Task Once()
          {
              var t = LoadAsync();
              (await t).Use();
          }
          async Task Twice()
          {
              var u = LoadAsync();
              (await u).Use();
              (await u).Use();
          }
      }
      """)
    XCTAssertEqual(result.map(\.ruleID), ["VT0004", "VT0001"])
    XCTAssertEqual(result.map(\.start.line), [6, 13])
  }

  /// A member with no one-shot name of its own still gets walked when it calls a delegate-typed field
  /// declared elsewhere in the file (the pre-check's per-member skip must not hide it).
  func testMembersUsingTheFilesDelegateFieldsAreWalked() throws {
    try skipWithoutParser()
    let result = findings(
      """
      class C
      {
          Func<ValueTask> _run;
          async Task M()
          {
              var t = _run();
              await t;
              await t;
          }
      }
      """)
    XCTAssertEqual(result.map(\.ruleID), ["VT0001"])
    XCTAssertEqual(result.map(\.start.line), [8])
  }

  func testGotoMakesTheMethodSayNothingAboutItsLocals() throws {
    try skipWithoutParser()
    func code(_ jump: String) -> String {
      """
      class C
      {
          ValueTask<int> F() => default;
          async Task M(bool again)
          {
              var t = F();
              await t;
              await t;
              \(jump)
          }
      }
      """
    }
    XCTAssertEqual(findings(code("")).map(\.ruleID), ["VT0001"], "control: without goto the double await is BAD")
    XCTAssertEqual(findings(code("if (again) goto done; done: return;")), [])
  }

  func testIndexMergeOrderDoesNotChangeFindings() throws {
    try skipWithoutParser()
    let a = SourceFileFactory.csharp(
      "interface IStore { ValueTask<int> LoadAsync(int id); }", path: "A.cs")
    let b = SourceFileFactory.csharp(
      """
      class S
      {
          async Task M(IStore s)
          {
              var t = s.LoadAsync(1);
              await t;
              await t;
          }
      }
      """, path: "B.cs")
    let forward = Linter.lint([a, b]).flatMap(\.result.findings).map(Expectation.init).sorted()
    let backward = Linter.lint([b, a]).flatMap(\.result.findings).map(Expectation.init).sorted()
    XCTAssertEqual(forward, backward)
    XCTAssertEqual(forward.map(\.ruleID), ["VT0001"])
  }

  func testDeepNestingDoesNotCrash() throws {
    try skipWithoutParser()
    var code = "class C { ValueTask<int> F() => default; async Task M() { var t = F(); "
    for _ in 0..<300 { code += "if (x) { " }
    code += "await t; await t;"
    for _ in 0..<300 { code += " }" }
    code += " } }"
    _ = findings(code)
  }
}
