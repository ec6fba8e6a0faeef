import CSharpFrontend
import Foundation
import VTLintTestSupport
import XCTest

/// Every C# fixture cut at many byte offsets (and with a byte dropped) still parses to the end: no crash, no
/// hang, and a diagnostic wherever the cut left something unfinished. Set `VTLINT_REAL_CODE_DIR` to run the
/// same over real projects.
final class ParserTruncationTests: XCTestCase {
  func testTruncatedFixturesParse() throws {
    var files: [[UInt8]] = []
    for project in FixtureProjects.projects() {
      for file in try FixtureProjects.load(project) where file.language == .csharp { files.append(file.bytes) }
    }
    XCTAssertGreaterThan(files.count, 4)
    let cuts = exercise(files, cutsPerFile: 24)
    XCTAssertGreaterThan(cuts, files.count * 10)
  }

  func testTruncatedRealCodeParses() throws {
    guard let root = ProcessInfo.processInfo.environment["VTLINT_REAL_CODE_DIR"] else {
      throw XCTSkip("set VTLINT_REAL_CODE_DIR to a directory of real C# code to run this test")
    }
    var files: [[UInt8]] = []
    let enumerator = FileManager.default.enumerator(atPath: root)
    while let relative = enumerator?.nextObject() as? String, files.count < 400 {
      guard relative.hasSuffix(".cs"), let data = FileManager.default.contents(atPath: root + "/" + relative) else {
        continue
      }
      files.append([UInt8](data))
    }
    _ = exercise(files, cutsPerFile: 8)
  }

  /// Parses prefixes of each file and copies with one byte removed; returns how many variants were parsed.
  private func exercise(_ files: [[UInt8]], cutsPerFile: Int) -> Int {
    var generator = SplitMix(seed: 0x5eed)
    var parsed = 0
    for bytes in files where bytes.count > 1 {
      for _ in 0..<cutsPerFile {
        let cut = Int(generator.next() % UInt64(bytes.count))
        let prefix = Array(bytes[..<cut])
        let tree = Parser.parse(prefix)
        XCTAssertNotNil(tree.root)
        var dropped = bytes
        dropped.remove(at: cut)
        _ = Parser.parse(dropped)
        parsed += 2
      }
    }
    return parsed
  }
}
