import Analysis
import CSharpFrontend
import SourceModel
import VTLintTestSupport
import XCTest

/// The glance must see at least every identifier the lexer sees (spelled in ASCII), every type name the
/// parser declares, and refuse a file whenever it cannot be sure.
final class FirstPassGlanceTests: XCTestCase {
  let glancer = FirstPassGlancer(options: AnalysisOptions())

  func glance(_ source: String) -> FirstPassGlance? {
    glancer.glance(SourceFileFactory.csharp(source))
  }

  func hasWord(_ glance: FirstPassGlance?, _ word: String) -> Bool {
    glance?.words.contains(FirstPassGlance.wordHash(word)) ?? false
  }

  func typeNames(_ source: String) -> Set<UInt64>? {
    glance(source).map { Set($0.typeNames) }
  }

  func testWordsHoldEveryIdentifierTheLexerSees() throws {
    let source = """
      namespace N.M { public sealed class Repo_1 : IRepo<Row> {
        // a comment naming Widget
        private readonly int _count = 0x1F + 12UL + 3.5e10;
        public string @event => $"{_count:D3} items" + @"C:\\path";
        #region Rows
        public Row Get(int id) => rows[id]?.Next;
      } }
      """
    let g = try XCTUnwrap(glance(source))
    let tokens = Lexer.lex(Array(source.utf8)).tokens.filter { $0.kind == .identifier }
    XCTAssertGreaterThan(tokens.count, 10)
    for token in tokens {
      XCTAssertTrue(
        hasWord(g, token.identifierText(in: Array(source.utf8))), token.identifierText(in: Array(source.utf8)))
    }
    XCTAssertTrue(hasWord(g, "Widget"), "comments are glanced at too")
    XCTAssertFalse(hasWord(g, "1F"), "numbers are not words")
    XCTAssertFalse(hasWord(g, "UL"), "a number's suffix is not a word")
  }

  func testSeedsOrPossibleSuppressionsOrEscapesSendTheFileToItsFirstPass() {
    XCTAssertNil(glance("class C { System.Threading.Tasks.ValueTask M() => default; }"))
    XCTAssertNil(glance("class C { void M(System.IO.Stream s) => s.ReadAsync(b); }"), "a catalog member")
    XCTAssertNil(glance("delegate int D();"))
    XCTAssertNil(glance("[SuppressMessage(\"x\", \"y\")] class C { }"))
    XCTAssertNil(glance("class C { } // vtlint:disable VT0001"))
    XCTAssertNil(glance("#pragma warning disable CA2012\nclass C { }"))
    XCTAssertNil(glance("class C { int \\u0041 = 1; }"))
    XCTAssertNotNil(glance("class C { int Valuetask = 1; }"), "words are compared exactly")
    XCTAssertNotNil(glance("class C { int X = 1ValueTask; }"), "letters glued to a number are not a word")
  }

  func testConfiguredNamesAreSeeds() {
    let configured = FirstPassGlancer(
      options: AnalysisOptions(extraOneShotMembers: ["Fetch"], extraOneShotTypes: ["Lazy1"]))
    XCTAssertNil(configured.glance(SourceFileFactory.csharp("class C { Lazy1 x; }")))
    XCTAssertNil(configured.glance(SourceFileFactory.csharp("class C { void M() => o.Fetch(); }")))
    XCTAssertNotNil(glancer.glance(SourceFileFactory.csharp("class C { void M() => o.Fetch(); }")))
  }

  func testTypeNamesHoldEveryDeclaredType() {
    let h: (String) -> UInt64 = FirstPassGlance.wordHash
    XCTAssertEqual(
      typeNames(
        "public partial class A<T> where T : class { }\nrecord struct B(int X);\ninterface @I { }\nenum E : byte { }"),
      [h("A"), h("B"), h("I"), h("E"), h("struct")])
    XCTAssertEqual(typeNames("class\n\tA { }"), [h("A")])
    XCTAssertEqual(typeNames("void M<T>() where T : class, new() { }"), [], "a constraint declares nothing")
  }

  func testATypeNameTheWordsMayNotHoldRefusesTheGlance() {
    XCTAssertNil(glance("class /* the repo */ Repo { }"))
    XCTAssertNil(glance("class // the repo\nRepo { }"))
    XCTAssertNil(glance("class\n#if A\nRepo\n#else\nStore\n#endif\n{ }"))
    XCTAssertNil(glance("class Répo { }"))
    XCTAssertNil(glance("class Ñame { }"))
    XCTAssertNil(glance("class Repo\\u0041 { }"))
  }

  func testNonASCIIIsNoticed() {
    XCTAssertEqual(glance("class C { } // café")?.hasNonASCII, true)
    XCTAssertEqual(glance("class C { }")?.hasNonASCII, false)
  }

  func testADueGlanceNamesAMatteringNameOrMayHideANonASCIIOne() throws {
    let g = try XCTUnwrap(glance("class C { void M(IRepo r) => r.LoadAsync(); } // café"))
    let mattering = FirstPassGlance.wordHashes(of: ["LoadAsync"])
    XCTAssertTrue(FirstPassGlancer.isDue(g, mattering: mattering, nonASCIINameMatters: false))
    let other = FirstPassGlance.wordHashes(of: ["SaveAsync"])
    XCTAssertFalse(FirstPassGlancer.isDue(g, mattering: other, nonASCIINameMatters: false))
    XCTAssertTrue(FirstPassGlancer.isDue(g, mattering: other, nonASCIINameMatters: true))
  }

  /// The word-at-a-time skip must stop exactly where the byte-wise test would, at any alignment.
  func testWordsAreTheSameAtEveryAlignment() throws {
    let body = "a+b  -  c_1\t(d)\\n[e]; f.g"
    let expected = ["a", "b", "c_1", "d", "n", "e", "f", "g"].map { FirstPassGlance.wordHash($0) }
    for pad in 0..<9 {
      let g = try XCTUnwrap(glance(String(repeating: " ", count: pad) + body))
      XCTAssertEqual(Set(g.words.hashes), Set(expected), "padding \(pad)")
    }
  }
}
