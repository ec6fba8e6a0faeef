import CSharpFrontend
import XCTest

/// Expressions: precedence and associativity, every primary and postfix form, lambdas, creation forms.
final class ParserExpressionTests: XCTestCase {
  private func check(_ source: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(ParserTestSupport.expression(source, file: file, line: line), expected, file: file, line: line)
  }

  func testBinaryPrecedenceAndAssociativity() {
    check("a + b * c", "(+ a (* b c))")
    check("a - b - c", "(- (- a b) c)")
    check(
      "a || b && c | d ^ e & f == g < h << i + j * k",
      "(|| a (&& b (| c (^ d (& e (== f (< g (<< h (+ i (* j k))))))))))")
    check("a ?? b ?? c", "(?? a (?? b c))")
    check("a ? b : c ? d : e", "(?: a b (?: c d e))")
    check("x = y = z", "(= x (= y z))")
    check("x += y ??= z", "(+= x (??= y z))")
    check("x >>= 2", "(>>= x 2)")
    check("a >> b >>> c", "(>>> (>> a b) c)")
    check("a > b", "(> a b)")
    check("-a * !b", "(* (-pre a) (!pre b))")
    check("i++ + --j", "(+ (++post i) (--pre j))")
  }

  func testGenericNamesVersusComparisons() {
    check("F<A, B>(x)", "(call F<A, B> x)")
    check("(a < b, c > d)", "(tuple (< a b) (> c d))")
    check("a < b && c > d", "(&& (< a b) (> c d))")
    check("List<List<int>>.Empty", "(. List<List<int>> Empty)")
    check("x.Cast<int>().ToList()", "(call (. (call (. x Cast<int>)) ToList))")
    check("typeof(Dictionary<,>)", "(typeof Dictionary)")
    check("i < n ? 1 : 2", "(?: (< i n) 1 2)")
    check("a < b == c > d", "(== (< a b) (> c d))")
    check("G<int>.Default is { }", "(is (. G<int> Default) (recursive _ {}))")
  }

  func testMemberAccessAndNullForms() {
    check("a?.b?[0]", "(?index (?. a b) 0)")
    check("a!.b", "(. (! a) b)")
    check("a?.b!.c", "(. (! (?. a b)) c)")
    check("p->x", "(-> p x)")
    check("global::System.Console", "(. global::System Console)")
    check("this.x + base.y", "(+ (. this x) (. base y))")
    check("int.Parse(s)", "(call (. int Parse) s)")
  }

  func testAwaitIsAnOperatorInAsyncCode() {
    check("await t.ConfigureAwait(false)", "(await (call (. t ConfigureAwait) false))")
    check("await a + await b", "(+ (await a) (await b))")
  }

  /// `(await t)` is a parenthesized await, never a declaration of `t` with a type named `await`.
  func testAwaitInsideParenthesesIsTheOperator() {
    check("(await t).Foo()", "(call (. (paren (await t)) Foo))")
    check("(await a, await b)", "(tuple (await a) (await b))")
    check("foo((await t).Bar)", "(call foo (. (paren (await t)) Bar))")
    check("(await t, x)", "(tuple (await t) x)")
    // A real declaration in a tuple still reads as one.
    check("(int a, var b)", "(tuple (decl int a) (decl var b))")
  }

  func testLambdasInEveryParameterForm() {
    check("x => x + 1", "(lambda (x) (+ x 1))")
    check("(x, y) => x", "(lambda (x, y) x)")
    check("(int x, ref int y) => x", "(lambda (int x, ref int y) x)")
    check("async () => await t", "(lambda async () (await t))")
    check("static (_, _) => 0", "(lambda static (_, _) 0)")
    check("int (string s) => s.Length", "(lambda returns int (string s) (. s Length))")
    check("[A] (x) => x", "(lambda (x) x)")
    check("async x => { await x; }", "(lambda async (x) { (await x) })")
    check("delegate (int a) { return a; }", "(delegate (int a) { return a })")
    check("async delegate { }", "(delegate async () {  })")
  }

  func testCastsVersusParentheses() {
    check("(int)x", "(cast int x)")
    check("(T)x", "(cast T x)")
    check("(a)+b", "(+ (paren a) b)")
    check("(int)-1", "(cast int (-pre 1))")
    check("(List<int>)o", "(cast List<int> o)")
    check("(a) - (b)", "(- (paren a) (paren b))")
    check("(x)", "(paren x)")
    check("(Func<int>)(() => 1)", "(cast Func<int> (paren (lambda () 1)))")
  }

  func testIsAsAndPatterns() {
    check("o is string s", "(is o (declare string s))")
    check("o is not null", "(is o (not null))")
    check("o is > 0 and < 10 or 42", "(is o (or (and (> 0) (< 10)) 42))")
    check("o is Point { X: 1, Y: var y } p", "(is o (recursive Point {X: 1, Y: (declare var y)} p))")
    check("o is (1, _)", "(is o (recursive _ (1, _)))")
    check("o is [1, .., var last]", "(is o (list 1 (slice) (declare var last)))")
    check("o is { A.B: [] }", "(is o (recursive _ {A.B: (list)}))")
    check("o is T", "(is o (type T))")
    check("o as T ?? d", "(?? (as o T) d)")
    check("o as int?", "(as o int?)")
    check("x is uint.MaxValue", "(is x (. uint MaxValue))")
    check("x is (byte)'a' or (byte)'b'", "(is x (or (cast byte 'a') (cast byte 'b')))")
    check("x is Foo and && and.Ok", "(&& (is x (declare Foo and)) (. and Ok))")
  }

  func testSwitchAndWithExpressions() {
    check(
      "x switch { 1 => a, > 5 when y => b, A | B => c, _ => d }",
      "(switch x [1 => a] [(> 5) when y => b] [(| A B) => c] [_ => d])")
    check("p with { X = 1 }", "(with p {X = 1})")
    check("x switch { _ when ready => 1 }", "(switch x [_ when ready => 1])")
  }

  func testCreationForms() {
    check("new T(1) { A = 2, [3] = 4 }", "(new T 1 {A = 2, (index <missing> 3) = 4})")
    check("new List<int> { 1, 2 }", "(new List<int> {1, 2})")
    check("new Dictionary<string, int> { { \"a\", 1 } }", "(new Dictionary<string, int> {{\"a\", 1}})")
    check("new()", "(new _)")
    check("new { A = 1, b }", "(new-anonymous A = 1 b)")
    check("new[] { 1, 2 }", "(new-array _ {1, 2})")
    check("new int[3]", "(new-array int 3)")
    check("new int[3][]", "(new-array int[] 3)")
    check("new (int a, string b)[2]", "(new-array (int a, string b) 2)")
    check("stackalloc byte[16]", "(stackalloc byte 16)")
    check("[a, ..b]", "[a, ..b]")
    check("(a: 1, b: 2)", "(tuple a: 1 b: 2)")
  }

  func testKeywordForms() {
    check("typeof(int) == sizeof(long)", "(== (typeof int) (sizeof long))")
    check("nameof(x)", "(call nameof x)")
    check("default(T) ?? default", "(?? (default T) default)")
    check("checked(a + b)", "(checked (+ a b))")
    check("a[^1..]", "(index a (.. (^pre 1) _))")
    check("a[..n]", "(index a (.. _ n))")
    check("x ?? throw new E()", "(?? x (throw (new E)))")
    check("c ? ref a : ref b", "(?: c (ref a) (ref b))")
    check("&x + *p", "(+ (&pre x) (*pre p))")
    check("__arglist(a, b)", "(other a b)")
  }

  func testArguments() {
    check(
      "F(out var x, out int y, out _, ref a, in b, name: c)",
      "(call F out (decl var x) out (decl int y) out _ ref a in b name: c)")
    check("F(out var (a, b))", "(call F out (decl var (a, b)))")
  }

  func testInterpolatedStringHolesAreExpressions() {
    check("$\"a{x + 1}b{y,5:F2}\"", "(interpolated (+ x 1) y)")
    check("$\"{(c ? \"a\" : $\"{n}\")}\"", "(interpolated (paren (?: c \"a\" (interpolated n))))")
  }

  func testQueryExpressions() {
    check(
      "from c in cs where c.A > 1 orderby c.B descending, c.C select c.D",
      "(query cs (> (. c A) 1) (. c B) (. c C) (. c D))")
    check(
      "from a in xs join b in ys on a.K equals b.K into g let n = g.Count() group a by n into h select h",
      "(query xs ys (. a K) (. b K) (call (. g Count)) a n h)")
    check("from int x in xs where (x) select x", "(query xs (paren x) x)")
  }
}
