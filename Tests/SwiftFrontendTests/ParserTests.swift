import Foundation
import SourceModel
import SwiftFrontend
import XCTest

/// One test per construct the Swift rules rely on, plus recovery and depth limits.
final class ParserTests: XCTestCase {
  private func parse(_ source: String, file: StaticString = #filePath, line: UInt = #line) -> [SwiftStmt] {
    let tree = SwiftFrontend.Parser.parse(Array(source.utf8))
    XCTAssertEqual(tree.diagnostics.map(\.message), [], file: file, line: line)
    return tree.root.statements
  }

  private func decl(_ stmt: SwiftStmt?) -> SwiftDecl? {
    if case .declaration(let decl) = stmt?.kind { return decl }
    return nil
  }

  private func function(_ stmt: SwiftStmt?) -> SwiftFunctionDecl? {
    if case .function(let f) = decl(stmt)?.kind { return f }
    return nil
  }

  private func expression(_ stmt: SwiftStmt?) -> SwiftExpr? {
    if case .expression(let expr) = stmt?.kind { return expr }
    return nil
  }

  func testFunctionSignature() throws {
    let statements = parse(
      """
      @available(*, noasync)
      public static func run<T: Sendable>(_ x: Int, label y: inout [T], z: Int = 1) async throws -> T? {
        return nil
      }
      """)
    let d = try XCTUnwrap(decl(statements.first))
    XCTAssertTrue(d.isNoasync)
    XCTAssertEqual(d.modifiers.map(\.name), ["public", "static"])
    let f = try XCTUnwrap(function(statements.first))
    XCTAssertEqual(f.name.text, "run")
    XCTAssertEqual(f.genericParameters.map(\.name.text), ["T"])
    XCTAssertEqual(f.parameters.map { $0.firstName?.text }, ["_", "label", "z"])
    XCTAssertEqual(f.parameters.map { $0.localName?.text }, ["x", "y", "z"])
    XCTAssertTrue(f.effects.isAsync)
    XCTAssertEqual(f.effects.throwing, .throws)
    XCTAssertEqual(f.returnType?.lastName, "T")
    XCTAssertEqual(f.body?.statements.count, 1)
  }

  func testAsyncLetIsAModifiedVariable() throws {
    let statements = parse("func f() async { async let a = g(); let b = await a }")
    let body = try XCTUnwrap(function(statements.first)?.body?.statements)
    let first = try XCTUnwrap(decl(body.first))
    XCTAssertTrue(first.hasModifier("async"))
    guard case .variable(let v) = first.kind else { return XCTFail("not a variable") }
    XCTAssertTrue(v.isLet)
    XCTAssertEqual(v.bindings.first?.pattern.boundNames.map(\.text), ["a"])
  }

  func testContinuationClosureWithTrailingClosureAndParameter() throws {
    let statements = parse(
      """
      let v = try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Int, Error>) in
        callback { result in continuation.resume(with: result) }
      }
      """)
    guard case .variable(let v) = decl(statements.first)?.kind, let initial = v.bindings.first?.initializer,
      case .try(.plain, let awaited) = initial.kind, case .await(let call) = awaited.kind,
      case .call(let callee, let arguments, let trailing) = call.kind,
      case .closure(let closure) = trailing.first?.value.kind
    else { return XCTFail("unexpected shape") }
    XCTAssertEqual(callee.identifierName, "withCheckedThrowingContinuation")
    XCTAssertTrue(arguments.isEmpty)
    XCTAssertEqual(closure.parameters?.map { $0.firstName?.text }, ["continuation"])
    XCTAssertEqual(closure.parameters?.first?.type?.lastName, "CheckedContinuation")
    XCTAssertEqual(closure.statements.count, 1)
  }

  func testLabeledTrailingClosures() throws {
    let statements = parse("await withTaskCancellationHandler { await work() } onCancel: { flag.set() }")
    guard case .await(let call) = expression(statements.first)?.kind,
      case .call(_, _, let trailing) = call.kind
    else { return XCTFail("unexpected shape") }
    XCTAssertEqual(trailing.map { $0.label?.text }, [nil, "onCancel"])
  }

  func testClosureCaptureListAndShorthandParameters() throws {
    let statements = parse("Task.detached { [weak self, x = y] in self?.run(x) }\nlet f = { $0 + 1 }")
    guard case .call(let callee, _, let trailing) = expression(statements.first)?.kind,
      case .closure(let closure) = trailing.first?.value.kind
    else { return XCTFail("unexpected shape") }
    guard case .memberAccess(let base, let name, _) = callee.kind else { return XCTFail("callee") }
    XCTAssertEqual(base?.identifierName, "Task")
    XCTAssertEqual(name.text, "detached")
    XCTAssertEqual(closure.captures.map(\.name.text), ["self", "x"])
    XCTAssertEqual(closure.captures.map(\.specifier), ["weak", nil])
    XCTAssertNotNil(closure.inKeyword)
    guard case .variable(let v) = decl(statements.last)?.kind,
      case .closure(let shorthand) = v.bindings.first?.initializer?.kind
    else { return XCTFail("closure") }
    XCTAssertNil(shorthand.parameters)
  }

  func testForTryAwaitAndConditions() throws {
    let statements = parse(
      """
      for try await line in stream where !line.isEmpty { print(line) }
      if let x, case .some(let y) = z, #available(macOS 13, *), a < b { }
      guard let v = w else { return }
      while i < n { i += 1 }
      repeat { i -= 1 } while i > 0
      """)
    guard case .forIn(let loop) = statements[0].kind else { return XCTFail("for") }
    XCTAssertTrue(loop.isTry && loop.isAwait)
    XCTAssertEqual(loop.sequence.identifierName, "stream")
    XCTAssertNotNil(loop.whereClause)
    guard case .if(let node) = statements[1].kind else { return XCTFail("if") }
    XCTAssertEqual(node.conditions.count, 4)
    guard case .casePattern(let pattern, _, _) = node.conditions[1].kind else { return XCTFail("case") }
    XCTAssertEqual(pattern.boundNames.map(\.text), ["y"])
    guard case .availability = node.conditions[2].kind else { return XCTFail("availability") }
    guard case .guard = statements[2].kind, case .while = statements[3].kind, case .repeatWhile = statements[4].kind
    else { return XCTFail("guard/while/repeat") }
  }

  func testSwitchCasesPatternsAndWhere() throws {
    let statements = parse(
      """
      switch action {
      case .resume(let continuation), .fail(let continuation) where ok:
        continuation.resume()
      case let .pair(a, b):
        fallthrough
      @unknown default:
        break
      }
      """)
    guard case .switch(let node) = statements.first?.kind else { return XCTFail("switch") }
    XCTAssertEqual(node.cases.count, 3)
    XCTAssertEqual(node.cases[0].items.count, 2)
    XCTAssertEqual(node.cases[0].items[0].pattern.boundNames.map(\.text), ["continuation"])
    XCTAssertNotNil(node.cases[0].items[1].whereClause)
    XCTAssertEqual(node.cases[1].items[0].pattern.boundNames.map(\.text), ["a", "b"])
    XCTAssertTrue(node.cases[2].isDefault)
    XCTAssertEqual(node.cases[2].attributes.map(\.name), ["unknown"])
  }

  func testDoCatchDeferAndJumps() throws {
    let statements = parse(
      """
      outer: for x in xs {
        do { try f(x) } catch let e as MyError where e.fatal { throw e } catch { continue outer }
        defer { cleanup() }
        break outer
      }
      """)
    guard case .labeled(let label, let inner) = statements.first?.kind, case .forIn(let loop) = inner.kind else {
      return XCTFail("labeled for")
    }
    XCTAssertEqual(label.text, "outer")
    guard case .do(_, _, let catches) = loop.body.statements[0].kind else { return XCTFail("do") }
    XCTAssertEqual(catches.count, 2)
    XCTAssertEqual(catches[0].items.first?.pattern.boundNames.map(\.text), ["e"])
    guard case .defer = loop.body.statements[1].kind, case .break(let target) = loop.body.statements[2].kind else {
      return XCTFail("defer/break")
    }
    XCTAssertEqual(target?.text, "outer")
  }

  func testTypeDeclarationsAndMembers() throws {
    let statements = parse(
      """
      actor Counter: Sendable {
        private(set) var count = 0 { didSet { log() } }
        nonisolated(unsafe) static var shared: Counter?
        var doubled: Int { count * 2 }
        subscript(i: Int) -> Int { get { i } set { } }
        init?(x: Int) async throws { }
        deinit { }
        enum State { case idle, running(Task<Void, Never>) }
        #if DEBUG
        func debug() { }
        #else
        func release() { }
        #endif
      }
      extension Array: P where Element == Int { }
      protocol Q<Item>: AnyObject { associatedtype Item; func next() async -> Item? }
      typealias Handler = @Sendable (Int) async throws -> Void
      """)
    guard case .type(let actor) = decl(statements[0])?.kind else { return XCTFail("actor") }
    XCTAssertEqual(actor.keyword, .actor)
    XCTAssertEqual(actor.members.count, 8)
    guard case .variable(let stored) = actor.members[0].kind else { return XCTFail("var") }
    XCTAssertEqual(actor.members[0].modifiers.first?.detail, "set")
    XCTAssertEqual(stored.bindings.first?.accessors.map(\.keyword), ["didSet"])
    guard case .variable(let computed) = actor.members[2].kind else { return XCTFail("computed") }
    XCTAssertEqual(computed.bindings.first?.accessors.first?.isImplicitGetter, true)
    guard case .initializer(let initializer) = actor.members[4].kind else { return XCTFail("init") }
    XCTAssertTrue(initializer.isFailable && initializer.effects.isAsync)
    guard case .ifConfig(let clauses) = actor.members[7].kind else { return XCTFail("#if") }
    XCTAssertEqual(clauses.map { $0.declarations.count }, [1, 1])
    guard case .type(let ext) = decl(statements[1])?.kind else { return XCTFail("extension") }
    XCTAssertEqual(ext.extendedType?.lastName, "Array")
    guard case .type(let proto) = decl(statements[2])?.kind else { return XCTFail("protocol") }
    XCTAssertEqual(proto.primaryAssociatedTypes.map(\.text), ["Item"])
    XCTAssertEqual(proto.members.count, 2)
  }

  func testExpressionsFoldByPrecedence() throws {
    let statements = parse("x = a + b * c ?? d as? Int ?? 0\nlet t = c ? Array<Int>() : [1, 2]\nlet k = \\Foo.bar")
    guard case .assignment(let target, let value) = expression(statements[0])?.kind else { return XCTFail("=") }
    XCTAssertEqual(target.identifierName, "x")
    guard case .binary(let op, _, _) = value.kind else { return XCTFail("binary") }
    XCTAssertEqual(op.text, "??")
    guard case .variable(let v) = decl(statements[1])?.kind,
      case .ternary(_, let then, _) = v.bindings[0].initializer?.kind,
      case .call(let callee, _, _) = then.kind, case .identifier(_, let generics) = callee.kind
    else { return XCTFail("ternary") }
    XCTAssertEqual(generics.first?.lastName, "Int")
    guard case .variable(let kp) = decl(statements[2])?.kind, case .keyPath(let root) = kp.bindings[0].initializer?.kind
    else { return XCTFail("key path") }
    XCTAssertEqual(root?.lastName, "Foo")
  }

  /// `\.!` and `\.?.count` unwrap the root (found in real code, reported as a syntax error before).
  func testKeyPathsThatUnwrapTheRoot() throws {
    let statements = parse("let a = \\.!\nlet b = \\.?.count\nf(\\.!, 1)")
    XCTAssertEqual(statements.count, 3)
    for statement in statements.prefix(2) {
      guard case .variable(let v) = decl(statement)?.kind, case .keyPath(nil) = v.bindings[0].initializer?.kind else {
        return XCTFail("key path")
      }
    }
    guard case .call(_, let arguments, _) = expression(statements[2])?.kind else { return XCTFail("call") }
    XCTAssertEqual(arguments.count, 2)
  }

  func testLessThanIsNotGenerics() throws {
    let statements = parse("if a < b, c > d { }")
    guard case .if(let node) = statements.first?.kind else { return XCTFail("if") }
    XCTAssertEqual(node.conditions.count, 2)
  }

  func testIfAndSwitchExpressionsAndMacros() throws {
    let statements = parse(
      """
      let a = if x { 1 } else { 2 }
      let b = switch y { case 1: "one" default: "many" }
      let s = #selector(foo(_:bar:))
      f(&x, y?.z!, try? g(), "n: \\(n, format: .x)")
      """)
    guard case .variable(let a) = decl(statements[0])?.kind, case .if = a.bindings[0].initializer?.kind else {
      return XCTFail("if expression")
    }
    guard case .variable(let b) = decl(statements[1])?.kind, case .switch = b.bindings[0].initializer?.kind else {
      return XCTFail("switch expression")
    }
    guard case .variable(let s) = decl(statements[2])?.kind,
      case .macroExpansion(let name, _, _, _) = s.bindings[0].initializer?.kind
    else { return XCTFail("macro") }
    XCTAssertEqual(name.text, "selector")
    guard case .call(_, let arguments, _) = expression(statements[3])?.kind else { return XCTFail("call") }
    guard case .inout = arguments[0].value.kind, case .forceUnwrap = arguments[1].value.kind,
      case .try(.optional, _) = arguments[2].value.kind,
      case .interpolatedString(let holes) = arguments[3].value.kind
    else { return XCTFail("arguments") }
    XCTAssertEqual(holes.first?.map { $0.label?.text }, [nil, "format"])
  }

  func testIfConfigAroundCasesAndAttributesAndGenericSplits() throws {
    let statements = parse(
      """
      @discardableResult
      #if DEBUG
      @inlinable
      #endif
      func f(_ s: Set<Int>?, _ d: [String: Array<Int>]) -> Int {
        switch s?.count {
        case 0: return 0
        #if DEBUG
        case 1: return 1
        #endif
        default: return 2
        }
      }
      static func ==<T: Equatable>(lhs: T, rhs: T) -> Bool { lhs == rhs }
      protocol P { var x: Int { get set }; func g() async }
      """)
    let d = try XCTUnwrap(decl(statements.first))
    XCTAssertEqual(d.attributes.map(\.name), ["discardableResult", "inlinable"])
    let f = try XCTUnwrap(function(statements.first))
    guard case .optional(let set) = f.parameters[0].type?.kind else { return XCTFail("Set<Int>?") }
    XCTAssertEqual(set.lastName, "Set")
    guard case .switch(let node) = f.body?.statements.first?.kind else { return XCTFail("switch") }
    XCTAssertEqual(node.cases.count, 3)
    XCTAssertEqual(function(statements[1])?.name.text, "==")
    XCTAssertEqual(function(statements[1])?.genericParameters.map(\.name.text), ["T"])
    guard case .type(let p) = decl(statements[2])?.kind, case .variable(let x) = p.members.first?.kind else {
      return XCTFail("protocol")
    }
    XCTAssertEqual(x.bindings.first?.accessors.map(\.keyword), ["get", "set"])
    XCTAssertNil(x.bindings.first?.accessors.first?.body)
  }

  func testRecoveryResumesAtNextMemberAndStatement() {
    let tree = SwiftFrontend.Parser.parse(
      Array(
        """
        struct S {
          var x: = 1 )
          func ok() { }
        }
        func g() {
          let = 3
          h()
        }
        """.utf8))
    XCTAssertFalse(tree.diagnostics.isEmpty)
    let names = tree.root.declarations.compactMap { decl -> String? in
      if case .type(let t) = decl.kind { return t.name.text }
      if case .function(let f) = decl.kind { return f.name.text }
      return nil
    }
    XCTAssertEqual(names, ["S", "g"])
    guard case .type(let s) = tree.root.declarations.first?.kind else { return XCTFail("struct") }
    XCTAssertTrue(
      s.members.contains { if case .function(let f) = $0.kind { return f.name.text == "ok" } else { return false } })
    guard case .function(let g) = tree.root.declarations.last?.kind else { return XCTFail("g") }
    XCTAssertEqual(g.body?.statements.count, 2)
  }

  func testUnclosedBraceStillParsesWhatCame() {
    let tree = SwiftFrontend.Parser.parse(Array("func f() {\n  let x = 1\n".utf8))
    XCTAssertEqual(tree.diagnostics.count, 1)
    XCTAssertEqual(tree.root.declarations.count, 1)
  }

  /// 100,000 nested brackets: one diagnostic, no stack overflow (on an 8 MB thread), linear time.
  func testDeepNestingIsCappedWithOneDiagnostic() {
    for (open, close) in [("(", ")"), ("[", "]"), ("{", "}")] {
      let source = "let x = " + String(repeating: open, count: 100_000) + String(repeating: close, count: 100_000)
      let result = ResultBox()
      let done = expectation(description: "parsed \(open)")
      let thread = Thread {
        result.diagnostics = SwiftFrontend.Parser.parse(Array(source.utf8)).diagnostics
        done.fulfill()
      }
      thread.stackSize = 8 << 20
      thread.start()
      wait(for: [done], timeout: 60)
      XCTAssertEqual(result.diagnostics.filter { $0.message.contains("too deep") }.count, 1, open)
    }
  }

  /// Runs of prefix words (`some`, `any`, `try`, `await`, `repeat`) nest like brackets and are capped too.
  func testPrefixRunsAreCapped() {
    let sources = [
      "let x: " + String(repeating: "some ", count: 50_000) + "P",
      "let x: " + String(repeating: "any ", count: 50_000) + "P",
      "let x = " + String(repeating: "try ", count: 50_000) + "f()",
      "let x = " + String(repeating: "await ", count: 50_000) + "f()",
      "x = " + String(repeating: "repeat ", count: 50_000) + "y",
    ]
    for source in sources {
      let result = ResultBox()
      let done = expectation(description: "parsed")
      let thread = Thread {
        result.diagnostics = SwiftFrontend.Parser.parse(Array(source.utf8)).diagnostics
        done.fulfill()
      }
      thread.stackSize = 8 << 20
      thread.start()
      wait(for: [done], timeout: 60)
      XCTAssertEqual(result.diagnostics.filter { $0.message.contains("too deep") }.count, 1, String(source.prefix(12)))
    }
  }

  func testMismatchedClosersDoNotSwallowTheFile() {
    let tree = SwiftFrontend.Parser.parse(Array("func a() { f(x }\nfunc b() { }\n".utf8))
    XCTAssertFalse(tree.diagnostics.isEmpty)
    XCTAssertEqual(tree.root.declarations.count, 2)
  }

  func testLongOperatorAndMemberChainsAreCapped() {
    for separator in [" + ", "."] {
      let source = "let x = " + Array(repeating: "a", count: 50_000).joined(separator: separator) + "\nlet y = 1"
      let tree = SwiftFrontend.Parser.parse(Array(source.utf8))
      XCTAssertEqual(tree.root.statements.count, 2, separator)
      XCTAssertEqual(tree.diagnostics.count, 1, separator)
    }
    // Long but ordinary chains parse without a diagnostic.
    let ordinary = "let s = " + Array(repeating: "\"x\"", count: 300).joined(separator: " + ")
    XCTAssertEqual(SwiftFrontend.Parser.parse(Array(ordinary.utf8)).diagnostics.count, 0)
  }
}

/// Carries the parse result out of the big-stack thread (written once before `fulfill`, read after `wait`).
private final class ResultBox: @unchecked Sendable {
  var diagnostics: [SyntaxDiagnostic] = []
}
