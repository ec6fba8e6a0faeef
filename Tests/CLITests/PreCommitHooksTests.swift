import Foundation
import XCTest

/// The shape of `.pre-commit-hooks.yaml` that pre-commit relies on (the real tool runs in
/// `.ci/pre-commit-check.sh`): two hooks, OR-ed file types (`types` would AND them and match nothing),
/// one process per commit, and `--force-exclude` so configured excludes apply to the staged files.
final class PreCommitHooksTests: XCTestCase {
  func testHooksFile() throws {
    let text = try String(
      contentsOf: CLIRunner.packageRoot.appendingPathComponent(".pre-commit-hooks.yaml"), encoding: .utf8)
    let hooks = text.components(separatedBy: "\n- id: ").dropFirst()
    XCTAssertEqual(hooks.count, 2, text)
    var languages: [String] = []
    for hook in hooks {
      let lines = hook.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
      languages += lines.filter { $0.hasPrefix("language:") }
      XCTAssertTrue(lines.contains("entry: vtlint check"), hook)
      XCTAssertTrue(lines.contains("args: [--force-exclude]"), hook)
      XCTAssertTrue(lines.contains("types_or: [c#, swift]"), hook)
      XCTAssertTrue(lines.contains("require_serial: true"), hook)
      XCTAssertFalse(lines.contains { $0.hasPrefix("types:") }, hook)
    }
    XCTAssertEqual(languages.sorted(), ["language: swift", "language: system"])
  }
}
