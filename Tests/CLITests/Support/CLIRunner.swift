import Foundation
import XCTest

/// Runs the built `vtlint` binary the way a user or CI does, and captures exit code, stdout and stderr.
enum CLIRunner {
  struct Result {
    var code: Int32
    var stdout: String
    var stderr: String
  }

  /// The `vtlint` executable next to the test bundle (`.build/<config>/vtlint`).
  static let binary: URL = {
    var candidates: [URL] = []
    let bundle = Bundle(for: Marker.self).bundleURL
    candidates.append(bundle.deletingLastPathComponent().appendingPathComponent("vtlint"))
    candidates.append(bundle.appendingPathComponent("vtlint"))
    candidates.append(Bundle.main.bundleURL.appendingPathComponent("vtlint"))
    let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    candidates.append(packageRoot.appendingPathComponent(".build/debug/vtlint"))
    for url in candidates where FileManager.default.isExecutableFile(atPath: url.path) { return url }
    return candidates[0]
  }()

  /// The package root (for the committed docs and the pre-commit files).
  static let packageRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static func run(_ arguments: [String], in directory: URL, stdin: String? = nil, environment: [String: String] = [:])
    throws -> Result
  {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = directory
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    for (k, v) in environment { env[k] = v }
    process.environment = env
    let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("vtlint-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: tmp) }
    let outURL = tmp.appendingPathComponent("out")
    let errURL = tmp.appendingPathComponent("err")
    let inURL = tmp.appendingPathComponent("in")
    for (url, contents) in [(outURL, Data()), (errURL, Data()), (inURL, Data((stdin ?? "").utf8))] {
      guard FileManager.default.createFile(atPath: url.path, contents: contents) else {
        throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
      }
    }
    let out = try FileHandle(forWritingTo: outURL)
    let err = try FileHandle(forWritingTo: errURL)
    process.standardOutput = out
    process.standardError = err
    process.standardInput = try FileHandle(forReadingFrom: inURL)
    try process.run()
    process.waitUntilExit()
    try out.close()
    try err.close()
    return Result(
      code: process.terminationStatus,
      stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
  }

  private final class Marker {}
}

/// A throwaway directory tree for one test.
final class TempTree {
  let root: URL

  init() throws {
    root = FileManager.default.temporaryDirectory.appendingPathComponent("vtlint-tree-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: root) }

  @discardableResult
  func write(_ relative: String, _ text: String) throws -> URL {
    let url = root.appendingPathComponent(relative)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
    return url
  }

  func read(_ relative: String) throws -> String {
    String(decoding: try Data(contentsOf: root.appendingPathComponent(relative)), as: UTF8.self)
  }

  func exists(_ relative: String) -> Bool {
    FileManager.default.fileExists(atPath: root.appendingPathComponent(relative).path)
  }

  func run(_ arguments: [String], stdin: String? = nil) throws -> CLIRunner.Result {
    try CLIRunner.run(arguments, in: root, stdin: stdin)
  }
}
