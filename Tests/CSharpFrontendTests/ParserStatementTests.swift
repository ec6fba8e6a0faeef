import CSharpFrontend
import XCTest

/// Every statement kind, as outline lines of a method body.
final class ParserStatementTests: XCTestCase {
  private func check(_ body: String, _ expected: [String], file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(ParserTestSupport.statements(body, file: file, line: line), expected, file: file, line: line)
  }

  func testLocalDeclarations() {
    check("int x = 1, y;", ["local int x = 1, y"])
    check("var t = F();", ["local var t = (call F)"])
    check("using var s = Open();", ["local using var s = (call Open)"])
    check("await using var s = Open();", ["local await using var s = (call Open)"])
    check("const int k = 1;", ["local const int k = 1"])
    check("ref int r = ref a[0];", ["local ref int r = (ref (index a 0))"])
    check("ref readonly var r = ref x;", ["local ref readonly var r = (ref x)"])
    check("var (a, b) = p;", ["(= (decl var (a, b)) p)"])
    check("(var a, int b) = p;", ["(= (tuple (decl var a) (decl int b)) p)"])
    check("List<int>[] xs = null;", ["local List<int>[] xs = null"])
    check("int? n = null;", ["local int? n = null"])
    check("int[] a = { 1, 2 };", ["local int[] a = {1, 2}"])
    check("scoped Span<int> s = default;", ["local scoped Span<int> s = default"])
    check("int* p = &x;", ["local int* p = (&pre x)"])
  }

  func testExpressionStatementsThatLookLikeDeclarations() {
    check("a < b;", ["(< a b)"])
    check("await t;", ["(await t)"])
    check("x = y;", ["(= x y)"])
    check("F<int>(x);", ["(call F<int> x)"])
  }

  func testIfSwitchAndLoops() {
    check(
      "if (a) b(); else if (c) d(); else { }",
      ["if a", "  (call b)", "else", "  if c", "    (call d)", "  else", "    {", "    }"])
    check(
      "switch (x) { case 1: case int n when n > 2: break; case Foo { A: 1 }: goto case 1; default: goto default; }",
      [
        "switch x", "  case 1, case (declare int n) when (> n 2):", "    break", "  case (recursive Foo {A: 1}):",
        "    goto case 1", "  default:", "    goto default",
      ])
    check("switch (a, b) { case (1, 2): break; }", ["switch (tuple a b)", "  case (recursive _ (1, 2)):", "    break"])
    check(
      "for (int i = 0, j = 1; i < n; i++, j--) ;", ["for int i = 0, j = 1; (< i n); (++post i), (--post j)", "  ;"])
    check("for (;;) break;", ["for ; ; ", "  break"])
    check("for (i = 0; ; ) continue;", ["for (= i 0); ; ", "  continue"])
    check("foreach (var x in xs) { }", ["foreach var x in xs", "  {", "  }"])
    check("foreach (var (k, v) in d) ;", ["foreach var (k, v) in d", "  ;"])
    check("foreach ((int a, string b) pair in d) ;", ["foreach (int a, string b) pair in d", "  ;"])
    check("await foreach (var x in s) ;", ["await foreach var x in s", "  ;"])
    check("while (x) x--;", ["while x", "  (--post x)"])
    check("do x++; while (x < 3);", ["do", "  (++post x)", "while (< x 3)"])
  }

  func testTryLockAndBlocks() {
    check(
      "try { } catch (IOException e) when (e.X) { } catch { } finally { }",
      [
        "try", "  {", "  }", "catch IOException e when (. e X)", "  {", "  }", "catch", "  {", "  }", "finally", "  {",
        "  }",
      ])
    check("lock (o) { }", ["lock o", "  {", "  }"])
    check("checked { } unchecked { }", ["checked", "  {", "  }", "unchecked", "  {", "  }"])
    check("unsafe { }", ["unsafe", "  {", "  }"])
    check("fixed (byte* p = buf) { }", ["fixed byte* p = buf", "  {", "  }"])
    check("using (var r = Open()) { }", ["using var r = (call Open)", "  {", "  }"])
    check("using (r) ;", ["using r", "  ;"])
    check("await using (var r = Open()) ;", ["await using var r = (call Open)", "  ;"])
  }

  func testJumpsLabelsAndYield() {
    check("return;", ["return"])
    check("return x;", ["return x"])
    check("throw;", ["throw"])
    check("throw new E();", ["throw (new E)"])
    check("yield return 1;", ["yield return 1"])
    check("yield break;", ["yield break"])
    check("goto done; done: ;", ["goto done", "done:", "  ;"])
    check(";", [";"])
  }

  func testLocalFunctions() {
    check("int Add(int a, int b) => a + b;", ["local function int Add(int a, int b)", "  => (+ a b)"])
    check(
      "static async Task<T> Run<T>(T x) where T : class { }",
      [
        "static async local function Task<T> Run<T>(T x)", "  {", "  }",
      ])
  }
}
