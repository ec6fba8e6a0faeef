import CSharpFrontend
import LintDriver
import Rules
import SourceModel
import VTLintTestSupport
import XCTest

@testable import Analysis

/// Closures and local functions are walked where they run only when that walk can change something (a
/// tracked name in the code it reaches, a `goto` or label, a `catch` while some count is uncertain). These
/// pin down that skipping the other walks leaves every verdict as a full walk gives it.
final class ClosureWalkTests: XCTestCase {
  private func skipWithoutParser() throws {
    try XCTSkipIf(
      Parser.parse(Array("class C { }".utf8)).root.members.isEmpty, "the C# parser is still a placeholder (issue 2)")
  }

  /// Findings of one method (wrapped in a class with a one-shot producer) as `rule@line`, sorted.
  private func verdicts(_ method: String) -> [String] {
    let code = """
      using System.Threading.Tasks;
      class C
      {
          ValueTask<int> LoadAsync() => default;
          bool Flag;
      \(method)
      }
      """
    return Linter.lint([SourceFileFactory.csharp(code)])[0].result.findings
      .map { "\($0.ruleID)@\($0.start.line)" }.sorted()
  }

  /// A lambda analyzed on its own is skipped only when nothing in it can be one-shot: naming a local
  /// function from around it that returns one keeps it walked.
  func testALambdaCallingAnOuterLocalFunctionIsStillAnalyzed() throws {
    try skipWithoutParser()
    let found = verdicts(
      """
          void M()
          {
              ValueTask<int> Load() => LoadAsync();
              Run(async () =>
              {
                  var v = Load();
                  await v;
                  await v;
              });
              Run(async () => { await Task.Delay(1); });
          }
          static void Run(System.Func<Task> f) { }
      """)
    XCTAssertEqual(found, ["VT0000@8", "VT0001@13"], "\(found)")
  }

  func testAGotoReachedOnlyThroughAnotherLocalFunctionStillGivesUpTheMethod() throws {
    try skipWithoutParser()
    func method(_ inner: String) -> String {
      """
          async Task M()
          {
              var t = LoadAsync();
              await t;
              await t;
              Outer();
              void Outer() { Inner(); }
              void Inner() { if (Flag) Inner(); \(inner) }
          }
      """
    }
    XCTAssertEqual(verdicts(method("")), ["VT0001@10"], "control: the double await is BAD")
    XCTAssertEqual(verdicts(method("goto done; done: ;")), [], "the goto two calls away gives the method up")
    XCTAssertEqual(verdicts(method("done: ;")), [], "so does a label alone")
  }

  func testACatchReachedThroughLocalFunctionsStillRaisesAnUncertainCount() throws {
    try skipWithoutParser()
    func method(_ helper: String) -> String {
      """
          async Task M(bool c)
          {
              var t = LoadAsync();
              if (c) await t;
              Run();
              void Run() { Helper(); }
              void Helper() { \(helper) }
          }
      """
    }
    // The handler's entry counts `t` as consumed as often as it may have been, and it is the only way out.
    XCTAssertEqual(verdicts(method("try { throw new System.Exception(); } catch { }")), ["VT0004@8"])
    XCTAssertEqual(verdicts(method("try { Flag = true; } catch { }")), ["VT0006@8"], "a normal exit keeps it uncertain")
    XCTAssertEqual(verdicts(method("Flag = true;")), ["VT0006@8"], "control: not consumed on some path")
  }

  func testAConsumptionTwoCallsAwayIsCountedAtEachCall() throws {
    try skipWithoutParser()
    let result = verdicts(
      """
          async Task M()
          {
              var t = LoadAsync();
              First();
              First();
              void First() { Second(); }
              async void Second() { await t; }
          }
      """)
    XCTAssertEqual(result, ["VT0001@10"])
  }

  func testTheSameClosureInBothBranchesThenAgain() throws {
    try skipWithoutParser()
    let result = verdicts(
      """
          async Task M(bool c)
          {
              var t = LoadAsync();
              if (c) { Consume(); } else { Consume(); }
              Consume();
              async void Consume() { await t; }
          }
      """)
    XCTAssertEqual(result, ["VT0001@10"], "once in either branch, then a second time after the merge")
    let once = verdicts(
      """
          async Task M(bool c)
          {
              var t = LoadAsync();
              if (c) { Consume(); } else { Consume(); }
              async void Consume() { await t; }
          }
      """)
    XCTAssertEqual(once, ["VT0004@8"], "once on every path")
  }

  func testABranchOnlyCallLeavesTheValueUncertain() throws {
    try skipWithoutParser()
    let result = verdicts(
      """
          async Task M(bool c)
          {
              var t = LoadAsync();
              if (c) { Consume(); }
              void Idle() { Consume(); }
              async void Consume() { await t; }
          }
      """)
    XCTAssertEqual(result, ["VT0006@8"])
  }

  func testLocalFunctionsCallingEachOtherInNestedLoopsWithNothingTracked() throws {
    try skipWithoutParser()
    let result = verdicts(
      """
          async Task M(int[] items)
          {
              var t = LoadAsync();
              foreach (var i in items) { foreach (var j in items) { A(i); B(j); } }
              await t;
              await t;
              void A(int x) { if (x > 0) B(x - 1); }
              void B(int x) { if (x > 0) A(x - 1); }
          }
      """)
    XCTAssertEqual(result, ["VT0001@11"])
  }

  func testALoopCallingAConsumingLocalFunctionConsumesItAgain() throws {
    try skipWithoutParser()
    let result = verdicts(
      """
          async Task M(int[] items)
          {
              var t = LoadAsync();
              foreach (var i in items) { Step(i); }
              void Step(int x) { Helper(x); }
              async void Helper(int x) { if (x > 0) await t; }
          }
      """)
    XCTAssertEqual(result, ["VT0001@9"], "a later round awaits it again")
  }

  /// The walk-or-skip answer is kept while the names in scope stay the same: a tracked local declared
  /// between two calls must make the next call walk again.
  func testALocalDeclaredBetweenCallsIsSeenByTheNextCall() throws {
    try skipWithoutParser()
    let result = verdicts(
      """
          async Task M()
          {
              Run();
              var t = LoadAsync();
              Run();
              Run();
              void Run() { Use(); }
              async void Use() { await t; }
          }
      """)
    XCTAssertEqual(result, ["VT0001@11"])
  }

  /// A lambda analyzed on its own keeps the local functions it reaches only through another one.
  func testALambdaOnItsOwnStillReachesLocalFunctionsThroughOthers() throws {
    try skipWithoutParser()
    let result = verdicts(
      """
          void N()
          {
              Func<ValueTask<int>, Task> f = async (ValueTask<int> t) => { Helper(); Helper(); };
              void Helper() { Helper2(); }
              async void Helper2() { await t; }
          }
      """)
    XCTAssertEqual(result, ["VT0001@8"])
  }

  /// A name spelled with a `\u` escape is invisible to a byte search: such code is always walked.
  func testANameSpelledWithAnEscapeIsStillFollowed() throws {
    try skipWithoutParser()
    let result = verdicts(
      """
          async Task M()
          {
              var t = LoadAsync();
              Run();
              Run();
              void Run() { Use(); }
              async void Use() { await \\u0074; }
          }
      """)
    XCTAssertEqual(result, ["VT0001@10"])
  }

  // MARK: - Replayed runs: a closure run with the same entry (state, names, call site) as an earlier one
  // repeats its effects instead of being walked again.

  /// Both branches run `Use` from the same outer call with the same state: the second is a replay, and it
  /// must still count as a consumption.
  func testARunReplayedInTheOtherBranchStillConsumes() throws {
    try skipWithoutParser()
    let result = verdicts(
      """
          async Task M()
          {
              var t = LoadAsync();
              Run();
              Run();
              void Run() { if (Flag) { Use(); } else { Use(); } }
              async void Use() { await t; }
          }
      """)
    XCTAssertEqual(result, ["VT0001@10"])
  }

  /// A closure called in two branches with different entry states: the branch where the value is already
  /// consumed reports the second consumption, the other replays only the first.
  func testRunsWithDifferentEntryStatesAreNotConfused() throws {
    try skipWithoutParser()
    let twice = verdicts(
      """
          async Task M()
          {
              var t = LoadAsync();
              Run();
              void Run() { if (Flag) { Use(); Use(); } else { Use(); } }
              async void Use() { await t; }
          }
      """)
    XCTAssertEqual(twice, ["VT0001@9"])
    let once = verdicts(
      """
          async Task M()
          {
              var t = LoadAsync();
              Run();
              void Run() { if (Flag) { Use(); } else { Idle(); } }
              async void Use() { await t; }
              void Idle() { }
          }
      """)
    XCTAssertEqual(once, ["VT0006@8"], "consumed in one branch only")
  }

  /// A replayed completion check still marks the value as checked first.
  func testAReplayedCompletionCheckKeepsItsEffect() throws {
    try skipWithoutParser()
    let result = verdicts(
      """
          async Task M(bool c)
          {
              var t = LoadAsync();
              if (c) { await t; }
              Run();
              void Run() { if (Flag) { Check(); } else { Check(); } }
              void Check() { if (t.IsCompleted) { } }
          }
      """)
    XCTAssertEqual(result, ["VT0006@8"])
  }

  /// Local functions calling the next one many times each: identical runs are replayed, so this finishes
  /// at once (walked out, it was millions of walks), with the verdict a full walk gives.
  func testAFanOutOfLocalFunctionsIsWalkedOncePerDistinctRun() throws {
    try skipWithoutParser()
    var functions = ""
    for level in 0..<8 {
      let next = level < 7 ? String(repeating: "F\(level + 1)(); ", count: 4) : "await t;"
      functions += "        async void F\(level)() { if (Flag) { \(next)} else { \(next)} }\n"
    }
    let result = verdicts(
      """
          async Task M()
          {
              var t = LoadAsync();
              F0();
      \(functions)
          }
      """)
    XCTAssertEqual(result, ["VT0001@9"], "F7 runs many times from the one call of F0")
  }

  /// The syntax summary sees statements nested in lambdas, local functions, switch sections and handlers.
  func testTheSyntaxSummaryFindsNestedGotoLabelsAndCatches() throws {
    try skipWithoutParser()
    func summary(_ body: String) throws -> ClosureSyntaxSummary {
      let unit = Parser.parse(Array("class C { void M() { void L() { \(body) } } }".utf8)).root
      guard case .type(let type) = unit.members.first?.kind, case .method(let method) = type.members.first?.kind,
        case .block(let block) = method.body, case .localFunction(let local) = block.statements.first?.kind
      else { throw XCTSkip("unexpected tree shape") }
      return ClosureSyntaxSummary(.method(local))
    }
    XCTAssertEqual(try summary("Run(() => { x: ; });").hasGotoOrLabel, true)
    XCTAssertEqual(try summary("switch (a) { case 1: goto default; default: break; }").hasGotoOrLabel, true)
    XCTAssertEqual(try summary("void N() { try { } catch { } }").hasCatch, true)
    XCTAssertEqual(try summary("var f = a ? b : c; try { } finally { }"), ClosureSyntaxSummary())
  }
}
