import XCTest

@testable import Analysis

/// The walker's name table: shadowing, redeclaration in one scope, and the generation that tells cached
/// closure decisions apart.
final class NameScopesTests: XCTestCase {
  private func live(_ scopes: NameScopes) -> [String] {
    scopes.entries.filter(\.live).map { "\($0.name)=\($0.variable)" }
  }

  func testInnerDeclarationsShadowUntilTheirScopeCloses() {
    var scopes = NameScopes()
    scopes.declare("a", variable: 0, isNonPlain: false)
    scopes.push()
    scopes.declare("a", variable: 1, isNonPlain: false)
    scopes.declare("b", variable: 2, isNonPlain: false)
    XCTAssertEqual(scopes.lookup("a"), 1)
    XCTAssertEqual(scopes.lookup("b"), 2)
    XCTAssertEqual(live(scopes), ["a=0", "a=1", "b=2"], "an outer declaration stays listed while shadowed")
    scopes.pop()
    XCTAssertEqual(scopes.lookup("a"), 0)
    XCTAssertNil(scopes.lookup("b"))
    XCTAssertEqual(live(scopes), ["a=0"])
  }

  func testRedeclaringInTheSameScopeReplacesAndClosingRestoresTheOuterOne() {
    var scopes = NameScopes()
    scopes.declare("x", variable: 0, isNonPlain: true)
    scopes.push()
    scopes.declare("x", variable: 1, isNonPlain: true)
    scopes.declare("x", variable: 2, isNonPlain: false)
    XCTAssertEqual(scopes.lookup("x"), 2)
    XCTAssertEqual(live(scopes), ["x=0", "x=2"], "the replaced one is no longer listed")
    scopes.pop()
    XCTAssertEqual(scopes.lookup("x"), 0)
  }

  func testTheOutermostScopeNeverCloses() {
    var scopes = NameScopes()
    scopes.declare("x", variable: 0, isNonPlain: false)
    scopes.pop()
    XCTAssertEqual(scopes.lookup("x"), 0)
    XCTAssertEqual(scopes.depth, 1)
  }

  func testTheGenerationMovesOnlyWhenNonPlainNamesComeOrGo() {
    var scopes = NameScopes()
    let start = scopes.nonPlainGeneration
    scopes.push()
    scopes.declare("plain", variable: 0, isNonPlain: false)
    scopes.pop()
    XCTAssertEqual(scopes.nonPlainGeneration, start, "plain locals in a block leave cached answers valid")
    scopes.push()
    scopes.declare("f", variable: 1, isNonPlain: true)
    let declared = scopes.nonPlainGeneration
    XCTAssertNotEqual(declared, start)
    scopes.declare("f", variable: 2, isNonPlain: false)
    let replaced = scopes.nonPlainGeneration
    XCTAssertNotEqual(replaced, declared, "a closure replaced by a plain local changes what is in scope")
    scopes.pop()
    XCTAssertEqual(scopes.nonPlainGeneration, replaced, "closing a scope with only plain names live")
    scopes.push()
    scopes.declare("g", variable: 3, isNonPlain: true)
    let opened = scopes.nonPlainGeneration
    scopes.pop()
    XCTAssertNotEqual(scopes.nonPlainGeneration, opened, "closing a scope that declared a closure")
  }
}
