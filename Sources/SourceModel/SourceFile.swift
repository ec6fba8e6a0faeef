#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// One file's bytes as the front ends see them: always UTF-8 (UTF-16 input is transcoded on load, a BOM is
/// kept as bytes so offsets match what the lexer tiles), plus its line table.
///
/// The line table is built on first use: only files with findings or suppression directives ask for lines
/// and columns, and building it was the largest cost of reading a file. A file may be shared between
/// threads, so the first build is guarded by a lock (uncontended: one file is linted by one thread).
public final class SourceFile: @unchecked Sendable {
  /// Path as given by the user or the walker, with `/` separators; used in every report.
  public let path: String
  public let bytes: [UInt8]
  public let language: Language?

  /// Guards `builtLines`; allocated and initialized in `init`, destroyed in `deinit`.
  private let lock: UnsafeMutablePointer<pthread_mutex_t>
  /// Written once, under `lock`.
  private var builtLines: LineTable?

  public init(path: String, bytes: [UInt8], language: Language? = nil) {
    self.path = path
    self.bytes = bytes
    self.language = language ?? Language(path: path)
    lock = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    lock.initialize(to: pthread_mutex_t())
    pthread_mutex_init(lock, nil)
  }

  public convenience init(path: String, text: String, language: Language? = nil) {
    self.init(path: path, bytes: Array(text.utf8), language: language)
  }

  deinit {
    pthread_mutex_destroy(lock)
    lock.deinitialize(count: 1)
    lock.deallocate()
  }

  /// Where each line starts; built on first use.
  public var lines: LineTable {
    pthread_mutex_lock(lock)
    defer { pthread_mutex_unlock(lock) }
    if let builtLines { return builtLines }
    let table = LineTable(bytes: bytes)
    builtLines = table
    return table
  }

  public func location(of offset: UInt32) -> SourceLocation {
    let table = lines
    return bytes.withUnsafeBufferPointer { table.location(of: offset, in: $0) }
  }

  /// The text of a range, decoded leniently (invalid bytes become U+FFFD). For messages, not hot paths.
  public func text(_ range: ByteRange) -> String {
    let lo = min(Int(range.start), bytes.count)
    let hi = min(max(Int(range.end), lo), bytes.count)
    return String(decoding: bytes[lo..<hi], as: UTF8.self)
  }

  /// The text of the 1-based `line`, without its line terminator.
  public func lineText(_ line: Int) -> String {
    let table = lines
    guard line >= 1 && line <= table.lineCount else { return "" }
    let start = Int(table.lineStarts[line - 1])
    var end = line < table.lineCount ? Int(table.lineStarts[line]) : bytes.count
    while end > start && (bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D) { end -= 1 }
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }
}
