import SourceModel

/// Reads one path safely and decodes it: never blocks, never crashes, and always says what happened.
///
/// The sequence for each path:
/// 1. `lstat`, then `stat` if it is a symbolic link (a dangling link or a loop is skipped, not failed).
/// 2. Anything but a regular file (FIFO, socket, device, directory) is skipped **without being opened**.
/// 3. Files larger than `maxFileSize` are skipped and listed (see `defaultMaxFileSize`).
/// 4. `open(O_RDONLY|O_NONBLOCK)`, `fstat` again on the descriptor (the path may have been swapped since
///    step 1), then one `read` of the `fstat` size straight into the `[UInt8]` the lexers use: one
///    allocation, no `Data` copy.
/// 5. `SourceDecoder` decides the encoding: UTF-16 with a BOM is transcoded, a NUL byte means binary
///    (skipped), invalid UTF-8 is kept and its first offset reported.
///
/// A file the directory listing itself called regular (`knownRegular`: `readdir` said so, and nothing but
/// a regular file is one) starts at step 4: its `fstat` checks the type and size again, and a path swapped
/// for a FIFO since does not block the non-blocking `open`. That saves the `lstat` (a path lookup) a file.
///
/// A file that vanished between walking and reading, or that the OS refuses (EACCES), is a
/// `ReadOutcome.failed` carrying the OS error text.
///
/// The reader is a value with no shared state, so one instance can be used from many threads at once.
public struct SourceReader: Sendable {
  /// 10 MiB. Hand-written C# and Swift files are far smaller; files above this are almost always generated
  /// or data, and skipping them keeps a run's memory and time bounded. Configurable per reader.
  public static let defaultMaxFileSize = 10 * 1024 * 1024

  /// The largest size `maxFileSize` may be set to: byte offsets in the front ends are `UInt32`.
  public static let hardMaxFileSize = Int(UInt32.max) - 1

  /// Files with more bytes than this on disk are skipped with `SkipReason.tooLarge`.
  public let maxFileSize: Int

  /// Threads lent to a run of one file: a file of `readInHalvesFrom` bytes or more is read in two halves
  /// at once (the kernel's copy into fresh memory was the one part of such a run left on one thread).
  public var parallel: ParallelJobs?

  /// Files from this size are read in halves when threads are lent.
  public static let readInHalvesFrom = 8 << 20

  public init(maxFileSize: Int = SourceReader.defaultMaxFileSize, parallel: ParallelJobs? = nil) {
    self.maxFileSize = max(0, min(maxFileSize, SourceReader.hardMaxFileSize))
    self.parallel = parallel
  }

  /// Reads and decodes `path`. `language` overrides detection by extension (e.g. for `--stdin-filename`).
  public func read(_ path: String, language: Language? = nil, knownRegular: Bool = false) -> ReadOutcome {
    switch readBytes(path, knownRegular: knownRegular) {
    case .failed(let failure): return .failed(path: path, failure: failure)
    case .skipped(let reason): return .skipped(path: path, reason: reason)
    case .bytes(let raw): return Self.decode(raw, path: path, language: language)
    }
  }

  /// Decodes bytes already in memory (stdin, tests) exactly as `read` decodes a file.
  public static func decode(_ raw: [UInt8], path: String, language: Language? = nil) -> ReadOutcome {
    let size = raw.count
    switch SourceDecoder.decode(raw) {
    case .binary(let reason):
      return .skipped(path: path, reason: .binary(detail: reason))
    case .text(let bytes, let encoding, let firstInvalid):
      let file = SourceFile(path: path, bytes: bytes, language: language)
      return .source(
        DecodedSource(file: file, encoding: encoding, byteCountOnDisk: size, firstInvalidUTF8Offset: firstInvalid))
    }
  }

  /// The raw bytes of `path`, or why not.
  public enum RawRead: Sendable {
    case bytes([UInt8])
    case skipped(SkipReason)
    case failed(ReadFailure)
  }

  /// Steps 1-4 above, without decoding (from step 4 when the path is `knownRegular`).
  public func readBytes(_ path: String, knownRegular: Bool = false) -> RawRead {
    var status: SystemIO.Status
    if !knownRegular {
      // 1-2: look before opening.
      switch SystemIO.status(of: path, followLinks: false) {
      case .failure(let failure): return .failed(failure)
      case .success(let s): status = s
      }
      if status.kind == .symlink {
        switch SystemIO.status(of: path, followLinks: true) {
        case .failure(let failure):
          if failure.code == SystemIO.errnoLoop { return .skipped(.symlinkLoop) }
          if failure.code == SystemIO.errnoNoEntry { return .skipped(.danglingSymlink) }
          return .failed(failure)
        case .success(let s): status = s
        }
      }
      guard status.kind == .regular else { return .skipped(.notRegularFile(kind: status.kind.name)) }
      // 3: size limit, checked before any allocation.
      if status.size > maxFileSize { return .skipped(.tooLarge(size: status.size, limit: maxFileSize)) }
    }

    // 4: open without blocking, re-check the descriptor, read.
    let fd: Int32
    switch SystemIO.openForReading(path) {
    case .failure(let failure): return .failed(failure)
    case .success(let d): fd = d
    }
    defer { SystemIO.closeDescriptor(fd) }
    switch SystemIO.status(of: fd) {
    case .failure(let failure): return .failed(failure)
    case .success(let s): status = s
    }
    guard status.kind == .regular else { return .skipped(.notRegularFile(kind: status.kind.name)) }
    if status.size > maxFileSize { return .skipped(.tooLarge(size: status.size, limit: maxFileSize)) }
    return readContents(fd, expectedSize: status.size)
  }

  /// `SystemIO.readFully` of the whole buffer, as two `pread`s at once. The count read is what one read
  /// gives: all of the first half and what the second got, or only what the first got if the file ended
  /// in it. The descriptor's position is left where it was (at the start): a file that grew is read as
  /// its `fstat` sized it, like the one read does.
  private static func readInHalves(
    _ fd: Int32, into buffer: UnsafeMutableBufferPointer<UInt8>, on parallel: ParallelJobs
  )
    -> Result<Int, ReadFailure>
  {
    let middle = buffer.count / 2
    let whole = Region(buffer: UnsafeMutableRawBufferPointer(buffer))
    let halves = parallel.map(2) { half in
      let part = half == 0 ? whole.buffer[..<middle] : whole.buffer[middle...]
      return SystemIO.readFully(fd, into: UnsafeMutableRawBufferPointer(rebasing: part), at: part.startIndex)
    }
    switch (halves[0], halves[1]) {
    case (.failure(let f), _), (_, .failure(let f)): return .failure(f)
    case (.success(let first), .success(let second)): return .success(first < middle ? first : middle + second)
    }
  }

  /// The buffer being filled, handed to the two reads: each writes its own half only.
  private struct Region: @unchecked Sendable {
    let buffer: UnsafeMutableRawBufferPointer
  }

  /// Reads the file as `fstat` sized it: one allocation and, for a regular file, one `read` call. A file
  /// that grows after the `fstat` is read as it was then (a consistent snapshot; asking again for end of
  /// file cost a system call per file). A file that reports size 0 (empty, or a virtual file such as those
  /// under /proc) takes the growth path: read in chunks to end of file, still bounded by `maxFileSize`.
  private func readContents(_ fd: Int32, expectedSize: Int) -> RawRead {
    let capacity = Swift.max(expectedSize, 1)
    var failure: ReadFailure?
    var bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
      let read =
        parallel.flatMap { expectedSize >= Self.readInHalvesFrom ? Self.readInHalves(fd, into: buffer, on: $0) : nil }
        ?? SystemIO.readFully(fd, into: UnsafeMutableRawBufferPointer(buffer))
      switch read {
      case .success(let n): count = n
      case .failure(let f):
        failure = f
        count = 0
      }
    }
    if let failure { return .failed(failure) }
    if bytes.count < capacity || expectedSize > 0 { return .bytes(bytes) }
    // Size 0 but there was a byte to read: keep reading in chunks up to the limit.
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      let result = chunk.withUnsafeMutableBytes { SystemIO.readFully(fd, into: $0) }
      switch result {
      case .failure(let f): return .failed(f)
      case .success(let n):
        if n == 0 { return .bytes(bytes) }
        bytes.append(contentsOf: chunk[0..<n])
        if bytes.count > maxFileSize { return .skipped(.tooLarge(size: bytes.count, limit: maxFileSize)) }
        if n < chunk.count { return .bytes(bytes) }
      }
    }
  }
}
