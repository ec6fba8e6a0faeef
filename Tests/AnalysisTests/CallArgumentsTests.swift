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
  }

  func testListsTheParserCouldReadOtherwiseAreNotCounted() {
    for code in [
      "M(default: 1, fresh: true)", "M(name: 1)", "M(x => x, 2)", "M((a, b) => a, 2)", "M(delegate { }, 1)",
      "M(F<A, B>(x), 1)", "M(a < b, c > d)", "M(out var v, 1)", "M(ref a, 1)", "M(new T(), 1)", "M(a ? b : c, 1)",
      "M(await t, 1)", "M(a, )", "M(, a)", "M(a b)", "M(a, $\"{x}\")", "M(a[1..2])", "M((int)x)", "M(a = 1)",
      "M(\"unterminated)", "M(a, F(x => 1))", "M(a",
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
  /// the parsed call has the argument count `CallArguments` gives for its `(`, when it gives one.
  func testCountsAgreeWithTheParser() throws {
    let calls = [
      "A(1)", "B(a, b.c(d, e)[f])", "C()", "D(x => 1, 2)", "E(F(G(1, 2), 3), H())", "I(default: 1, fresh: true)",
      "J(a ? b : c, d)", "K((a, b), c)", "L(a < b, c > d)", "N(new T(1, 2), 3)", "O(p: 1)", "P(a, b, c)",
      "Q(-a, !b, ~c, a++ + --b)", "R(a ?? b, c?.d(e))",
    ]
    let code = "class C {\n" + calls.enumerated().map { "object M\($0.offset)() => \($0.element);\n" }.joined() + "}"
    let bytes = Array(code.utf8)
    let tree = Parser.parse(bytes)
    guard case .type(let declaration) = tree.root.members.first?.kind else { return XCTFail("no class") }
    var parsed: [String: Int] = [:]
    for member in declaration.members {
      guard case .method(let method) = member.kind, case .expression(let body)? = method.body,
        case .invocation(let callee, let arguments) = body.kind, case .name(let name, _) = callee.kind
      else { continue }
      parsed[name.text] = arguments.count
    }
    XCTAssertEqual(parsed.count, calls.count)
    let tokens = tree.lexed.tokens
    var counted: [String] = []
    for (t, token) in tokens.enumerated() where token.kind == .fatArrow {
      let nameToken = tokens[t + 1]
      let name = String(decoding: bytes[Int(nameToken.range.start)..<Int(nameToken.range.end)], as: UTF8.self)
      guard let count = CallArguments.count(tokens, openParen: t + 2, matches: tree.bracketMatches) else { continue }
      XCTAssertEqual(count, parsed[name], name)
      counted.append(name)
    }
    XCTAssertEqual(
      counted, ["A", "B", "C", "E", "K", "P", "R"], "`--b` as a prefix is not followed; the rest say less")
  }
}
