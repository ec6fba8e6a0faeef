import CSharpFrontend
import Foundation
import SourceModel
import XCTest

/// Opt-in: parses every `.cs` file under `$VTLINT_REAL_CODE_DIR` (real projects fetched under /tmp, never
/// committed) and fails listing each syntax diagnostic. Skipped, visibly, when the variable is unset.
final class ParserRealCodeTests: XCTestCase {
  func testRealCodeParsesWithoutDiagnostics() throws {
    guard let root = ProcessInfo.processInfo.environment["VTLINT_REAL_CODE_DIR"] else {
      throw XCTSkip("set VTLINT_REAL_CODE_DIR to a directory of real C# code to run this test")
    }
    let paths = try csharpFiles(under: root)
    var filesWithErrors = 0
    var errorCount = 0
    var lexerErrorCount = 0
    var bytes = 0
    let start = Date()
    for path in paths {
      guard let data = FileManager.default.contents(atPath: path) else { continue }
      // Decode as the driver does (UTF-16 files are transcoded).
      guard case .text(let source, _, _) = SourceDecoder.decode([UInt8](data)) else { continue }
      bytes += source.count
      let tree = Parser.parse(source)
      guard !tree.diagnostics.isEmpty else { continue }
      filesWithErrors += 1
      lexerErrorCount += tree.lexed.diagnostics.count
      errorCount += tree.diagnostics.count
      let lines = LineIndex(source)
      for diagnostic in tree.diagnostics.prefix(5) {
        print("\(path):\(lines.line(of: diagnostic.range.start)): \(diagnostic.message)")
      }
    }
    let seconds = Date().timeIntervalSince(start)
    print(
      "real code: \(paths.count) files, \(bytes) bytes, \(filesWithErrors) files with diagnostics, "
        + "\(errorCount) diagnostics (\(lexerErrorCount) from the lexer), \(String(format: "%.1f", seconds)) s")
    XCTAssertEqual(errorCount, 0)
  }

  private func csharpFiles(under root: String) throws -> [String] {
    guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
    var paths: [String] = []
    while let relative = enumerator.nextObject() as? String {
      if relative.hasSuffix(".cs") { paths.append(root + "/" + relative) }
    }
    return paths.sorted()
  }
}

/// Line numbers for messages.
private struct LineIndex {
  let starts: [Int]

  init(_ bytes: [UInt8]) {
    var starts = [0]
    for (index, byte) in bytes.enumerated() where byte == 0x0A { starts.append(index + 1) }
    self.starts = starts
  }

  func line(of offset: UInt32) -> Int {
    var low = 0
    var high = starts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if starts[mid] <= Int(offset) { low = mid } else { high = mid - 1 }
    }
    return low + 1
  }
}
