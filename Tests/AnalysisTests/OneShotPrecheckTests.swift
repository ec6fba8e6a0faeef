import CSharpFrontend
import VTLintTestSupport
import XCTest

@testable import Analysis

/// The pre-check that lets the linter skip the flow walk of files that cannot hold a one-shot value.
final class OneShotPrecheckTests: XCTestCase {
  private func mayProduce(
    _ code: String, index: ProjectIndex = ProjectIndex(), options: AnalysisOptions = AnalysisOptions()
  ) -> Bool {
    let bytes = Array(code.utf8)
    let tree = Parser.parse(bytes)
    return !OneShotPrecheck.hits(in: tree, bytes: bytes, index: index, options: options).isEmpty
  }

  func testFilesWithoutRelevantNamesAreSkipped() {
    XCTAssertFalse(mayProduce("class C { async Task M() { await Task.Delay(1); var x = Foo(); } }"))
    // Comments and strings are not identifiers.
    XCTAssertFalse(mayProduce("class C { // ValueTask\n string s = \"ValueTask\"; }"))
  }

  func testBuiltinTypesCatalogMembersAndEscapesAreHits() {
    XCTAssertTrue(mayProduce("class C { ValueTask M() => default; }"))
    XCTAssertTrue(mayProduce("class C { void M() { var v = @ValueTask.CompletedTask; } }"))
    XCTAssertTrue(mayProduce("class C { void M(Stream s) { s.ReadAsync(buffer); } }"))
    XCTAssertTrue(mayProduce("class C { \\u0056alueTask M() => default; }"))
  }

  func testStaticsOfTypesThatAreNotOneShotAreNotHits() {
    XCTAssertEqual(OneShotPrecheck.catalogStatics, ["CompletedTask", "FromCanceled", "FromException", "FromResult"])
    XCTAssertFalse(mayProduce("class C { Task M() => Task.FromResult(1); Task N() => Task.CompletedTask; }"))
    XCTAssertFalse(mayProduce("class C { Task M() => System.Threading.Tasks.Task.FromException(e); }"))
    XCTAssertTrue(mayProduce("class C { object M() => ValueTask.FromResult(1); }"))
    XCTAssertTrue(mayProduce("class C { object M() => FromResult(1); }"), "`using static` may bring it in")
    XCTAssertTrue(mayProduce("class C { object M() => ValueTask<int>.FromResult(1); }"))
    // A project member of the same name that returns a ValueTask makes every spelling count again.
    var index = ProjectIndex()
    index.addMethod(
      "FromResult",
      MemberSignature(
        minArguments: 1, maxArguments: 1, returnsOneShot: true, declaringType: "Cache", returnTypeName: "ValueTask"))
    XCTAssertTrue(mayProduce("class C { object M() => Cache.FromResult(1); }", index: index))
  }

  func testIndexedMembersDelegatesAndConfigurationAreHits() {
    var index = ProjectIndex()
    index.addMethod(
      "LoadAsync", MemberSignature(minArguments: 0, maxArguments: 0, returnsOneShot: true, declaringType: "R"))
    index.addMethod(
      "Plain", MemberSignature(minArguments: 0, maxArguments: 0, returnsOneShot: false, declaringType: "R"))
    index.delegates["Handler"] = [true]
    XCTAssertTrue(mayProduce("class C { void M(R r) { r.LoadAsync(); } }", index: index))
    XCTAssertFalse(mayProduce("class C { void M(R r) { r.Plain(); } }", index: index))
    XCTAssertTrue(mayProduce("class C { void M(Handler h) { h(); } }", index: index))
    let options = AnalysisOptions(extraOneShotMembers: ["Fetch"], extraOneShotTypes: ["MyAwaitable"])
    XCTAssertTrue(mayProduce("class C { void M() { Fetch(); } }", options: options))
    XCTAssertTrue(mayProduce("class C { MyAwaitable M() => default; }", options: options))
    XCTAssertFalse(mayProduce("class C { void M() { Other(); } }", options: options))
  }
}

/// `namesThatMatter` lists exactly the spellings `matters` accepts, so skipping a file whose identifiers
/// are all outside it never loses a fact.
final class NamesThatMatterTests: XCTestCase {
  func testTheListAgreesWithTheCheckOnEveryFixtureIdentifier() throws {
    var index = ProjectIndex()
    var spellings: Set<String> = []
    for project in FixtureProjects.projects() {
      for file in try FixtureProjects.load(project) where file.language == .csharp {
        let tree = Parser.parse(file.bytes)
        index.merge(CSharpIndexBuilder.index(tree.root, options: AnalysisOptions()))
        for token in tree.lexed.tokens where token.kind == .identifier {
          spellings.insert(token.identifierText(in: file.bytes))
        }
      }
    }
    spellings.formUnion(index.methods.keys)
    spellings.formUnion(index.properties.keys)
    spellings.formUnion(index.delegates.keys)
    let options = AnalysisOptions(extraOneShotMembers: ["Fetch"], extraOneShotTypes: ["MyAwaitable"])
    spellings.formUnion(["Fetch", "MyAwaitable"])
    let names = OneShotPrecheck.namesThatMatter(index: index, options: options)
    var matching = 0
    for spelling in spellings {
      XCTAssertEqual(
        names.contains(spelling), OneShotPrecheck.matters(spelling, index: index, options: options), spelling)
      if names.contains(spelling) { matching += 1 }
    }
    XCTAssertGreaterThan(spellings.count, 500)
    XCTAssertGreaterThan(matching, 50)
    XCTAssertLessThan(matching, spellings.count / 2, "most identifiers must not matter, or skipping gains nothing")
  }

  /// The driver's names, hashed once per run, give the hits a direct caller gets without them.
  func testHitsWithThePrecomputedNamesEqualHitsWithout() throws {
    var index = ProjectIndex()
    var files: [(bytes: [UInt8], tokens: [Token])] = []
    for project in FixtureProjects.projects() {
      for file in try FixtureProjects.load(project) where file.language == .csharp {
        let tree = Parser.parse(file.bytes)
        index.merge(CSharpIndexBuilder.index(tree.root, options: AnalysisOptions()))
        files.append((file.bytes, tree.lexed.tokens))
      }
    }
    var hashed = index
    hashed.namesThatMatter = IdentifierDigest.hashes(
      of: OneShotPrecheck.namesThatMatter(index: index, options: AnalysisOptions()))
    var total = 0
    for file in files {
      let direct = OneShotPrecheck.hits(
        tokens: file.tokens, bytes: file.bytes, index: index, options: AnalysisOptions())
      let probed = OneShotPrecheck.hits(
        tokens: file.tokens, bytes: file.bytes, index: hashed, options: AnalysisOptions())
      XCTAssertEqual(direct, probed)
      total += direct.count
    }
    XCTAssertGreaterThan(total, 300)
  }

  /// A spelling hashes the same wherever it sits in a file (the last bytes are read with one load that may
  /// start before the spelling) as the name does on its own, for every length and offset.
  func testASpellingHashesTheSameAtAnyOffsetAsTheName() {
    let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789")
    var generator = SplitMix(seed: 7)
    var seen: Set<UInt64> = []
    for length in 1...40 {
      let name = String((0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
      seen.insert(IdentifierDigest.hash(name))
      for padding in [0, 1, 3, 7, 8, 13] {
        let bytes = Array(String(repeating: "x", count: padding).utf8) + Array(name.utf8) + Array(" tail".utf8)
        let hash = bytes.withUnsafeBufferPointer { IdentifierDigest.hash($0, padding, padding + length) }
        XCTAssertEqual(hash, IdentifierDigest.hash(name), "\(name) at \(padding)")
      }
    }
    XCTAssertEqual(seen.count, 40, "distinct names, distinct hashes")
  }

  func testDigestsIntersectByHashOfTheSpelling() {
    let bytes = Array("Alpha Beta @Gamma".utf8)
    let digest = bytes.withUnsafeBufferPointer {
      var builder = IdentifierDigest.Builder()
      for (lo, hi) in [(0, 5), (6, 10), (12, 17), (0, 5)] { builder.add($0, lo, hi) }
      return builder.digest()
    }
    XCTAssertEqual(digest.hashes.count, 3)
    XCTAssertTrue(digest.intersects(IdentifierDigest.hashes(of: ["Gamma"])))
    XCTAssertTrue(digest.intersects(IdentifierDigest.hashes(of: ["Beta", "Zeta"])))
    XCTAssertFalse(digest.intersects(IdentifierDigest.hashes(of: ["Alph", "beta", "Delta"])))
    XCTAssertFalse(digest.intersects(IdentifierHashSet()))
    XCTAssertTrue(["Alpha", "Beta", "Gamma"].allSatisfy { digest.contains(IdentifierDigest.hash($0)) })
    XCTAssertFalse(["@Gamma", "Zeta", "alpha"].contains { digest.contains(IdentifierDigest.hash($0)) })
  }

  /// A lookup answers the same before and after it turns its digest into a set.
  func testDigestLookupAnswersAlikeBeforeAndAfterMakingASet() {
    let present = (1...200).map { UInt64($0) &* 0x9E37_79B9_7F4A_7C15 }
    var lookup = IdentifierDigest.Lookup(IdentifierDigest(hashes: present))
    for round in 0..<3 {
      for (k, value) in present.prefix(20).enumerated() {
        XCTAssertTrue(lookup.contains(value), "round \(round), \(k)")
        XCTAssertFalse(lookup.contains(value &+ 1), "round \(round), \(k)")
      }
    }
  }

  /// The hash set through several growths, with repeats, colliding probe runs and the value 0 (stored as 1).
  func testHashSetKeepsEveryValueOnceThroughGrowth() {
    var set = IdentifierHashSet(capacity: 1)
    var expected = Set<UInt64>()
    var value: UInt64 = 0x9E37_79B9_7F4A_7C15
    for round in 0..<3 {
      for k in 0..<500 {
        // Multiples of a power of two collide in the low bits the slot is taken from.
        let v = k % 3 == 0 ? UInt64(k) << 40 : value &* UInt64(k + 1)
        set.insert(v)
        expected.insert(v == 0 ? 1 : v)
        if round == 0 && k == 0 { value = 0x2545_F491_4F6C_DD1D }
      }
    }
    XCTAssertEqual(set.values().sorted(), expected.sorted())
    XCTAssertTrue(set.contains(0) && set.contains(1))
    XCTAssertFalse(set.contains(2))
  }
}

/// Positions classified from tokens.
final class MemberUseTests: XCTestCase {
  private func use(of name: String, in code: String) -> MemberUse? {
    let bytes = Array("class C { void M() { \(code); } }".utf8)
    let tokens = Parser.parse(bytes).lexed.tokens
    guard let t = tokens.firstIndex(where: { $0.identifierText(in: bytes) == name }) else { return nil }
    return MemberUse.at(tokens, t)
  }

  func testCallsReadsAndTypesAreToldApart() {
    XCTAssertEqual(use(of: "F", in: "F(1)"), .call(openParen: 9))
    XCTAssertEqual(use(of: "F", in: "x.F"), .read)
    XCTAssertEqual(use(of: "F", in: "x?.F"), .read)
    XCTAssertEqual(use(of: "F", in: "F<int>(1)"), .call(openParen: 12))
    XCTAssertEqual(use(of: "F", in: "F<int> x = null"), MemberUse.none)
    XCTAssertEqual(use(of: "F", in: "var x = new F(1)"), MemberUse.none)
    XCTAssertEqual(use(of: "F", in: "var x = (F)y"), MemberUse.none)
    XCTAssertEqual(use(of: "F", in: "var b = F < a && c"), .read, "not plainly type arguments: kept")
  }
}
