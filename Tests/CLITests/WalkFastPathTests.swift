import XCTest

@testable import LintDriver

/// The walker's shortcuts (an ignore pattern's literal first and last bytes checked before the matcher,
/// generated-file names compared as bytes) must decide exactly as the plain algorithms do.
final class WalkFastPathTests: XCTestCase {
  static let patterns = [
    "*.suo", "*.user", "[Dd]ebug/", "[Bb]in/", "bld/", "*.[Cc]ache", "!*.[Cc]ache/", "_ReSharper*/", "*.g.cs",
    "/Anchored.cs", "docs/**/gen.cs", "**/deep/*.cs", "!keep.tmp.cs", "\\#hash.cs", "\\!bang.cs", "a\\*b",
    "x?", "?y", "[!x]y.cs", "logs/**", "!logs/important.cs", "out", "*~", "~$*", "[", "ab[", "tail\\",
    "*.[0-9]", "[[:upper:]]*.cs", "src/*/x.cs", "**/obj", "z",
  ]

  static let paths = [
    "a.suo", "dir/x.user", "Debug", "debug", "src/Bin", "bld", "x.cache", "x.Cache", "_ReSharper.X", "m.g.cs",
    "Anchored.cs", "sub/Anchored.cs", "docs/a/b/gen.cs", "docs/gen.cs", "q/deep/r.cs", "keep.tmp.cs", "#hash.cs",
    "!bang.cs", "a*b", "axb", "xy", "zy", "xz", "yy", "logs/a/b", "logs/important.cs", "out", "file~", "~$doc",
    "[", "ab[", "tail\\", "v.1", "Abc.cs", "abc.cs", "src/k/x.cs", "src/k/l/x.cs", "a/b/obj", "z", "zz", "é.cs",
  ]

  func testDecisionsMatchThePlainMatcher() {
    let base = "/repo"
    let parsed = Self.patterns.compactMap { IgnorePattern(line: $0[...], origin: "test") }
    XCTAssertEqual(parsed.count, Self.patterns.count)
    // Every suffix of the pattern list, so each pattern gets to be the last word.
    for start in parsed.indices {
      let file = IgnoreFile(base: base, patterns: Array(parsed[start...]))
      for relative in Self.paths {
        for isDirectory in [false, true] {
          let bytes = Array(relative.utf8)
          let name = Array(bytes[((bytes.lastIndex(of: UInt8(ascii: "/")) ?? -1) + 1)...])
          var expected: Bool?
          for pattern in file.patterns.reversed()
          where pattern.matches(relative: bytes, name: name, isDirectory: isDirectory) {
            expected = !pattern.negated
            break
          }
          let got = file.decision(absolutePath: base + "/" + relative, isDirectory: isDirectory)
          XCTAssertEqual(got, expected, "\(relative) dir=\(isDirectory) from pattern \(start)")
        }
      }
      XCTAssertNil(file.decision(absolutePath: "/other/a.suo", isDirectory: false))
      XCTAssertNil(file.decision(absolutePath: base, isDirectory: true))
    }
  }

  func testGeneratedNames() {
    for name in [
      "a.g.cs", "A.G.CS", "x/y/Form1.Designer.cs", "b.g.i.cs", "c.generated.cs", "TemporaryGeneratedFile_1.cs",
      "dir/temporarygeneratedfile_x.cs", "d/x.g.cs/",
    ] {
      XCTAssertTrue(GeneratedCode.isGenerated(path: name), name)
    }
    for name in ["a.cs", "g.cs", "a.g.swift", "x.designer.cs.bak", "TemporaryGeneratedFile_", "a.g.cs/x.cs", "", "/"] {
      XCTAssertFalse(GeneratedCode.isGenerated(path: name), name)
    }
  }
}
