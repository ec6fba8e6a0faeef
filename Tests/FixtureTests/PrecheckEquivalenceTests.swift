import Analysis
import CSharpFrontend
import Foundation
import LintDriver
import Rules
import SourceModel
import VTLintTestSupport
import XCTest

/// The pre-check's hits only save work: the analysis limited by them (members without a hit are not walked,
/// names not at a hit are not resolved) must find exactly what a walk of everything finds. Value ids are
/// compared by rank (a wider walk numbers values that yield no fact too; only their order is reported).
/// Any hit the pre-check drops wrongly shows up here as a missing fact.
final class PrecheckEquivalenceTests: XCTestCase {
  func testAnalysisLimitedByHitsEqualsAWalkOfEverythingOnEveryFixture() throws {
    let options = AnalysisOptions()
    var filesWithFacts = 0
    var filesWithoutHits = 0
    for project in FixtureProjects.projects() {
      let files = try FixtureProjects.load(project).filter { $0.language == .csharp }
      let index = Linter.firstPasses(of: files, options: options).index
      for file in files {
        let (limited, everything, hitCount) = Self.bothWays(file.bytes, index: index, options: options)
        XCTAssertEqual(limited, everything, file.path)
        if !everything.isEmpty { filesWithFacts += 1 }
        if hitCount == 0 { filesWithoutHits += 1 }
      }
    }
    XCTAssertGreaterThan(filesWithFacts, 25)
    XCTAssertGreaterThan(filesWithoutHits, 0, "some fixture must exercise the skip")
  }

  /// The driver skips a file's second pass when its first-pass digests show no name that matters where it
  /// is written: the pre-check must then find no hit either (else the skip could lose a finding).
  func testASkippedSecondPassWouldHaveFoundNoHit() throws {
    var skipped = 0
    var linted = 0
    for project in FixtureProjects.projects() {
      let files = try FixtureProjects.load(project).filter { $0.language == .csharp }
      let counts = try Self.checkSkips(files)
      skipped += counts.skipped
      linted += counts.linted
    }
    XCTAssertGreaterThan(skipped, 0)
    XCTAssertGreaterThan(linted, skipped)
  }

  /// Opt-in: the same over every `.cs` file under `$VTLINT_REAL_CODE_DIR`, indexed as one project.
  func testASkippedSecondPassWouldHaveFoundNoHitOnRealCode() throws {
    guard let root = ProcessInfo.processInfo.environment["VTLINT_REAL_CODE_DIR"] else {
      throw XCTSkip("set VTLINT_REAL_CODE_DIR to a directory of real C# code to run this test")
    }
    let counts = try Self.checkSkips(Self.realFiles(under: root))
    print("second-pass skips: \(counts.skipped) of \(counts.skipped + counts.linted) files, each without a hit")
  }

  /// Indexes `files` as one project; for each file whose second pass the driver would skip, asserts the
  /// pre-check finds no hit in it.
  static func checkSkips(_ files: [SourceFile]) throws -> (skipped: Int, linted: Int) {
    let options = AnalysisOptions()
    var skipped = 0
    var linted = 0
    var index = Linter.firstPasses(of: files, options: options).index
    let mattering = MatteringHashes(CSharpLinter(), index: index, options: options)
    index.namesThatMatter = mattering?.all
    index.namesMatteringAnywhere = mattering?.anywhere
    index.memberGates = mattering?.gates
    for file in files {
      let part = CSharpLinter().firstPass(for: file, options: options)
      if part.needsSecondPass(mattering: mattering) {
        linted += 1
        continue
      }
      skipped += 1
      let tree = Parser.parse(file.bytes)
      let hits = OneShotPrecheck.hits(in: tree, bytes: file.bytes, index: index, options: options)
      XCTAssertEqual(hits, [], file.path)
    }
    return (skipped, linted)
  }

  static func realFiles(under root: String) -> [SourceFile] {
    var files: [SourceFile] = []
    let enumerator = FileManager.default.enumerator(atPath: root)
    while let relative = enumerator?.nextObject() as? String {
      guard relative.hasSuffix(".cs"), let data = FileManager.default.contents(atPath: root + "/" + relative),
        case .text(let source, _, _) = SourceDecoder.decode([UInt8](data))
      else { continue }
      files.append(SourceFile(path: relative, bytes: source, language: .csharp))
    }
    return files
  }

  /// A file that writes a member's name only as a type is skipped; one that reads the member is not.
  func testAMembersNameWrittenOnlyAsATypeSkipsTheSecondPass() {
    var index = ProjectIndex()
    index.addProperty(
      "Task", MemberSignature(minArguments: 0, maxArguments: 0, returnsOneShot: true, declaringType: "Source"))
    let options = AnalysisOptions()
    let mattering = MatteringHashes(CSharpLinter(), index: index, options: options)
    func needsSecondPass(_ code: String) -> Bool {
      let file = SourceFile(path: "A.cs", bytes: Array(code.utf8), language: .csharp)
      return CSharpLinter().firstPass(for: file, options: options).needsSecondPass(mattering: mattering)
    }
    XCTAssertFalse(needsSecondPass("class C { async Task<int> M(Func<Task> f) { await f(); return 1; } }"))
    XCTAssertTrue(needsSecondPass("class C { async Task M(Source s) { await s.Task; } }"))
    XCTAssertTrue(needsSecondPass("class C { ValueTask M() => default; }"))
  }

  /// Opt-in: the same comparison over every `.cs` file under `$VTLINT_REAL_CODE_DIR`, indexed as one
  /// project (real trees name far more members than the fixtures do).
  func testAnalysisLimitedByHitsEqualsAWalkOfEverythingOnRealCode() throws {
    guard let root = ProcessInfo.processInfo.environment["VTLINT_REAL_CODE_DIR"] else {
      throw XCTSkip("set VTLINT_REAL_CODE_DIR to a directory of real C# code to run this test")
    }
    let options = AnalysisOptions()
    let files = Self.realFiles(under: root)
    let index = Linter.firstPasses(of: files, options: options).index
    var facts = 0
    for file in files {
      let (limited, everything, _) = Self.bothWays(file.bytes, index: index, options: options)
      XCTAssertEqual(limited, everything, file.path)
      facts += everything.count
    }
    print("pre-check equivalence: \(files.count) files, \(facts) facts")
  }

  /// `LoadAsync(default: 1, fresh: true)` has two arguments by its commas but one as the parser recovers
  /// (`default` is no argument name), and that one resolves to the ValueTask overload. Found by the
  /// structure-aware fuzzer when hits were filtered by argument counts read from tokens: a filter the
  /// pre-check therefore does not apply.
  func testABrokenArgumentListIsJudgedAsTheParserReadsIt() {
    let source = """
      using System.Threading.Tasks;
      public class Repository
      {
          public ValueTask<int> LoadAsync(int id) => new ValueTask<int>(id);
          public Task<int> LoadAsync(int id, bool fresh) => Task.FromResult(id);
      }
      public class Callers
      {
          public async Task<int> M(Repository repo)
          {
              var b = repo.LoadAsync(default: 1, fresh: true);
              await b;
              return await b;
          }
      }

      """
    let file = SourceFile(path: "Broken.cs", bytes: Array(source.utf8), language: .csharp)
    let index = Linter.firstPasses(of: [file], options: AnalysisOptions()).index
    let (limited, everything, _) = Self.bothWays(file.bytes, index: index, options: AnalysisOptions())
    XCTAssertEqual(limited, everything)
    XCTAssertEqual(everything.filter { $0.kind == .consumedTwice }.map(\.subject), ["b"])
  }

  /// A declarator whose name is missing (`ValueTask<ne> s, &`) declares no member named "" for a member
  /// access whose name is missing too (`s.;`) to resolve to: the walk of everything found a value there,
  /// dropped, where the pre-check (which reads identifiers) found no hit. Minimized from an input of the
  /// structure-aware fuzzer.
  func testAMissingNameDeclaresNoMember() {
    let source = " interface ISource {d(ISource s){s.;}ValueTask<ne s, &"
    let file = SourceFile(path: "Missing.cs", bytes: Array(source.utf8), language: .csharp)
    let index = Linter.firstPasses(of: [file], options: AnalysisOptions()).index
    XCTAssertNil(index.properties[""])
    let (limited, everything, _) = Self.bothWays(file.bytes, index: index, options: AnalysisOptions())
    XCTAssertEqual(limited, everything)
    XCTAssertEqual(everything, [])
  }

  /// A static catalog member (`ValueTask.FromResult`, `ValueTask.CompletedTask`) is reached through the
  /// type's name only: written on a value (which C# rejects), the walk of everything must not resolve it,
  /// as the pre-check does not count it (found by the structure-aware fuzzer, spliced from a fixture).
  func testStaticCatalogMembersAreNotReachedThroughAValue() {
    let source = """
      using System.Threading.Tasks;
      class C
      {
          async Task M(ValueTask<int> vt, int id)
          {
              var a = await vt.FromResult(id);
              var b = vt.CompletedTask;
              await ValueTask.FromResult(id);
          }
      }

      """
    let bytes = Array(source.utf8)
    let (limited, everything, _) = Self.bothWays(bytes, index: ProjectIndex(), options: AnalysisOptions())
    XCTAssertEqual(limited, everything)
    let written = everything.map { String(decoding: bytes[Int($0.range.start)..<Int($0.range.end)], as: UTF8.self) }
    XCTAssertEqual(written, ["ValueTask.FromResult(id)"], "only the static call through the type's name")
  }

  /// The names a member-only spelling collides with where it cannot be a call or a member read: a type in
  /// a declaration, a generic argument, a cast, an object creation.
  func testMemberNamesInTypePositionsAreNotHitsButCallsAndReadsAre() {
    var index = ProjectIndex()
    index.addProperty(
      "Task", MemberSignature(minArguments: 0, maxArguments: 0, returnsOneShot: true, declaringType: "Source"))
    index.addMethod(
      "Action", MemberSignature(minArguments: 0, maxArguments: 0, returnsOneShot: true, declaringType: "Snippets"))
    let options = AnalysisOptions()
    func hits(_ code: String) -> [String] {
      let bytes = Array(code.utf8)
      let tree = Parser.parse(bytes)
      return OneShotPrecheck.hits(in: tree, bytes: bytes, index: index, options: options).map {
        offset in tree.lexed.tokens.first { $0.range.start == offset }!.identifierText(in: bytes)
      }
    }
    XCTAssertEqual(hits("class C { async Task<int> M(Task t, Action<Task> a) { var x = (Task)t; } }"), [])
    XCTAssertEqual(hits("class C { Task M() => new Task(() => {}); Func<Task<Task>> f; }"), [])
    XCTAssertEqual(hits("class C { void M(Source s) { var v = s.Task; var w = s?.Task; } }"), ["Task", "Task"])
    XCTAssertEqual(
      hits("class C { void M() { Action(); Action<int>(); this.Action(); } }"), ["Action", "Action", "Action"])
    // A call counts only with an argument count a one-shot overload takes (`MemberGates`), when its list is
    // plain enough to count from tokens (`CallArguments`); any other list counts (the broken-list test below).
    XCTAssertEqual(hits("class C { void M(Source s) { Action(1, 2); s.Action(f(1, 2)); } }"), [])
    XCTAssertEqual(
      hits("class C { void M(Source s) { Action(default: 1); s.Action(x => 1); } }"), ["Action", "Action"])
    // One-shot type names count wherever they are written.
    XCTAssertEqual(hits("class C { ValueTask<Task> M(ValueTask v) => v; }"), ["ValueTask", "ValueTask"])
  }

  /// Limited by hits and unlimited: the facts of both analyses, and how many hits there were.
  static func bothWays(_ bytes: [UInt8], index: ProjectIndex, options: AnalysisOptions)
    -> (limited: [OneShotFact], everything: [OneShotFact], hits: Int)
  {
    let tree = Parser.parse(bytes, deferMemberBodies: true)
    let hits = OneShotPrecheck.hits(in: tree, bytes: bytes, index: index, options: options)
    let limited =
      hits.isEmpty
      ? []
      : CSharpFileAnalyzer.analyze(
        tree.root, bytes: bytes, index: index, options: options, hits: hits, bodies: DeferredBodyParser(tree: tree))
    let everything = CSharpFileAnalyzer.analyze(
      tree.root, bytes: bytes, index: index, options: options, hits: nil, bodies: DeferredBodyParser(tree: tree))
    return (ranked(limited), ranked(everything), hits.count)
  }

  /// Value ids replaced by their rank among the ids the facts use.
  static func ranked(_ facts: [OneShotFact]) -> [OneShotFact] {
    let ids = Set(facts.map(\.valueID)).sorted()
    let rank = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
    return facts.map { fact in
      var copy = fact
      copy.valueID = rank[fact.valueID]!
      return copy
    }
  }
}
