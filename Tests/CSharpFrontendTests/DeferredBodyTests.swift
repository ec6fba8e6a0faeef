import CSharpFrontend
import Foundation
import SourceModel
import VTLintTestSupport
import XCTest

/// A tree parsed with deferred member bodies, once every body is parsed on demand, is the tree the full
/// parse builds: same nodes, same ranges, same diagnostics.
final class DeferredBodyTests: XCTestCase {
  func testDeferredParseOfEveryFixtureMatchesTheFullParse() throws {
    var compared = 0
    var deferredBodies = 0
    for project in FixtureProjects.projects() {
      for file in try FixtureProjects.load(project) where file.language == .csharp {
        deferredBodies += try assertSameTree(file.bytes, name: file.path)
        compared += 1
      }
    }
    XCTAssertGreaterThan(compared, 30)
    XCTAssertGreaterThan(deferredBodies, 200, "the fixtures have hundreds of member bodies to defer")
  }

  func testBodiesAreSkippedUntilAsked() throws {
    let source = Array("class C { async ValueTask M() { await F(); } int P { get { return 1; } } }".utf8)
    let tree = Parser.parse(source, deferMemberBodies: true)
    let bodies = collectBodies(tree.root.members)
    XCTAssertEqual(bodies.count, 2)
    for body in bodies {
      XCTAssertNotNil(body.deferred)
      XCTAssertTrue(body.statements.isEmpty)
    }
    let parser = DeferredBodyParser(tree: tree)
    XCTAssertEqual(parser.resolve(bodies[0]).statements.count, 1)
    XCTAssertEqual(parser.resolve(bodies[1]).statements.count, 1)
    XCTAssertEqual(bodies[0].deferred?.isAsync, true)
    XCTAssertEqual(bodies[1].deferred?.isAsync, false)
  }

  func testExpressionBodiesAreSkippedUntilAsked() throws {
    let source = Array(
      "class C { int P => F(1, 2); async ValueTask M() => await G(); int Q { get => 3; } int R(int x) => x; }".utf8)
    let tree = Parser.parse(source, deferMemberBodies: true)
    let expressions = collectExpressions(tree.root.members)
    XCTAssertEqual(expressions.count, 4)
    let parser = DeferredBodyParser(tree: tree)
    var resolved: [String] = []
    for expr in expressions {
      guard case .deferred(let deferred) = expr.kind else { return XCTFail("not deferred: \(expr)") }
      let value = parser.resolve(expr)
      XCTAssertEqual(value.range, expr.range, "the skipped extent is the parsed expression's")
      resolved.append("\(deferred.isAsync) \(value.kind)".components(separatedBy: "(").first ?? "")
    }
    XCTAssertEqual(resolved, ["false invocation", "true await", "false literal", "false name"])
    XCTAssertTrue(parser.allDiagnostics.isEmpty)
  }

  func testInitializersAreSkippedUnlessACommaCouldEndThem() throws {
    let text = """
      class C { int a = F(1); int[] b = { 1, 2 }; Dictionary<int, int> d = new Dictionary<int, int>();
        int P { get; } = 3; event Action E = () => { }; int x = 1, y = 2; }
      """
    let source = Array(text.utf8)
    let tree = Parser.parse(source, deferMemberBodies: true)
    let parser = DeferredBodyParser(tree: tree)
    var shapes: [String] = []
    for expr in collectExpressions(tree.root.members) {
      let deferred: Bool
      if case .deferred = expr.kind { deferred = true } else { deferred = false }
      let value = parser.resolve(expr)
      XCTAssertEqual(value.range, expr.range)
      shapes.append("\(deferred ? "skipped" : "parsed") \(value.kind)".components(separatedBy: "(").first ?? "")
    }
    XCTAssertEqual(
      shapes,
      [
        "skipped invocation", "skipped initializerList", "parsed objectCreation", "skipped literal",
        "skipped lambda", "parsed literal", "parsed literal",
      ])
    try assertSameTree(source, name: "initializers")
  }

  func testMemberAttributeArgumentsAreSkippedExceptASuppressions() throws {
    let text = """
      [Serializable, Description("type")] class C {
        [Fact, InlineData(1, "a")] [SuppressMessage("vtlint", "VT0004")] void M([CallerMemberName] string n = "") { }
        int P { [Obsolete("x")] get; set; }
      }
      """
    let source = Array(text.utf8)
    let tree = Parser.parse(source, deferMemberBodies: true)
    let parser = DeferredBodyParser(tree: tree)
    var seen: [String] = []
    func visit(_ lists: [AttributeList]) {
      for attribute in lists.flatMap(\.attributes) {
        let resolved = parser.resolveArguments(attribute)
        let state = attribute.deferredArguments == nil ? "read" : "skipped"
        seen.append("\(attribute.name.lastName ?? "?") \(state) \(resolved.arguments.count)")
        XCTAssertNil(resolved.deferredArguments)
      }
    }
    guard let member = tree.root.members.first, case .type(let type) = member.kind else { return XCTFail("no type") }
    visit(member.attributes)
    for inner in type.members {
      visit(inner.attributes)
      if case .property(let property) = inner.kind { property.accessors.forEach { visit($0.attributes) } }
    }
    XCTAssertEqual(
      seen,
      [
        "Serializable read 0", "Description skipped 1", "Fact read 0", "InlineData skipped 2",
        "SuppressMessage read 2", "Obsolete skipped 1",
      ])
    XCTAssertTrue(parser.allDiagnostics.isEmpty)
    try assertSameTree(source, name: "attributes")
  }

  func testABodyLeftEmptyByIfDoesNotSwallowTheNextMember() throws {
    let source = Array("class C {\n  int P =>\n#if NEVER\n    1;\n#endif\n  internal int Q => 2;\n}\n".utf8)
    let tree = Parser.parse(source, deferMemberBodies: true)
    guard case .type(let type) = tree.root.members.first?.kind else { return XCTFail("no type") }
    XCTAssertEqual(type.members.count, 2, "Q is a member of its own")
    // The empty body was parsed with the declarations, so its error is known in pass 1.
    XCTAssertEqual(tree.diagnostics.map(\.message), ["expected an expression, found 'internal'"])
    try assertSameTree(source, name: "empty body")
  }

  func testAnExpressionBodyThatStopsEarlyIsRecoveredAlikeInBothParses() throws {
    for text in [
      "class C { int P => a b c; int Q => 2; }", "class C { int P => F(1)\n  public int Q => 2; }",
      "class C { int P => ; int Q => (1; }", "class C { int P => x switch { 1 => 2, _ => 3 }; int Q => 2; }",
      "class C { int P => new[] { 1, 2 }.Sum(); int Q => $\"{a}{b:F2}\".Length; }",
    ] {
      let source = Array(text.utf8)
      try assertSameTree(source, name: text)
      let tree = Parser.parse(source, deferMemberBodies: true)
      guard case .type(let type) = tree.root.members.first?.kind else { return XCTFail("no type in \(text)") }
      let names = type.members.compactMap { member -> String? in
        if case .property(let property) = member.kind { return property.name.text }
        return nil
      }
      XCTAssertEqual(names, ["P", "Q"], text)
    }
  }

  /// A deferred body is parsed up to its matching `}`, where the member's range ends, even where broken code
  /// inside would carry a parse past it (the fuzzer's find: an interpolation hole swallows the body's `}`).
  /// What follows was read by the first pass and must not turn up in the member's analysis.
  func testADeferredBodyEndsAtItsMatchingBrace() throws {
    for text in [
      "namespace{a(){$\"{(}}\nNextAsync(", "class C { void A() { var s = $\"{(}}\"; } void B() { NextAsync(); } }",
    ] {
      let tree = Parser.parse(Array(text.utf8), deferMemberBodies: true)
      let body = try XCTUnwrap(collectBodies(tree.root.members).first, text)
      let parsed = DeferredBodyParser(tree: tree).resolve(body)
      XCTAssertNil(parsed.deferred, text)
      XCTAssertFalse(parsed.statements.isEmpty, text)
      for statement in parsed.statements {
        XCTAssertLessThanOrEqual(statement.range.end, body.range.end, text)
      }
      XCTAssertFalse("\(parsed)".contains("NextAsync"), text)
    }
  }

  func testLocalFunctionsAndTopLevelCodeAreNeverDeferred() throws {
    let source = Array("int F() { return 1; }\nclass C { void M() { int G() { return 2; } } }".utf8)
    let tree = Parser.parse(source, deferMemberBodies: true)
    guard case .globalStatement(let statement) = tree.root.members.first?.kind,
      case .localFunction(let function) = statement.kind, case .block(let block) = function.body
    else { return XCTFail("expected a top-level local function, got \(tree.root.members)") }
    XCTAssertNil(block.deferred)
    XCTAssertEqual(block.statements.count, 1)
  }

  func testErrorsInsideDeferredBodiesAppearOnlyOnceParsed() throws {
    let source = Array("class C { void M() { var x = ; } }".utf8)
    XCTAssertFalse(Parser.parse(source).diagnostics.isEmpty)
    let tree = Parser.parse(source, deferMemberBodies: true)
    XCTAssertTrue(tree.diagnostics.isEmpty)
    let parser = DeferredBodyParser(tree: tree)
    _ = parser.resolve(collectBodies(tree.root.members)[0])
    XCTAssertEqual(parser.allDiagnostics, Parser.parse(source).diagnostics)
  }

  func testAbsurdNestingInASkippedBodyIsStillReported() throws {
    let n = 1_000
    let source = Array(
      ("class C { void M() { var x = " + String(repeating: "(", count: n) + "1" + String(repeating: ")", count: n)
        + "; } }").utf8)
    let tree = Parser.parse(source, deferMemberBodies: true)
    XCTAssertEqual(tree.diagnostics.map(\.message), ["nesting too deep"])
    // Parsing the body later does not report it a second time.
    let parser = DeferredBodyParser(tree: tree)
    _ = parser.resolve(collectBodies(tree.root.members)[0])
    XCTAssertEqual(parser.allDiagnostics.map(\.message), ["nesting too deep"])
  }

  func testAbsurdNestingInASkippedValueOrAttributeIsStillReported() throws {
    let deep = String(repeating: "(", count: 1_000) + "1" + String(repeating: ")", count: 1_000)
    // The skipped parts: the value; the initializer; the attribute's arguments and M's body.
    let cases = [
      ("body", "class C { int P => \(deep); }", 1), ("initializer", "class C { int F = \(deep); }", 1),
      ("attribute", "class C { [A(\(deep))] void M() { } }", 2),
    ]
    for (label, text, skipped) in cases {
      let source = Array(text.utf8)
      let tree = Parser.parse(source, deferMemberBodies: true)
      XCTAssertEqual(tree.diagnostics.map(\.message), ["nesting too deep"], label)
      let parser = DeferredBodyParser(tree: tree)
      var count = 0
      _ = parser.resolvingAll(tree.root.members, count: &count)
      XCTAssertEqual(count, skipped, label)
      XCTAssertEqual(parser.allDiagnostics.map(\.message), ["nesting too deep"], "reported once: \(label)")
    }
  }

  /// Opt-in, like `ParserRealCodeTests`: the same comparison over every `.cs` file under
  /// `$VTLINT_REAL_CODE_DIR`.
  func testDeferredParseOfRealCodeMatchesTheFullParse() throws {
    guard let root = ProcessInfo.processInfo.environment["VTLINT_REAL_CODE_DIR"] else {
      throw XCTSkip("set VTLINT_REAL_CODE_DIR to a directory of real C# code to run this test")
    }
    let enumerator = FileManager.default.enumerator(atPath: root)
    var compared = 0
    while let relative = enumerator?.nextObject() as? String {
      guard relative.hasSuffix(".cs"), let data = FileManager.default.contents(atPath: root + "/" + relative),
        case .text(let source, _, _) = SourceDecoder.decode([UInt8](data))
      else { continue }
      _ = try assertSameTree(source, name: relative)
      compared += 1
    }
    print("deferred bodies: compared \(compared) files")
  }

  // MARK: - Helpers

  /// Compares the two parses; returns how many bodies were deferred.
  @discardableResult
  private func assertSameTree(_ bytes: [UInt8], name: String, line: UInt = #line) throws -> Int {
    let full = Parser.parse(bytes)
    let deferred = Parser.parse(bytes, deferMemberBodies: true)
    let parser = DeferredBodyParser(tree: deferred)
    var count = 0
    let resolved = parser.resolvingAll(deferred.root.members, count: &count)
    XCTAssertEqual(resolved, full.root.members, "\(name): trees differ", line: line)
    XCTAssertEqual(parser.allDiagnostics, full.diagnostics, "\(name): diagnostics differ", line: line)
    return count
  }

  /// `pick` applied to every member of `members`, namespaces and types entered.
  private func everyMember<T>(_ members: [Member], _ pick: (Member) -> [T]) -> [T] {
    members.flatMap { member -> [T] in
      switch member.kind {
      case .namespace(_, _, let inner, _): return everyMember(inner, pick)
      case .type(let declaration): return everyMember(declaration.members, pick)
      default: return pick(member)
      }
    }
  }

  private func collectExpressions(_ members: [Member]) -> [Expr] {
    everyMember(members) { member in
      switch member.kind {
      case .method(let method), .constructor(let method), .destructor(let method), .operator(let method):
        if case .expression(let expr) = method.body { return [expr] }
      case .property(let property), .indexer(let property), .event(let property):
        var found = [property.expressionBody, property.initializer].compactMap { $0 }
        for accessor in property.accessors {
          if case .expression(let expr) = accessor.body { found.append(expr) }
        }
        return found
      case .field(let declaration, _): return declaration.declarators.compactMap(\.initializer)
      default: break
      }
      return []
    }
  }

  private func collectBodies(_ members: [Member]) -> [Block] {
    everyMember(members) { member in
      switch member.kind {
      case .method(let method), .constructor(let method), .destructor(let method), .operator(let method):
        if case .block(let block) = method.body { return [block] }
      case .property(let property), .indexer(let property), .event(let property):
        return property.accessors.compactMap { accessor in
          if case .block(let block) = accessor.body { return block }
          return nil
        }
      default: break
      }
      return []
    }
  }
}
