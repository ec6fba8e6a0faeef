import Foundation

/// Writes a file so that readers never see half of it: a temporary file in the same directory, then a
/// rename over the target.
public enum AtomicFile {
  public struct WriteError: Error, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "\(path): cannot write: \(reason)" }
  }

  public static func write(_ text: String, to path: String) throws { try write(bytes: Array(text.utf8), to: path) }

  /// `write(_:to:)` for bytes.
  public static func write(bytes: [UInt8], to path: String) throws {
    let directory = (path as NSString).deletingLastPathComponent
    let dir = directory.isEmpty ? "." : directory
    let temp = dir + "/.\((path as NSString).lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
    guard FileManager.default.createFile(atPath: temp, contents: Data(bytes)) else {
      throw WriteError(path: path, reason: String(cString: strerror(errno)))
    }
    if rename(temp, path) != 0 {
      let reason = String(cString: strerror(errno))
      unlink(temp)
      throw WriteError(path: path, reason: reason)
    }
  }
}
