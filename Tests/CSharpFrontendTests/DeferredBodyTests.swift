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
    let resolved = resolve(deferred.root.members, parser, &count)
    XCTAssertEqual(resolved, full.root.members, "\(name): trees differ", line: line)
    XCTAssertEqual(parser.allDiagnostics, full.diagnostics, "\(name): diagnostics differ", line: line)
    return count
  }

  private func resolve(_ members: [Member], _ parser: DeferredBodyParser, _ count: inout Int) -> [Member] {
    members.map { member in
      var member = member
      func body(_ body: MethodDeclaration.Body?) -> MethodDeclaration.Body? {
        guard case .block(let block) = body, block.deferred != nil else { return body }
        count += 1
        return .block(parser.resolve(block))
      }
      func accessors(_ property: PropertyDeclaration) -> PropertyDeclaration {
        var property = property
        property.accessors = property.accessors.map { accessor in
          var accessor = accessor
          accessor.body = body(accessor.body)
          return accessor
        }
        return property
      }
      switch member.kind {
      case .namespace(let name, let usings, let inner, let isFileScoped):
        member.kind = .namespace(
          name: name, usings: usings, members: resolve(inner, parser, &count), isFileScoped: isFileScoped)
      case .type(var declaration):
        declaration.members = resolve(declaration.members, parser, &count)
        member.kind = .type(declaration)
      case .method(var method):
        method.body = body(method.body)
        member.kind = .method(method)
      case .constructor(var method):
        method.body = body(method.body)
        member.kind = .constructor(method)
      case .destructor(var method):
        method.body = body(method.body)
        member.kind = .destructor(method)
      case .operator(var method):
        method.body = body(method.body)
        member.kind = .operator(method)
      case .property(let property): member.kind = .property(accessors(property))
      case .indexer(let property): member.kind = .indexer(accessors(property))
      case .event(let property): member.kind = .event(accessors(property))
      default: break
      }
      return member
    }
  }

  private func collectBodies(_ members: [Member]) -> [Block] {
    var blocks: [Block] = []
    for member in members {
      switch member.kind {
      case .namespace(_, _, let inner, _): blocks += collectBodies(inner)
      case .type(let declaration): blocks += collectBodies(declaration.members)
      case .method(let method), .constructor(let method), .destructor(let method), .operator(let method):
        if case .block(let block) = method.body { blocks.append(block) }
      case .property(let property), .indexer(let property), .event(let property):
        for accessor in property.accessors { if case .block(let block) = accessor.body { blocks.append(block) } }
      default: break
      }
    }
    return blocks
  }
}
