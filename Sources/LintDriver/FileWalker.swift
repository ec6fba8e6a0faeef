import Foundation
import SourceModel

/// Finds the files to lint under the given paths. Explicit files are always returned; directories are
/// walked for `.cs` and `.swift` files, skipping hidden entries.
public enum FileWalker {
  public static func files(under paths: [String]) throws -> [String] {
    var result: [String] = []
    let fm = FileManager.default
    for path in paths {
      var isDir: ObjCBool = false
      guard fm.fileExists(atPath: path, isDirectory: &isDir) else { throw WalkError.noSuchPath(path) }
      if !isDir.boolValue {
        result.append(path)
        continue
      }
      guard let enumerator = fm.enumerator(atPath: path) else { continue }
      var found: [String] = []
      while let rel = enumerator.nextObject() as? String {
        let name = (rel as NSString).lastPathComponent
        if name.hasPrefix(".") {
          enumerator.skipDescendants()
          continue
        }
        if Language(path: rel) != nil {
          found.append(path == "." ? rel : (path.hasSuffix("/") ? path + rel : path + "/" + rel))
        }
      }
      result.append(contentsOf: found.sorted())
    }
    return result
  }

  public enum WalkError: Error, CustomStringConvertible {
    case noSuchPath(String)

    public var description: String {
      switch self {
      case .noSuchPath(let p): return "\(p): no such file or directory"
      }
    }
  }
}
