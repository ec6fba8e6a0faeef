import Foundation
import XCTest

@testable import LintDriver

/// The walker's ignore decisions must agree with git's own (`git check-ignore`) on a generated tree that
/// exercises negation, anchoring, `**`, directory-only patterns, escapes, character classes, nested
/// `.gitignore` files, a `.gitignore` above the walked root and `.git/info/exclude`.
final class GitIgnoreAgreementTests: XCTestCase {
  static let ignoreFiles: [String: String] = [
    ".gitignore": """
    # comment line
    *.tmp.cs
    /Anchored.cs
    build/
    docs/**/gen.cs
    **/deep/*.cs
    !keep.tmp.cs
    \\#hash.cs
    \\!bang.cs
    space.cs\\ 
    trailing.cs   
    [Cc]lass?.cs
    logs/**
    !logs/important.cs
    out
    """,
    "src/.gitignore": """
    local.cs
    /only-here.cs
    nested/
    !nested/
    sub/*.cs
    !sub/Keep*.cs
    a/**/b.cs
    """,
    "src/app/.gitignore": """
    !local.cs
    *.g2.cs
    [!x]y.cs
    """,
  ]

  static let files = [
    "Root.cs", "Anchored.cs", "x.tmp.cs", "keep.tmp.cs", "#hash.cs", "!bang.cs", "space.cs ", "space.cs",
    "trailing.cs", "Class1.cs", "class2.cs", "ClassAB.cs", "build/B.cs", "src/build/B.cs", "docs/gen.cs",
    "docs/a/gen.cs", "docs/a/b/gen.cs", "deep/D.cs", "x/deep/D.cs", "x/y/deep/D.cs", "x/deep/z/D.cs",
    "logs/a.cs", "logs/important.cs", "logs/sub/important.cs", "out/o.cs", "x/out", "src/out.cs/f.cs",
    "src/local.cs", "src/Anchored.cs", "src/only-here.cs", "src/app/only-here.cs", "src/nested/n.cs",
    "src/sub/s.cs", "src/sub/KeepMe.cs", "src/sub/deeper/s.cs", "src/a/b.cs", "src/a/x/y/b.cs", "src/app/local.cs",
    "src/app/z.g2.cs", "src/app/ay.cs", "src/app/xy.cs", "src/app/deep/q.cs", "src/app/info.cs", "excluded-by-info.cs",
    ".hidden/h.cs", "src/.dot.cs",
  ]

  func testWalkerAgreesWithGitCheckIgnore() throws {
    let t = try TempTree()
    let git = try XCTUnwrap(Self.which("git"), "git is needed for this test")
    _ = try Self.shell(git, ["init", "-q"], in: t.root)
    for (path, text) in Self.ignoreFiles { try t.write(path, text + "\n") }
    try t.write(".git/info/exclude", "excluded-by-info.cs\n")
    for file in Self.files { try t.write(file, "class C { }\n") }

    let candidates = Self.files.filter { $0.hasSuffix(".cs") }
    let ignoredOutput = try Self.shell(
      git, ["check-ignore", "--no-index", "--stdin"], in: t.root, input: candidates.joined(separator: "\n") + "\n",
      allowExit: [0, 1])
    let ignored = Set(ignoredOutput.split(separator: "\n").map(String.init))
    let expected = Set(candidates).subtracting(ignored)

    var options = WalkOptions()
    options.hidden = true
    let walked = try FileWalker(options: options, workingDirectory: t.root.path).walk(["."])
    let actual = Set(walked.files.map(\.path))
    XCTAssertFalse(ignored.isEmpty)
    XCTAssertEqual(actual.subtracting(expected).sorted(), [], "walked but git ignores")
    XCTAssertEqual(expected.subtracting(actual).sorted(), [], "git keeps but walker skipped")

    // Walking a subdirectory honours the .gitignore files above it.
    let sub = try FileWalker(options: options, workingDirectory: t.root.path).walk(["src/app"])
    XCTAssertEqual(
      Set(sub.files.map(\.path)), Set(expected.filter { $0.hasPrefix("src/app/") }), "subdirectory walk")
  }

  static func which(_ tool: String) -> String? {
    for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
      let path = "\(dir)/\(tool)"
      if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    return nil
  }

  @discardableResult
  static func shell(_ tool: String, _ args: [String], in dir: URL, input: String = "", allowExit: Set<Int32> = [0])
    throws -> String
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = args
    process.currentDirectoryURL = dir
    let out = Pipe()
    let inp = Pipe()
    process.standardOutput = out
    process.standardInput = inp
    try process.run()
    inp.fileHandleForWriting.write(Data(input.utf8))
    try inp.fileHandleForWriting.close()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    XCTAssertTrue(allowExit.contains(process.terminationStatus), "\(tool) \(args) exited \(process.terminationStatus)")
    return String(decoding: data, as: UTF8.self)
  }
}
