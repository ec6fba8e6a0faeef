import Foundation
import XCTest

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs the built `vtlint` binary (located like `CLIRunner`) on hostile inputs, with a hard time limit: a
/// run that blocks (on a FIFO) or goes quadratic is killed and reported as timed out instead of hanging
/// the suite. Optionally runs it as the unprivileged user `nobody` (via `setpriv`), because the tests run
/// as root and root reads `chmod 000` files and enters `chmod 000` directories anyway.
enum HostileRunner {
  struct Outcome {
    var code: Int32
    var stdout: String
    var stderr: String
    var timedOut: Bool
    var seconds: Double

    /// `--format json` output, parsed.
    var json: [String: Any] {
      (try? JSONSerialization.jsonObject(with: Data(stdout.utf8))) as? [String: Any] ?? [:]
    }

    var findings: [[String: Any]] { json["findings"] as? [[String: Any]] ?? [] }

    func findings(rule: String, path: String? = nil) -> [[String: Any]] {
      findings.filter { ($0["rule"] as? String) == rule && (path == nil || ($0["path"] as? String) == path) }
    }

    var skippedPaths: [String] { (json["skipped"] as? [[String: Any]] ?? []).compactMap { $0["path"] as? String } }

    var summary: [String: Any] { json["summary"] as? [String: Any] ?? [:] }

    /// Every line `--verbose` wrote about `path` (`linted: …`, `skipped: …`, `failed: …`).
    func verboseLines(about path: String) -> [String] {
      stderr.split(separator: "\n").map(String.init).filter {
        ($0.hasPrefix("linted: ") || $0.hasPrefix("skipped: ") || $0.hasPrefix("failed: ")) && $0.contains(path)
      }
    }
  }

  /// `setpriv` drops to uid/gid 65534 (nobody) for one child process; absent on some systems.
  static let canDropPrivileges: Bool = {
    geteuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")
  }()

  static func run(
    _ arguments: [String], in directory: URL, timeout: Double = 60, asNobody: Bool = false
  ) throws -> Outcome {
    let process = Process()
    if asNobody {
      process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
      process.arguments =
        ["--reuid=65534", "--regid=65534", "--clear-groups", CLIRunner.binary.path] + arguments
    } else {
      process.executableURL = CLIRunner.binary
      process.arguments = arguments
    }
    process.currentDirectoryURL = directory
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    process.environment = env
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("vtlint-hostile-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let outURL = scratch.appendingPathComponent("out")
    let errURL = scratch.appendingPathComponent("err")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let out = try FileHandle(forWritingTo: outURL)
    let err = try FileHandle(forWritingTo: errURL)
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    let start = Date()
    try process.run()
    var timedOut = false
    while process.isRunning {
      if Date().timeIntervalSince(start) > timeout {
        timedOut = true
        kill(process.processIdentifier, SIGKILL)
        break
      }
      usleep(20_000)
    }
    process.waitUntilExit()
    try out.close()
    try err.close()
    return Outcome(
      code: process.terminationStatus,
      stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self),
      timedOut: timedOut, seconds: Date().timeIntervalSince(start))
  }
}

/// A temporary directory for one hostile test, world-readable so `nobody` can walk it; made removable
/// again (permissions restored) before deletion.
final class HostileTree {
  let root: URL

  init() throws {
    root = FileManager.default.temporaryDirectory.appendingPathComponent("vtlint-hostile-tree-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    chmod(root.path, 0o755)
  }

  deinit {
    if let e = FileManager.default.enumerator(atPath: root.path) {
      while let rel = e.nextObject() as? String { chmod(root.appendingPathComponent(rel).path, 0o755) }
    }
    try? FileManager.default.removeItem(at: root)
  }

  func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

  @discardableResult
  func write(_ relative: String, _ bytes: [UInt8]) throws -> String {
    let url = root.appendingPathComponent(relative)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: url)
    chmod(url.path, 0o644)
    return url.path
  }

  @discardableResult
  func write(_ relative: String, _ text: String) throws -> String { try write(relative, Array(text.utf8)) }

  func run(_ arguments: [String], timeout: Double = 60, asNobody: Bool = false) throws -> HostileRunner.Outcome {
    try HostileRunner.run(arguments, in: root, timeout: timeout, asNobody: asNobody)
  }
}
