/// One file's bytes as the front ends see them: always UTF-8 (UTF-16 input is transcoded on load, a BOM is
/// kept as bytes so offsets match what the lexer tiles), plus its line table.
public final class SourceFile: Sendable {
  /// Path as given by the user or the walker, with `/` separators; used in every report.
  public let path: String
  public let bytes: [UInt8]
  public let lines: LineTable
  public let language: Language?

  public init(path: String, bytes: [UInt8], language: Language? = nil) {
    self.path = path
    self.bytes = bytes
    self.lines = LineTable(bytes: bytes)
    self.language = language ?? Language(path: path)
  }

  public convenience init(path: String, text: String, language: Language? = nil) {
    self.init(path: path, bytes: Array(text.utf8), language: language)
  }

  public func location(of offset: UInt32) -> SourceLocation {
    bytes.withUnsafeBufferPointer { lines.location(of: offset, in: $0) }
  }

  /// The text of a range, decoded leniently (invalid bytes become U+FFFD). For messages, not hot paths.
  public func text(_ range: ByteRange) -> String {
    let lo = min(Int(range.start), bytes.count)
    let hi = min(max(Int(range.end), lo), bytes.count)
    return String(decoding: bytes[lo..<hi], as: UTF8.self)
  }

  /// The text of the 1-based `line`, without its line terminator.
  public func lineText(_ line: Int) -> String {
    guard line >= 1 && line <= lines.lineCount else { return "" }
    let start = Int(lines.lineStarts[line - 1])
    var end = line < lines.lineCount ? Int(lines.lineStarts[line]) : bytes.count
    while end > start && (bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D) { end -= 1 }
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }
}
