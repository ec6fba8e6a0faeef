import SourceModel

/// What `SourceReader.read(_:)` made of one path: a file to lint, a file deliberately not linted (and why),
/// or a file that could not be read (and the OS's reason). Every path the walker hands over ends up as
/// exactly one of these, so the driver can count and list all of them and nothing is dropped silently.
public enum ReadOutcome: Sendable {
  /// Decoded text, ready for the front ends.
  case source(DecodedSource)
  /// Not linted on purpose (binary, too large, not a regular file…). The driver lists these; not a finding.
  case skipped(path: String, reason: SkipReason)
  /// Could not be read. The driver turns these into a `VT9001 io-error` finding and a non-zero exit.
  case failed(path: String, failure: ReadFailure)

  /// The path this outcome is about.
  public var path: String {
    switch self {
    case .source(let decoded): return decoded.file.path
    case .skipped(let path, _), .failed(let path, _): return path
    }
  }
}

/// A file that was read and decoded, with the facts about its encoding the driver reports on.
public struct DecodedSource: Sendable {
  /// The UTF-8 bytes to lint (UTF-16 input already transcoded; a UTF-8 BOM kept as bytes).
  public let file: SourceFile
  /// How the bytes on disk were encoded.
  public let encoding: SourceDecoder.Encoding
  /// Size of the file on disk, in bytes (before any transcoding).
  public let byteCountOnDisk: Int
  /// Byte offset (into `file.bytes`) of the first byte that is not well-formed UTF-8, or `nil` when the
  /// text is clean. The file is still linted (lossily: the lexers make bad bytes error tokens); the driver
  /// reports `VT9002 invalid-encoding` at `firstInvalidUTF8Location`.
  ///
  /// For UTF-16 input with an unpaired surrogate or an odd trailing byte the decoder cannot name a useful
  /// offset and reports 0 (line 1).
  public let firstInvalidUTF8Offset: Int?

  public init(file: SourceFile, encoding: SourceDecoder.Encoding, byteCountOnDisk: Int, firstInvalidUTF8Offset: Int?) {
    self.file = file
    self.encoding = encoding
    self.byteCountOnDisk = byteCountOnDisk
    self.firstInvalidUTF8Offset = firstInvalidUTF8Offset
  }

  /// Line and column of the first invalid byte (1-based), for the `VT9002` finding.
  public var firstInvalidUTF8Location: SourceLocation? {
    firstInvalidUTF8Offset.map { file.location(of: UInt32(truncatingIfNeeded: $0)) }
  }

  /// The one-byte range of the first invalid byte, for building a `Finding` (empty range on an empty file).
  public var firstInvalidUTF8Range: ByteRange? {
    firstInvalidUTF8Offset.map { offset in
      ByteRange(offset, min(offset + 1, file.bytes.count))
    }
  }
}

/// Why a path was deliberately not linted. Listed by `--verbose` and counted in the summary.
public enum SkipReason: Sendable, Hashable, CustomStringConvertible {
  /// A FIFO, socket, character or block device, or a directory: never opened (opening a FIFO for reading
  /// blocks until a writer appears, and a device may never reach end of file).
  case notRegularFile(kind: String)
  /// Larger than `SourceReader.maxFileSize` (bytes on disk).
  case tooLarge(size: Int, limit: Int)
  /// Contains a NUL byte and has no UTF-16 BOM: a binary file that happens to have a source extension.
  case binary(detail: String)
  /// A symbolic link whose target does not exist.
  case danglingSymlink
  /// A symbolic link that resolves to itself (ELOOP).
  case symlinkLoop

  public var description: String {
    switch self {
    case .notRegularFile(let kind): return "not a regular file (\(kind))"
    case .tooLarge(let size, let limit): return "too large (\(size) bytes; the limit is \(limit) bytes)"
    case .binary(let detail): return "binary file (\(detail))"
    case .danglingSymlink: return "dangling symbolic link"
    case .symlinkLoop: return "symbolic link loop"
    }
  }
}

/// Why a path could not be read: the failing operation and the OS error, e.g. `open: Permission denied`.
public struct ReadFailure: Error, Sendable, Hashable, CustomStringConvertible {
  /// The system call that failed: `stat`, `open`, `fstat` or `read`.
  public var operation: String
  /// The `errno` value.
  public var code: Int32
  /// The OS's text for `code` (`strerror`), e.g. `Permission denied`.
  public var message: String

  public init(operation: String, code: Int32, message: String) {
    self.operation = operation
    self.code = code
    self.message = message
  }

  /// True when the file disappeared (ENOENT/ENOTDIR), e.g. deleted between walking and reading.
  public var isVanished: Bool { code == SystemIO.errnoNoEntry || code == SystemIO.errnoNotDirectory }

  /// `open: Permission denied`; the driver prefixes the path.
  public var description: String { "\(operation): \(message)" }
}
