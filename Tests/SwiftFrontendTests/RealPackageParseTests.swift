import Foundation
import SwiftFrontend
import XCTest

/// Zero syntax errors on real, valid Swift. Opt-in (it extracts and parses tens of MB): set
/// `VTLINT_REAL_SWIFT=1`; packages come from the local store (`/opt/swift-packages`) at the versions the
/// project's study used, extracted under a temporary directory and never kept.
final class RealPackageParseTests: XCTestCase {
  static let packages: [(repo: String, tag: String)] = [
    ("apple/swift-nio", "2.101.3"), ("swift-server/async-http-client", "1.37.0"), ("vapor/vapor", "4.122.3"),
    ("hummingbird-project/hummingbird", "2.28.1"), ("apple/swift-async-algorithms", "1.1.4"),
    ("grpc/grpc-swift-2", "2.4.3"), ("vapor/postgres-nio", "1.33.2"),
  ]

  func testRealPackagesParseWithoutErrors() throws {
    guard ProcessInfo.processInfo.environment["VTLINT_REAL_SWIFT"] == "1" else {
      throw XCTSkip("set VTLINT_REAL_SWIFT=1 to parse the local Swift packages")
    }
    let store = URL(fileURLWithPath: "/opt/swift-packages")
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("vtlint-real-swift-\(getpid())")
    defer { try? FileManager.default.removeItem(at: scratch) }
    var failures: [String] = []
    for (repo, tag) in Self.packages {
      let gitDir = store.appendingPathComponent(repo + ".git").path
      guard FileManager.default.fileExists(atPath: gitDir) else { continue }
      let target = scratch.appendingPathComponent(repo)
      try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/bin/sh")
      process.arguments = ["-c", "git --git-dir='\(gitDir)' archive '\(tag)' | tar -x -C '\(target.path)'"]
      try process.run()
      process.waitUntilExit()
      let enumerator = FileManager.default.enumerator(atPath: target.path)
      while let rel = enumerator?.nextObject() as? String {
        guard rel.hasSuffix(".swift"), let data = FileManager.default.contents(atPath: target.path + "/" + rel) else {
          continue
        }
        let tree = SwiftFrontend.Parser.parse([UInt8](data))
        for diagnostic in tree.diagnostics {
          failures.append("\(repo)/\(rel)@\(diagnostic.range.start): \(diagnostic.message)")
        }
      }
    }
    XCTAssertEqual(failures, [])
  }
}
