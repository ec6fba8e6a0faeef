import Foundation
import XCTest

/// The driver skips the second pass of a file whose identifiers name nothing the analysis can act on. These
/// tests pin down what must still be reported from such files, and that names learned from other files
/// count.
final class SecondPassSkipTests: XCTestCase {
  private static let declaringFile = """
    using System.Threading.Tasks;
    public interface IRepository { ValueTask<int> LoadAsync(); }

    """

  func testANameDeclaredInAnotherFileMakesTheFileCount() throws {
    let t = try TempTree()
    try t.write("IRepository.cs", Self.declaringFile)
    // No one-shot type is spelled in this file: only the index says `LoadAsync` returns one.
    try t.write(
      "Use.cs",
      """
      public class Use
      {
          public async System.Threading.Tasks.Task<int> RunAsync(IRepository r)
          {
              var v = r.LoadAsync();
              return await v + await v;
          }
      }

      """)
    let r = try t.run(["--no-config", "."])
    XCTAssertEqual(r.code, 1, r.stdout + r.stderr)
    XCTAssertTrue(r.stdout.contains("Use.cs:6:"), r.stdout)
    XCTAssertTrue(r.stdout.contains("VT0001 consumed-twice"), r.stdout)
  }

  func testSuppressionDirectivesOfAnIrrelevantFileAreStillChecked() throws {
    let t = try TempTree()
    try t.write("IRepository.cs", Self.declaringFile)
    try t.write("Plain.cs", "public class Plain\n{\n    // vtlint:disable:next VT0001\n    public int X() => 1;\n}\n")
    try t.write("Pragma.cs", "#pragma warning disable VT0001\npublic class P { }\n")
    try t.write("Attr.cs", "[SuppressMessage(\"vtlint\", \"VT0001\")]\npublic class Q { }\n")
    let r = try t.run(["--no-config", "."])
    XCTAssertTrue(r.stdout.contains("Plain.cs:3:"), r.stdout)
    XCTAssertTrue(r.stdout.contains("Pragma.cs:1:"), r.stdout)
    XCTAssertTrue(r.stdout.contains("Attr.cs:1:"), r.stdout)
    XCTAssertEqual(r.stdout.components(separatedBy: "VT9000 unused-suppression").count - 1, 3, r.stdout)
  }

  /// A pragma naming only other tools' warnings yields nothing, so it does not make a file count: its
  /// syntax errors go unreported like any irrelevant file's. One naming a vtlint rule among others still
  /// counts, and its unused suppression is reported.
  func testAPragmaNamingOnlyOtherWarningsDoesNotMakeAFileCount() throws {
    let t = try TempTree()
    try t.write("IRepository.cs", Self.declaringFile)
    try t.write("Foreign.cs", "#pragma warning disable 612, 618\npublic class F\n{\n    public int = 3;\n}\n")
    try t.write("Mixed.cs", "#pragma warning disable 612, VT0004\npublic class M\n{\n    public int = 3;\n}\n")
    let r = try t.run(["--no-config", "."])
    XCTAssertFalse(r.stdout.contains("Foreign.cs"), r.stdout)
    XCTAssertTrue(r.stdout.contains("Mixed.cs:1:") && r.stdout.contains("VT9000 unused-suppression"), r.stdout)
    XCTAssertTrue(r.stdout.contains("Mixed.cs:4:") && r.stdout.contains("VT9003"), r.stdout)
  }

  /// An encoding problem is reported from any file. A syntax error is reported only from a file that names
  /// something the analysis can act on: the others are only glanced at, never parsed (VT9003's limits).
  func testEncodingProblemsOfAnIrrelevantFileAreReportedAndItsSyntaxErrorsAreNot() throws {
    let t = try TempTree()
    let bad = Array("public class E\n{\n    // caf".utf8) + [0xE9] + Array(" \n}\n".utf8)
    try Data(bad).write(to: t.root.appendingPathComponent("Encoding.cs"))
    try t.write("Broken.cs", "public class B\n{\n    public int = 3;\n}\n")
    try t.write("Relevant.cs", "public class R\n{\n    public System.Threading.Tasks.ValueTask = 3;\n}\n")
    let r = try t.run(["--no-config", "."])
    XCTAssertTrue(r.stdout.contains("Encoding.cs:3:") && r.stdout.contains("VT9002"), r.stdout)
    XCTAssertFalse(r.stdout.contains("Broken.cs"), r.stdout)
    XCTAssertTrue(r.stdout.contains("Relevant.cs:3:") && r.stdout.contains("VT9003"), r.stdout)
  }

  /// Nesting past the parser's limits: brackets nested 200 deep are reported from any file; deep nesting
  /// without that many brackets (115 top-level blocks are 230 levels to the parser) only from a file the
  /// analysis parses (VT9003's limits; the fuzzer's find).
  func testBracketsTooDeepAreReportedFromAnyFileOtherDeepNestingWhereTheFileIsParsed() throws {
    let t = try TempTree()
    func blocks(_ depth: Int) -> String { String(repeating: "{", count: depth) + String(repeating: "}", count: depth) }
    try t.write("Brackets.cs", blocks(200) + "\n")
    try t.write("Blocks.cs", blocks(115) + "\n")
    try t.write("Named.cs", "// ValueTask\n" + blocks(115) + "\n")
    let r = try t.run(["--no-config", "."])
    XCTAssertTrue(r.stdout.contains("Brackets.cs:1:") && r.stdout.contains("nesting too deep"), r.stdout)
    XCTAssertTrue(r.stdout.contains("Named.cs:2:"), r.stdout)
    XCTAssertFalse(r.stdout.contains("Blocks.cs"), r.stdout)
    XCTAssertEqual(r.stdout.components(separatedBy: "nesting too deep").count - 1, 2, r.stdout)
  }

  /// A file that names nothing that matters still declares types, and a receiver of a project type is
  /// resolved against the project's methods (it inherits them, here from its base `Db`, which the glanced
  /// file's declaration names), any other against the catalog: the glanced file's `class Repo` must count,
  /// and `class Repo` written in a comment must not.
  func testTypesDeclaredInGlancedFilesCountAndTypesNamedInCommentsDoNot() throws {
    let use = """
      public class Use
      {
          public async System.Threading.Tasks.Task RunAsync(Repo r)
          {
              var v = r.LoadAsync();
              await v;
              await v;
          }
      }

      """
    let declaring = "public class Db { public System.Threading.Tasks.ValueTask<int> LoadAsync() => default; }\n"
    let declared = try TempTree()
    try declared.write("Db.cs", declaring)
    try declared.write("Repo.cs", "public class Repo : Db { public int Count; }\n")
    try declared.write("Use.cs", use)
    let r = try declared.run(["--no-config", "."])
    XCTAssertTrue(r.stdout.contains("Use.cs:7:") && r.stdout.contains("VT0001"), r.stdout)

    let mentioned = try TempTree()
    try mentioned.write("Db.cs", declaring)
    try mentioned.write("Notes.cs", "// the class Repo lives in another assembly\npublic class Notes { }\n")
    try mentioned.write("Use.cs", use)
    let quiet = try mentioned.run(["--no-config", "."])
    XCTAssertFalse(quiet.stdout.contains("VT0001"), quiet.stdout)

    // The glanced file's `Repo` derives from a class outside the project, whose `LoadAsync` the index does
    // not hold: `Db.LoadAsync` says nothing about it. Fails if the glanced declaration's bases go unread.
    let outside = try TempTree()
    try outside.write("Db.cs", declaring)
    try outside.write("Repo.cs", "public class Repo : Base { public int Count; }\n")
    try outside.write("Use.cs", use)
    let unresolved = try outside.run(["--no-config", "."])
    XCTAssertFalse(unresolved.stdout.contains("VT0001"), unresolved.stdout)
  }

  /// What a glanced file names can come to matter in steps: a `global using` alias makes `VT` one-shot,
  /// which makes the file declaring `VT LoadAsync()` take its first pass, which makes `LoadAsync` matter in
  /// a file that names neither.
  func testNamesThatComeToMatterInStepsReachEveryFile() throws {
    let t = try TempTree()
    try t.write("Aliases.cs", "global using VT = System.Threading.Tasks.ValueTask<int>;\n")
    try t.write("Repo.cs", "public interface IRepo { VT LoadAsync(); }\n")
    try t.write(
      "Use.cs",
      "public class Use\n{\n    public async System.Threading.Tasks.Task<int> RunAsync(IRepo r)\n    {\n"
        + "        var v = r.LoadAsync();\n        return await v + await v;\n    }\n}\n")
    let r = try t.run(["--no-config", "."])
    XCTAssertTrue(r.stdout.contains("Use.cs:6:") && r.stdout.contains("VT0001"), r.stdout)
  }

  /// The documented limit of VT9003: a body that names nothing the analysis can act on is never parsed,
  /// so a syntax error inside it is not reported; the same error next to a ValueTask is.
  func testSyntaxErrorsInBodiesAreReportedOnlyWhereTheAnalysisLooks() throws {
    let t = try TempTree()
    try t.write("Quiet.cs", "public class Q\n{\n    public int Count() { var x = ; return 1; }\n}\n")
    try t.write(
      "Loud.cs",
      "public class L\n{\n    public System.Threading.Tasks.ValueTask M() { var x = ; return default; }\n}\n")
    let r = try t.run(["--no-config", "."])
    XCTAssertFalse(r.stdout.contains("Quiet.cs"), r.stdout)
    XCTAssertTrue(r.stdout.contains("Loud.cs:3:") && r.stdout.contains("VT9003"), r.stdout)
  }

  /// A file that only declares a method of a one-shot method's name (`int LoadAsync(int x)`) uses nothing
  /// the analysis acts on: like any such file, its bodies are not parsed (so this error goes unreported).
  func testAMethodDeclarationOfAOneShotNameIsNotAUse() throws {
    let t = try TempTree()
    try t.write("IRepository.cs", Self.declaringFile)
    try t.write("Decl.cs", "public class D\n{\n    public int LoadAsync(int x) { var y = ; return 1; }\n}\n")
    try t.write("Call.cs", "public class C\n{\n    public void M(IRepository r) { r.LoadAsync(); var y = ; }\n}\n")
    let r = try t.run(["--no-config", "."])
    XCTAssertFalse(r.stdout.contains("Decl.cs"), r.stdout)
    XCTAssertTrue(r.stdout.contains("Call.cs:3:") && r.stdout.contains("VT9003"), r.stdout)
  }

  /// Swift files have no first pass: each is read and lexed once, in the second. Everything a Swift file can
  /// report must still come out, among files that report nothing, whatever else is in the run.
  func testSwiftFilesWithoutAFirstPassStillReportEverything() throws {
    let t = try TempTree()
    try t.write("IRepository.cs", Self.declaringFile)
    try t.write("Plain.swift", "func add(_ a: Int, _ b: Int) -> Int { a + b }\n")
    try t.write("Unused.swift", "// vtlint:disable:next VT0103\nfunc f() { print(1) }\n")
    try t.write("Open.swift", "let s = \"never closed\n")
    try t.write("Blocking.swift", "func g() async {\n    let s = DispatchSemaphore(value: 0)\n    s.wait()\n}\n")
    let bad = Array("// caf".utf8) + [0xE9] + Array("\nlet x = 1\n".utf8)
    try Data(bad).write(to: t.root.appendingPathComponent("Encoding.swift"))
    let r = try t.run(["--no-config", "--verbose", "."])
    XCTAssertTrue(r.stdout.contains("Unused.swift:1:") && r.stdout.contains("VT9000 unused-suppression"), r.stdout)
    XCTAssertTrue(r.stdout.contains("Open.swift:1:") && r.stdout.contains("VT9003"), r.stdout)
    XCTAssertTrue(r.stdout.contains("Blocking.swift:3:") && r.stdout.contains("VT0103"), r.stdout)
    XCTAssertTrue(r.stdout.contains("Encoding.swift:1:") && r.stdout.contains("VT9002"), r.stdout)
    XCTAssertFalse(r.stdout.contains("Plain.swift:"), r.stdout)
    let verbose = r.stderr.split(separator: "\n").map(String.init)
    for name in ["Plain.swift", "Unused.swift", "Open.swift", "Blocking.swift", "Encoding.swift", "IRepository.cs"] {
      XCTAssertEqual(verbose.filter { $0.hasSuffix(" " + name) }, ["linted: \(name)"], r.stderr)
    }
  }

  /// A run of one C# file lints over its first-pass tree; a run of the same file with a second, unrelated
  /// one parses it again. Both report the same.
  func testOneFileRunReportsWhatAManyFileRunReports() throws {
    let t = try TempTree()
    try t.write(
      "Twice.cs",
      """
      using System.Threading.Tasks;
      public interface ISource { ValueTask<int> NextAsync(); }
      public class Twice
      {
          // vtlint:disable:next VT0004
          public async Task<int> RunAsync(ISource s)
          {
              var vt = s.NextAsync();
              return await vt + await vt;
          }
          public int Broken() { return ValueTask.CompletedTask. ; }
      }

      """)
    try t.write("Other.cs", "public class Other { }\n")
    let alone = try t.run(["--no-config", "--format", "json", "--show-good", "Twice.cs"])
    let together = try t.run(["--no-config", "--format", "json", "--show-good", "Twice.cs", "Other.cs"])
    XCTAssertEqual(alone.code, together.code)
    XCTAssertTrue(alone.stdout.contains("VT0001") && alone.stdout.contains("VT9003"), alone.stdout)
    func findings(_ json: String) throws -> [[String: AnyHashable]] {
      let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
      return (object?["findings"] as? [[String: Any]] ?? []).map { finding in
        finding.compactMapValues { $0 as? AnyHashable }
      }
    }
    let aloneFindings = try findings(alone.stdout)
    XCTAssertFalse(aloneFindings.isEmpty)
    XCTAssertEqual(aloneFindings, try findings(together.stdout))
  }
}
