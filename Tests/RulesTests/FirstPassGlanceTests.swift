import Analysis
import CSharpFrontend
import Rules
import SourceModel
import VTLintTestSupport
import XCTest

/// The first pass parses a C# file only when its tokens can matter; otherwise it keeps a glance. The glance
/// must hold every identifier and every declared type name, and be refused wherever the parse could report
/// something (a lexer diagnostic, nesting too deep) or a suppression could hide.
final class FirstPassGlanceTests: XCTestCase {
  let options = AnalysisOptions()

  func glance(_ source: String, options: AnalysisOptions = AnalysisOptions()) -> FirstPassGlance? {
    CSharpLinter().firstPass(
      for: SourceFileFactory.csharp(source), options: options, digests: true,
      glancer: FirstPassGlancer(options: options)
    ).glance
  }

  func typeNames(_ source: String) -> Set<UInt64>? {
    glance(source).map { Set($0.typeNames) }
  }

  func testWordsAreTheIdentifiersTheFirstPassWouldHaveHashed() throws {
    let source = """
      namespace N.M { public sealed class Repo_1 : IRepo<Row> {
        // a comment naming Widget
        private readonly int _count = 0x1F + 12UL;
        public string @event => $"{_count:D3} items" + @"C:\\path";
        public Row Get(int id) => rows[id]?.Next;
      } }
      """
    let g = try XCTUnwrap(glance(source))
    let full = CSharpLinter().firstPass(for: SourceFileFactory.csharp(source), options: options)
    XCTAssertEqual(Set(g.words.hashes), Set(try XCTUnwrap(full.identifiers).hashes))
    XCTAssertFalse(g.words.contains(IdentifierDigest.hash("Widget")), "comments are not tokens")
    XCTAssertTrue(g.words.contains(IdentifierDigest.hash("event")), "a verbatim name is hashed without its `@`")
  }

  func testSeedsEscapesAndDelegatesAreParsedAtOnce() {
    XCTAssertNil(glance("class C { System.Threading.Tasks.ValueTask M() => default; }"))
    XCTAssertNil(glance("class C { void M(System.IO.Stream s) => s.ReadAsync(b); }"), "a catalog member")
    XCTAssertNil(glance("delegate int D();"))
    XCTAssertNil(glance("[SuppressMessage(\"x\", \"y\")] class C { }"))
    XCTAssertNil(glance("class C { int \\u0041 = 1; }"))
    XCTAssertNotNil(glance("class C { string s = \"ValueTask\"; } // ValueTask"), "strings and comments are not names")
    XCTAssertNotNil(glance("class C { int Valuetask = 1; }"), "names are compared exactly")
  }

  func testAPossibleSuppressionOrALexerDiagnosticIsParsedAtOnce() {
    XCTAssertNil(glance("class C { } // vtlint:disable VT0001"))
    XCTAssertNil(glance("#pragma warning disable CA2012\nclass C { }"))
    XCTAssertNil(glance("#pragma warning disable 612, vt0001 // old\nclass C { }"), "a rule id, any case")
    XCTAssertNil(glance("#pragma warning disable consumed-twice\nclass C { }"), "a rule name")
    XCTAssertNil(glance("#pragma warning disable VT9999\nclass C { }"), "an unknown rule is a problem to report")
    XCTAssertNil(glance("#pragma warning disable\nclass C { }"), "a bare disable may silence everything")
  }

  /// Pragmas naming only other tools' warnings are everywhere (a tree's generated migrations all carry
  /// `#pragma warning disable 219, 612, 618`) and can yield nothing: such a file is glanced at like any other.
  func testAPragmaNamingOnlyOtherWarningsDoesNotStopAGlance() {
    XCTAssertNotNil(glance("#pragma warning disable 219, 612, 618\nclass C { }"))
    XCTAssertNotNil(glance("#pragma warning disable EF1001 // Internal API usage.\nclass C { }"))
    XCTAssertNotNil(glance("#pragma warning restore CS0618, IDE1006\nclass C { }"))
    XCTAssertNotNil(glance("#pragma warning restore\nclass C { }"), "a bare restore only closes ranges")
    XCTAssertNotNil(glance("#pragma checksum \"f.cs\" \"{406EA660-64CF-4C82-B6F0-42D48172A799}\" \"ab\"\nclass C { }"))
    XCTAssertNotNil(glance("#pragma warning disable CS1591 // see VT0001 docs\nclass C { }"), "not in the comment")
    XCTAssertNil(glance("class C { string s = \"never closed\n}"))
    XCTAssertNil(glance("class C { } /* never closed"))
    XCTAssertNil(glance("#if DEBUG\nclass C { }"))
    XCTAssertNil(glance("class C { int x = 1abc; }"))
  }

  /// A glance is refused wherever the first pass's parse could report nesting too deep: glanced implies a
  /// parse without that diagnostic, at every depth of every construct that nests.
  /// Nestings of every kind, in the places the first pass parses (a field's value, a parameter's default, an
  /// enum member's value, top-level statements) and the places it skips (a method body).
  static let nestings: [@Sendable (String) -> String] = [
    { "(" + $0 + ")" }, { "new[] { " + $0 + " }" }, { "!" + $0 }, { "-" + $0 }, { "x => " + $0 },
    { "a ? b : " + $0 }, { "a = " + $0 }, { "await " + $0 }, { "a ?? " + $0 }, { "a + " + $0 },
    { "a." + $0 }, { "(T)" + $0 }, { "F(" + $0 + ")" }, { "$\"{" + $0 + "}\"" }, { "!(!" + $0 + ", a)" },
    { "x is not " + $0 }, { "F<G<H>>(" + $0 + ")" }, { "a switch { _ => " + $0 + " }" },
    { "a with { A = " + $0 + " }" }, { "x => { return " + $0 + "; }" },
  ]
  static let statements: [@Sendable (String) -> String] = [
    { "{ " + $0 + " }" }, { "if (a) " + $0 }, { "if (a) { " + $0 + " }" }, { "while (a) " + $0 },
    { "l: " + $0 }, { "void F() { " + $0 + " }" }, { "if (a) b(); else " + $0 }, { "if (a) { b(); } else " + $0 },
  ]
  static let types: [@Sendable (String) -> String] = [
    { "List<" + $0 + ">" }, { "(" + $0 + ", int)" }, { $0 + "[]" }, { "List<(" + $0 + ", int)>" },
    { "Func<int, " + $0 + ">" }, { $0 + "*" },
  ]

  static func nested(_ shape: (String) -> String, _ depth: Int, in core: String) -> String {
    var text = core
    for _ in 0..<depth { text = shape(text) }
    return text
  }

  /// Sources nesting every shape `depth` deep, in every context.
  static func nestedSources(depth: Int) -> [String] {
    var sources: [String] = []
    for nest in nestings {
      let expression = nested(nest, depth, in: "y")
      sources.append("class C { object x = " + expression + "; }")
      sources.append("class C { void M(object x = " + expression + ") { } }")
      sources.append("enum E { A = " + expression + " }")
      sources.append("var x = " + expression + ";")
      sources.append("class C { void M() { var x = " + expression + "; } }")
    }
    for nest in statements {
      let statement = nested(nest, depth, in: "b();")
      sources.append(statement)
      sources.append("class C { void M() { " + statement + " } }")
    }
    for nest in types { sources.append("class C { " + nested(nest, depth, in: "int") + " x; }") }
    return sources
  }

  /// What a glance promises about nesting: brackets the parser would refuse are never only glanced at (they
  /// are reported from every file), and absurd nesting of any kind is parsed, so it is reported too.
  /// Moderate nesting without brackets may be glanced at: the parser's count for it depends on where the
  /// tokens stand (VT9003's documented limits).
  func testBracketsPastTheParsersLimitAndAbsurdNestingAreNeverOnlyGlancedAt() {
    var glanced = 0
    var refused = 0
    for depth in [10, 60, 120, 199, 201, 400] {
      for source in Self.nestedSources(depth: depth) {
        guard glance(source) != nil else {
          refused += 1
          continue
        }
        glanced += 1
        XCTAssertFalse(
          Parser.bracketsNestTooDeep(Lexer.lex(Array(source.utf8)).tokens), "depth \(depth): \(source.prefix(80))")
      }
    }
    XCTAssertGreaterThan(glanced, 150)
    XCTAssertGreaterThan(refused, 150)
    for source in Self.nestedSources(depth: 1_200) {
      XCTAssertNil(glance(source), "absurd nesting must be parsed: \(source.prefix(80))")
    }
    for source in Self.nestedSources(depth: 3) {
      XCTAssertNotNil(glance(source), "ordinary nesting needs no parse: \(source.prefix(80))")
    }
    for statement in ["if (a) b(); else if (c) d(); else e(); ", "if (a) { b(); } else if (c) { d(); } else { e(); } "]
    {
      let ladders = "class C { void M() { " + String(repeating: statement, count: 1_000) + "} }"
      XCTAssertNotNil(glance(ladders), "the else branches of separate statements do not add up")
    }
  }

  /// The fuzzer's find: 115 braces at the top level are 230 levels of statements and blocks to the parser,
  /// past its limit, yet only 115 brackets. Naming nothing that matters, the file is glanced at and its
  /// nesting left unjudged; 200 brackets would be parsed.
  func testTopLevelBlocksAreJudgedByTheirBrackets() {
    let blocks = String(repeating: "{", count: 115) + String(repeating: "}", count: 115)
    XCTAssertTrue(
      Parser.parse(Array(blocks.utf8)).diagnostics.contains { $0.message == "nesting too deep" },
      "the parser's count: two levels a block")
    XCTAssertNotNil(glance(blocks))
    XCTAssertNil(glance(String(repeating: "{", count: 200) + String(repeating: "}", count: 200)))
  }

  /// The issue's pathological inputs, 100 000 deep, are parsed (and reported), never only glanced at.
  func testAbsurdNestingIsParsedAtOnce() {
    let deep = 100_000
    XCTAssertNil(
      glance(
        "class C { int x = " + String(repeating: "(", count: deep) + "1" + String(repeating: ")", count: deep) + "; }"))
    XCTAssertNil(
      glance("class C { void M() " + String(repeating: "{", count: deep) + String(repeating: "}", count: deep) + " }"))
    XCTAssertNil(
      glance(
        "class C { " + String(repeating: "List<", count: deep) + "int" + String(repeating: ">", count: deep) + " x; }"))
    XCTAssertNil(
      glance("class C { int x = " + String(repeating: "(]", count: 300) + "; }"), "unmatched closers pop nothing")
    XCTAssertNotNil(
      glance("class C { int[] x = { " + Array(repeating: "1", count: 1_000).joined(separator: ", ") + " }; }"))
  }

  func testConfiguredNamesAreSeeds() {
    let configured = AnalysisOptions(extraOneShotMembers: ["Fetch"], extraOneShotTypes: ["Lazy1"])
    XCTAssertNil(glance("class C { Lazy1 x; }", options: configured))
    XCTAssertNil(glance("class C { void M() => o.Fetch(); }", options: configured))
    XCTAssertNotNil(glance("class C { void M() => o.Fetch(); }"))
  }

  func testTypeNamesHoldEveryDeclaredType() {
    let h: (String) -> UInt64 = IdentifierDigest.hash
    XCTAssertEqual(
      typeNames(
        "public partial class A<T> where T : class { }\nrecord struct B(int X);\ninterface @I { }\nenum E : byte { }"),
      [h("A"), h("B"), h("I"), h("E"), h("")], "a constraint's `class` and `record struct` may name a nameless type")
    XCTAssertEqual(typeNames("class /* the repo */ Repo { }"), [h("Repo")], "comments are trivia")
    XCTAssertEqual(typeNames("record Point(int X);"), [h("Point")])
    XCTAssertEqual(typeNames("class C { void M<T>() where T : class, new() { } }"), [h("C"), h("")])
    XCTAssertEqual(typeNames("class { }"), [h("")], "the parser declares a nameless type")
    XCTAssertEqual(typeNames("class C { int x; }"), [h("C")])
    // The fuzzer's find: the parser declares a C# 14 extension block as a type named `extension`.
    XCTAssertEqual(typeNames("extension("), [h("extension")])
    XCTAssertEqual(
      typeNames("static class E { extension(string s) { public int N => 1; } }"), [h("E"), h("extension")])
    let declared = CSharpLinter().indexPart(for: SourceFileFactory.csharp("extension("), options: options)
    XCTAssertEqual(declared.declaredTypes, ["extension"])
  }

  func testNamesTheIndexMakesMatterAreSeedsAndOneShotTypesAreSpottedInTheBytes() {
    let source = SourceFileFactory.csharp("class C { void M(IRepo r) => r.LoadAsync(); }")
    let knowing = FirstPassGlancer(options: options, mattering: ["LoadAsync"])
    XCTAssertNil(
      CSharpLinter().firstPass(for: source, options: options, digests: true, glancer: knowing).glance)
    XCTAssertFalse(knowing.mayDeclareOneShotMembers(source))
    XCTAssertTrue(knowing.mayDeclareOneShotMembers(SourceFileFactory.csharp("// returns a ValueTask<int>")))
    let configured = FirstPassGlancer(options: AnalysisOptions(extraOneShotTypes: ["UniTask"]))
    XCTAssertTrue(configured.mayDeclareOneShotMembers(SourceFileFactory.csharp("UniTask M() => default;")))
  }

  func testADueGlanceNamesAMatteringName() throws {
    let g = try XCTUnwrap(glance("class C { void M(IRepo r) => r.LoadAsync(); }"))
    XCTAssertTrue(FirstPassGlancer.isDue(g, mattering: IdentifierDigest.hashes(of: ["LoadAsync"])))
    XCTAssertFalse(FirstPassGlancer.isDue(g, mattering: IdentifierDigest.hashes(of: ["SaveAsync"])))
  }
}
