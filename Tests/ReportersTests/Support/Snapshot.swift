import Foundation
import XCTest

/// Full-output comparisons against files under `Tests/ReportersTests/Snapshots`. Run with
/// `VTLINT_UPDATE_SNAPSHOTS=1` to rewrite them on purpose; a missing snapshot is a failure, never silently
/// created.
enum Snapshot {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Snapshots")

  static func assertMatches(_ actual: String, named name: String, file: StaticString = #filePath, line: UInt = #line) {
    let url = directory.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["VTLINT_UPDATE_SNAPSHOTS"] == "1" {
      try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      XCTAssertNoThrow(try Data(actual.utf8).write(to: url), file: file, line: line)
      return
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
      XCTFail("missing snapshot \(name); run with VTLINT_UPDATE_SNAPSHOTS=1 to create it", file: file, line: line)
      return
    }
    let expected = String(decoding: data, as: UTF8.self)
    if expected != actual {
      let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
      let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
      let first = zip(e, a).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(e.count, a.count)
      XCTFail(
        "\(name) differs at line \(first + 1):\n expected: \(first < e.count ? String(e[first]) : "<end>")\n"
          + "   actual: \(first < a.count ? String(a[first]) : "<end>")",
        file: file, line: line)
    }
  }
}

/// Test resources shipped with the target (`Resources/`).
enum TestResources {
  static func text(_ name: String) throws -> String {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Resources").appendingPathComponent(name)
    let bundled = Bundle.module.url(forResource: "Resources/" + name, withExtension: nil)
    let data = try Data(contentsOf: bundled ?? url)
    return String(decoding: data, as: UTF8.self)
  }
}
