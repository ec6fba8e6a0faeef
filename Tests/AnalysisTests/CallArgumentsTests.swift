import CSharpFrontend
import XCTest

@testable import Analysis

/// Argument counts read from tokens, only where the parser cannot read another count.
final class CallArgumentsTests: XCTestCase {
  /// The count of the first call in `code` (the first `(`), as the pre-check reads it.
  private func count(_ code: String) -> Int? {
    let tree = Parser.parse(Array(code.utf8))
    let tokens = tree.lexed.tokens
    guard let open = tokens.firstIndex(where: { $0.kind == .openParen }) else { return nil }
    return CallArguments.count(tokens, openParen: open, matches: tree.bracketMatches)
  }

  func testPlainListsAreCounted() {
    XCTAssertEqual(count("M()"), 0)
    XCTAssertEqual(count("M(a)"), 1)
    XCTAssertEqual(count("M(a, 1, \"s\", 'c', 2.5, true, null, this)"), 8)
    XCTAssertEqual(count("M(a.b(c, d)[e] + -f, (g, h), x?.y ?? z, i++ * 2 >= j)"), 4)
    XCTAssertEqual(count("M(F(G(H(1, 2))), 3)"), 2)
    XCTAssertEqual(count("M(new T(), new A.B(1, 2).C, new(x), new List<int>(3), new Dictionary<string, A.B>())"), 5)
    XCTAssertEqual(count("M(new object(), new string('a', 3))"), 2)
    XCTAssertEqual(count("M(typeof(T), typeof(int), typeof(List<A, B>), typeof(A.B).Name)"), 4)
    XCTAssertEqual(count("M(default, default(T), default(int))"), 3)
    XCTAssertEqual(count("M(await t, await F(x).ConfigureAwait(false) + 1)"), 2)
    XCTAssertEqual(count("M(ref a, out var b, out int c, in d, out _, ref e.f[1], out T g)"), 7)
    XCTAssertEqual(count("M($\"a{b}c{d, 5}{e:N2}{f(g, h), -3:X}\", $\"\", $@\"{x}\", $\"{$\"{y}\"}\")"), 4)
  }

  func testListsTheParserCouldReadOtherwiseAreNotCounted() {
    for code in [
      "M(default: 1, fresh: true)", "M(name: 1)", "M(x => x, 2)", "M((a, b) => a, 2)", "M(delegate { }, 1)",
      "M(F<A, B>(x), 1)", "M(a < b, c > d)", "M(a ? b : c, 1)", "M(a, )", "M(, a)", "M(a b)",
      "M(a[1..2])", "M((int)x)", "M(a = 1)", "M(\"unterminated)", "M(a, F(x => 1))", "M(a",
      // Creations with initializers, arrays, nested or trailing type arguments, qualified aliases.
      "M(new T { X = 1 })", "M(new T(1) { X = 1 })", "M(new[] { 1 })", "M(new T[] { })", "M(new T[1])",
      "M(new (int, int)[1])", "M(new List<List<int>>())", "M(new A<B>.C())", "M(new global::T())", "M(new T?())",
      "M(new T<>())", "M(new T(x => 1))", "M(new T)",
      // Types that are not plain, keywords that are.
      "M(typeof(T<>))", "M(typeof(int[]))", "M(typeof(T?))", "M(typeof(x + 1))", "M(typeof T)", "M(default(T[]))",
      "M(default: 1)", "M(sizeof(int))", "M(await)", "M(await, 1)", "M(await.X)",
      // Modifiers out of place or not plain.
      "M(ref readonly a)", "M(out List<int> x)", "M(a, ref)", "M(x ref y)", "M((ref a))",
      // Interpolated strings with holes that are not plain.
      "M($\"{a, b, c}\")", "M($\"{}\")", "M($\"{a ? b : c}\")", "M($\"{x => 1}\")", "M($\"{a\")", "M($\"{a}",
    ] {
      XCTAssertNil(count(code), code)
    }
  }

  func testDeepNestingIsNotFollowedFar() {
    let deep = String(repeating: "F(", count: 40) + "1" + String(repeating: ")", count: 40)
    XCTAssertNil(count("M(" + deep + ")"))
    XCTAssertEqual(count("M(" + String(repeating: "F(", count: 10) + "1" + String(repeating: ")", count: 10) + ")"), 1)
  }

  /// Where a count is given, it is the parser's: each expression-bodied method below calls one name, and
  /// the parsed call has the argument count `CallArguments` gives for its `(`, when it gives one. The rest
  /// say less: `--b` as a prefix and an indexed creation are not followed.
  func testCountsAgreeWithTheParser() throws {
    let calls = [
      "A(1)", "B(a, b.c(d, e)[f])", "C()", "D(x => 1, 2)", "E(F(G(1, 2), 3), H())", "I(default: 1, fresh: true)",
      "J(a ? b : c, d)", "K((a, b), c)", "L(a < b, c > d)", "N(new T(1, 2), 3)", "O(p: 1)", "P(a, b, c)",
      "Q(-a, !b, ~c, a++ + --b)", "R(a ?? b, c?.d(e))", "S(new T(1, 2), new A.B<C, int>(x), new(y))",
      "T(typeof(A.B), typeof(List<int>), default, default(T))", "U(await a, await b.c(d))",
      "V(ref a, out var b, out int c, in d, out _)", "W($\"x{a}y{b, 5:N2}z{c(d, e)}\", f)", "X(out a b, c)",
      "Y(in int x)", "Z(ref T t, 2)", "AA(await (a, b))", "AB(await -a, 2)", "AC(new T(1)[0])", "AD(new T().X(1, 2))",
      "AE(out var (a, b), c)", "AF(await, 1)",
    ]
    let expected = [
      "A", "B", "C", "E", "K", "N", "P", "R", "S", "T", "U", "V", "W", "X", "Y", "Z", "AA", "AB", "AD", "AE",
    ]
    // In and out of async code, where `await` may be read as the operator or as a name.
    for modifier in ["", "async "] {
      let code =
        "class C {\n" + calls.enumerated().map { "\(modifier)object M\($0.offset)() => \($0.element);\n" }.joined()
        + "}"
      XCTAssertEqual(countsAgreeing(code, calls: calls.count), expected, modifier)
    }
  }

  /// The calls of `code` (expression-bodied methods each calling one name) whose counts `CallArguments`
  /// gives, each checked against the parsed call's.
  private func countsAgreeing(_ code: String, calls: Int) -> [String] {
    let bytes = Array(code.utf8)
    let tree = Parser.parse(bytes)
    guard case .type(let declaration) = tree.root.members.first?.kind else { XCTFail("no class"); return [] }
    var parsed: [String: Int] = [:]
    for member in declaration.members {
      guard case .method(let method) = member.kind, case .expression(let body)? = method.body,
        case .invocation(let callee, let arguments) = body.kind, case .name(let name, _) = callee.kind
      else { continue }
      parsed[name.text] = arguments.count
    }
    XCTAssertEqual(parsed.count, calls)
    let tokens = tree.lexed.tokens
    var counted: [String] = []
    for (t, token) in tokens.enumerated() where token.kind == .fatArrow {
      let nameToken = tokens[t + 1]
      let name = String(decoding: bytes[Int(nameToken.range.start)..<Int(nameToken.range.end)], as: UTF8.self)
      guard let count = CallArguments.count(tokens, openParen: t + 2, matches: tree.bracketMatches) else { continue }
      XCTAssertEqual(count, parsed[name], name)
      counted.append(name)
    }
    return counted
  }
}
