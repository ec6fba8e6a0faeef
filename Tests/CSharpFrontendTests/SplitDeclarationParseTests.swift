import Dispatch
import Foundation
import SourceModel
import VTLintTestSupport
import XCTest

@testable import CSharpFrontend

/// A declaration parse in two parts at once (`DeclarationSplit`) builds what one parse builds: the same
/// tree, diagnostics, declared method names and bracket matches, whether the parts were joined or the
/// file was parsed as one after all.
final class SplitDeclarationParseTests: XCTestCase {
  private let concurrent = ParallelJobs { count, job in DispatchQueue.concurrentPerform(iterations: count, execute: job)
  }

  /// Asserts the split parse equals one parse, on threads and one job at a time (the second part first),
  /// and returns how the split went.
  @discardableResult
  private func assertSameAsOneParse(
    _ text: String, _ name: String, file: StaticString = #filePath, line: UInt = #line
  ) -> SplitDeclarationParse.Outcome {
    let bytes = Array(text.utf8)
    let lexed = Lexer.lex(bytes)
    let one = Parser.parse(bytes, lexed: lexed, deferMemberBodies: true)
    for parallel in [concurrent, .lastFirst] {
      let split = Parser.parse(bytes, lexed: lexed, deferMemberBodies: true, parallel: parallel, splittingFrom: 0)
      XCTAssertEqual(split.root, one.root, "\(name): tree", file: file, line: line)
      XCTAssertEqual(split.diagnostics, one.diagnostics, "\(name): diagnostics", file: file, line: line)
      XCTAssertEqual(
        split.declaredMethodNames, one.declaredMethodNames, "\(name): method names", file: file, line: line)
      XCTAssertEqual(split.bracketMatches, one.bracketMatches, "\(name): brackets", file: file, line: line)
    }
    var parser = CSharpParser(bytes: bytes, tokens: lexed.tokens)
    parser.deferringMemberBodies = true
    return SplitDeclarationParse.parse(parser, on: .lastFirst)
  }

  private func isJoined(_ outcome: SplitDeclarationParse.Outcome) -> Bool {
    if case .joined = outcome { return true }
    return false
  }

  private func isNotSplit(_ outcome: SplitDeclarationParse.Outcome) -> Bool {
    if case .notSplit = outcome { return true }
    return false
  }

  /// A type with a bit of everything a declaration parse reads (and skips).
  private func type(_ i: Int) -> String {
    """
      /// Type \(i).
      [Serializable, Description("t\(i)")]
      public sealed partial class Service\(i)<T> : Base(\(i)), IService where T : class
      {
        private readonly int _count = \(i);
        public int Count { get; set; } = 1;
        public event Action? Changed;
        public async ValueTask<int> LoadAsync(int id, CancellationToken token = default) { await Task.Yield(); return id; }
        public ValueTask SaveAsync() => new(Task.CompletedTask);
        internal static Service\(i)<T> Create() { return new(); }
        public Service\(i)(int x) : base(x) { }
        public int this[int index] => index;
        public static Service\(i)<T> operator +(Service\(i)<T> a, Service\(i)<T> b) => a;
        private record struct Point(int X, int Y);
        private enum Kind { A, B = 2 }
      }

    """
  }

  private func types(_ range: Range<Int>) -> String { range.map(type).joined() }

  func testABlockNamespaceOfManyTypesIsJoined() {
    let text = "using System;\n\nnamespace Sample.Block\n{\n" + types(0..<40) + "}\n"
    XCTAssertTrue(isJoined(assertSameAsOneParse(text, "block namespace")))
  }

  func testAFileScopedNamespaceIsJoined() {
    let text = "using System;\nnamespace Sample.FileScoped;\n\n" + types(0..<40)
    XCTAssertTrue(isJoined(assertSameAsOneParse(text, "file-scoped namespace")))
  }

  func testOneLargeTypeIsCutBetweenItsMembers() {
    let members = (0..<200).map { "  public ValueTask<int> M\($0)(int a) { return F(a); }\n  int _f\($0) = \($0);\n" }
    let text = "namespace N {\n[Attr] internal class Large : Base {\n" + members.joined() + "}\n}\n"
    XCTAssertTrue(isJoined(assertSameAsOneParse(text, "large type")))
    let record = "public record class R(int X) {\n" + members.joined() + "}\n"
    XCTAssertTrue(isJoined(assertSameAsOneParse(record, "large record")))
  }

  func testNestedNamespacesAndTypesAreDescended() {
    let text =
      "namespace Outer {\n  using System;\n  namespace Inner {\n" + types(0..<30) + "  }\n}\n"
      + "namespace After { class Tail { void M() { } } }\n"
    XCTAssertTrue(isJoined(assertSameAsOneParse(text, "nested namespaces")))
  }

  func testNoContainerOrOnlyOneMemberIsNotSplit() {
    let statements = (0..<200).map { "var x\($0) = await F(\($0));\n" }.joined()
    XCTAssertTrue(isNotSplit(assertSameAsOneParse(statements, "top-level statements")))
    let oneMethod = "class C {\n void M() {\n" + statements + " }\n}\n"
    XCTAssertTrue(isNotSplit(assertSameAsOneParse(oneMethod, "one large method")))
    let largeEnum = "namespace N { enum E {\n" + (0..<500).map { "V\($0) = \($0),\n" }.joined() + "} }\n"
    XCTAssertTrue(isNotSplit(assertSameAsOneParse(largeEnum, "large enum")))
  }

  /// Broken members at every place around the middle of the file, where the cut falls: whatever the
  /// outcome, the result is one parse's, including which diagnostics one parse reports only once.
  func testSyntaxErrorsAroundTheCutGiveOneParsesDiagnostics() {
    let broken = [
      "  public int Broken( { }\n", "  }\n", "  class Unclosed {\n", "  int x = ;\n", "  ) ] ;\n",
      "  public async ValueTask M() => ;\n", "  [Attr(\n", "  namespace Inside;\n", "  @@ ## \n", "  enum E { A B }\n",
      "  int P { get; set }\n", "  extern alias X\n", "  #\n",
    ]
    var joinedWithDiagnostics = 0
    for (n, snippet) in broken.enumerated() {
      for position in 9..<15 {
        for repeatCount in [1, 2] {
          let text =
            "namespace N {\n" + types(0..<position)
            + String(repeating: snippet, count: repeatCount) + types(position..<24) + "}\n"
          let outcome = assertSameAsOneParse(text, "snippet \(n) at \(position) x\(repeatCount)")
          if case .joined(let parser, _) = outcome, !parser.diagnostics.isEmpty { joinedWithDiagnostics += 1 }
        }
      }
    }
    XCTAssertGreaterThan(joinedWithDiagnostics, 40, "files with errors are still parsed in two parts")
  }

  /// One parse reports nothing at the start of the diagnostic it reported last; each part started with
  /// nothing reported, so the join drops a part's first diagnostic where one parse would have skipped it.
  /// (The parts' tokens do not overlap, so real files hardly meet this; the rule is held here directly.)
  func testTheJoinReportsOnceWhereOneParseReportsOnce() {
    func at(_ start: UInt32) -> SyntaxDiagnostic {
      SyntaxDiagnostic(range: ByteRange(start: start, end: start + 1), message: "\(start)")
    }
    func join(_ first: [UInt32], cut: Int, _ second: [UInt32]) -> [UInt32] {
      let handOff = DeclarationSplit.HandOff(
        members: 0, usings: 0, diagnostics: cut, declaredMethodNames: 0,
        lastDiagnosticStart: cut > 0 ? first[cut - 1] : .max)
      return SplitDeclarationParse.joinDiagnostics(first.map(at), second.map(at), handOff: handOff)
        .map(\.range.start)
    }
    XCTAssertEqual(join([1, 5, 9], cut: 2, [6, 7]), [1, 5, 6, 7, 9])
    XCTAssertEqual(join([1, 5, 9], cut: 2, [5, 7]), [1, 5, 7, 9], "the second part's first, at the last start")
    XCTAssertEqual(join([1, 5, 7], cut: 2, [6, 7]), [1, 5, 6, 7], "the rest's first, at the second's last")
    XCTAssertEqual(join([1, 5, 5], cut: 2, []), [1, 5], "nothing between: the rest's first at the last start")
    XCTAssertEqual(join([5], cut: 0, [5]), [5], "nothing before the cut, the rest's first at the second's last")
    XCTAssertEqual(join([9], cut: 0, [5]), [5, 9])
    XCTAssertEqual(join([], cut: 0, []), [])
  }

  func testEveryTruncationGivesOneParsesResult() {
    let text = "namespace N {\n" + types(0..<6) + "}\n"
    let bytes = Array(text.utf8)
    for end in stride(from: 0, to: bytes.count, by: 37) {
      assertSameAsOneParse(String(decoding: bytes[..<end], as: UTF8.self), "truncated at \(end)")
    }
  }

  func testEveryFixtureGivesOneParsesResult() throws {
    var joined = 0
    for project in FixtureProjects.projects() {
      for file in try FixtureProjects.load(project) where file.language == .csharp {
        if isJoined(assertSameAsOneParse(String(decoding: file.bytes, as: UTF8.self), file.path)) { joined += 1 }
      }
    }
    XCTAssertGreaterThan(joined, 10)
  }

  /// Opt-in, like `ParserRealCodeTests`: every `.cs` file under `$VTLINT_REAL_CODE_DIR`, split whatever
  /// its size.
  func testRealCodeGivesOneParsesResult() throws {
    guard let root = ProcessInfo.processInfo.environment["VTLINT_REAL_CODE_DIR"] else {
      throw XCTSkip("set VTLINT_REAL_CODE_DIR to a directory of real C# code to run this test")
    }
    var files = 0
    var joined = 0
    let enumerator = FileManager.default.enumerator(atPath: root)
    while let relative = enumerator?.nextObject() as? String {
      guard relative.hasSuffix(".cs"), let data = FileManager.default.contents(atPath: root + "/" + relative),
        case .text(let bytes, _, _) = SourceDecoder.decode([UInt8](data))
      else { continue }
      files += 1
      let lexed = Lexer.lex(bytes)
      let one = Parser.parse(bytes, lexed: lexed, deferMemberBodies: true)
      var parser = CSharpParser(bytes: bytes, tokens: lexed.tokens)
      parser.deferringMemberBodies = true
      let outcome = SplitDeclarationParse.parse(parser, on: .lastFirst)
      if isJoined(outcome) { joined += 1 }
      let split = Parser.parse(bytes, lexed: lexed, deferMemberBodies: true, parallel: .lastFirst, splittingFrom: 0)
      XCTAssert(
        split.root == one.root && split.diagnostics == one.diagnostics
          && split.declaredMethodNames == one.declaredMethodNames, relative)
    }
    print("split parse of real code: \(files) files, \(joined) parsed in two parts")
    XCTAssertGreaterThan(joined, files / 2)
  }

  func testSmallFilesAndEagerParsesAreNotSplit() {
    let text = "namespace N {\n" + types(0..<10) + "}\n"
    let bytes = Array(text.utf8)
    let lexed = Lexer.lex(bytes)
    // Below the threshold and in an eager parse, the parser takes no split (the trees are one parse's
    // either way; this holds the thresholds to what they say).
    XCTAssertLessThan(lexed.tokens.count, Parser.splitDeclarationsFrom)
    let eager = Parser.parse(bytes, lexed: lexed, deferMemberBodies: false, parallel: .lastFirst, splittingFrom: 0)
    XCTAssertEqual(eager.root, Parser.parse(bytes, lexed: lexed).root)
  }
}
