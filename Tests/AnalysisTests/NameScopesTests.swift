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

  func testTheGenerationNamesTheNonPlainDeclarationsInScope() {
    var scopes = NameScopes()
    let start = scopes.nonPlainGeneration
    scopes.push()
    scopes.declare("plain", variable: 0, isNonPlain: false)
    XCTAssertEqual(scopes.nonPlainGeneration, start, "plain locals leave cached closure answers valid")
    scopes.declare("f", variable: 1, isNonPlain: true)
    let declared = scopes.nonPlainGeneration
    XCTAssertNotEqual(declared, start)
    scopes.declare("f", variable: 2, isNonPlain: false)
    let replaced = scopes.nonPlainGeneration
    XCTAssertNotEqual(replaced, declared, "a closure replaced by a plain local changes what is in scope")
    XCTAssertNotEqual(replaced, start)
    scopes.pop()
    XCTAssertEqual(scopes.nonPlainGeneration, start, "closing the scope brings back what was in scope")
    scopes.push()
    scopes.declare("f", variable: 3, isNonPlain: true)
    XCTAssertNotEqual(scopes.nonPlainGeneration, declared, "a new declaration never reuses a number")
    scopes.pop()
  }

  func testTheContentIDComesBackWhenAScopeCloses() {
    var scopes = NameScopes()
    scopes.declare("a", variable: 0, isNonPlain: false)
    let outer = scopes.contentID
    scopes.push()
    XCTAssertEqual(scopes.contentID, outer, "an empty scope changes nothing")
    scopes.declare("b", variable: 1, isNonPlain: false)
    let inner = scopes.contentID
    XCTAssertNotEqual(inner, outer)
    scopes.pop()
    XCTAssertEqual(scopes.contentID, outer)
    scopes.push()
    scopes.declare("b", variable: 2, isNonPlain: false)
    XCTAssertNotEqual(scopes.contentID, inner, "the same name bound to another variable is other content")
    scopes.pop()
  }
}
