import Foundation
import LintDriver
import SourceModel

/// Finds the fixtures and groups them into projects. Every fixture file is its own project, except the
/// files under a directory whose name ends in `.project`, which are linted together (cross-file index).
public enum FixtureProjects {
  /// `Fixtures/` at the package root, found from this source file's location.
  public static var fixturesRoot: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Fixtures")
  }

  /// Projects under `root` (relative paths from the package root, `/`-separated, sorted).
  public static func projects(under root: URL = fixturesRoot) -> [[String]] {
    let packageRoot = root.deletingLastPathComponent().path
    var singles: [[String]] = []
    var grouped: [String: [String]] = [:]
    let enumerator = FileManager.default.enumerator(atPath: root.path)
    while let rel = enumerator?.nextObject() as? String {
      guard Language(path: rel) != nil else { continue }
      let relToPackage = "Fixtures/" + rel
      if let projectDir = rel.split(separator: "/").dropLast().firstIndex(where: { $0.hasSuffix(".project") }) {
        let key = rel.split(separator: "/")[...projectDir].joined(separator: "/")
        grouped[key, default: []].append(relToPackage)
      } else {
        singles.append([relToPackage])
      }
    }
    _ = packageRoot
    return (singles + grouped.values.map { $0.sorted() }).sorted { $0[0] < $1[0] }
  }

  /// Loads a project's files with package-relative paths (what findings and expectations name).
  public static func load(_ project: [String], packageRoot: URL = fixturesRoot.deletingLastPathComponent()) throws
    -> [SourceFile]
  {
    try project.map { rel in
      let data = try Data(contentsOf: packageRoot.appendingPathComponent(rel))
      return SourceFile(path: rel, bytes: [UInt8](data))
    }
  }
}
