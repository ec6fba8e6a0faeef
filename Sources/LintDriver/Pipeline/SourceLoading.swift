import Foundation
import SourceModel

/// The result of reading one path for linting.
enum LoadOutcome: Sendable {
  /// Text to lint; `invalidUTF8At` is the byte offset of the first invalid sequence, if any.
  case source(SourceFile, invalidUTF8At: Int?)
  /// Not linted on purpose (binary, too large, generated): listed, not a finding.
  case skipped(String)
  /// Could not be read: becomes a VT9001 finding.
  case failed(String)
}

/// Reads and decodes one file. A stand-in until the robustness work's `SourceReader` lands: it checks the
/// size before reading so a huge file is never loaded just to be skipped.
enum SourceLoading {
  static func load(path: String, language: Language?, maxFileSize: Int?, skipGeneratedHeaders: Bool) -> LoadOutcome {
    var st = stat()
    guard stat(path, &st) == 0 else { return .failed(String(cString: strerror(errno))) }
    let kind = st.st_mode & S_IFMT
    if kind == S_IFDIR { return .failed("is a directory") }
    if kind != S_IFREG { return .failed("not a regular file") }
    if let limit = maxFileSize, limit > 0, Int(st.st_size) > limit {
      return .skipped("too large (\(st.st_size) bytes > \(limit))")
    }
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return .failed(String(cString: strerror(errno))) }
    defer { close(fd) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        return .failed(String(cString: strerror(errno)))
      }
      if n == 0 { break }
      bytes.append(contentsOf: chunk[0..<n])
    }
    return decode(path: path, raw: bytes, language: language, skipGeneratedHeaders: skipGeneratedHeaders)
  }

  static func decode(path: String, raw: [UInt8], language: Language?, skipGeneratedHeaders: Bool) -> LoadOutcome {
    switch SourceDecoder.decode(raw) {
    case .binary(let reason):
      return .skipped("binary (\(reason))")
    case .text(let bytes, _, let firstInvalid):
      let lang = language ?? Language(path: path)
      if skipGeneratedHeaders && lang == .csharp && GeneratedCode.hasGeneratedHeader(bytes) {
        return .skipped("generated")
      }
      return .source(SourceFile(path: path, bytes: bytes, language: lang), invalidUTF8At: firstInvalid)
    }
  }
}
