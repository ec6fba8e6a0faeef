#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The few POSIX calls the reader needs, wrapped so the rest of the code never touches `errno` directly.
///
/// Why raw syscalls and not `FileManager`/`Data`: the reader must look at a path's type *before* opening
/// it (a FIFO blocks on open), must never block, and should read straight into the `[UInt8]` the lexers
/// use without a `Data` → `Array` copy.
enum SystemIO {
  static let errnoNoEntry = ENOENT
  static let errnoNotDirectory = ENOTDIR
  static let errnoLoop = ELOOP
  static let errnoInterrupted = EINTR

  /// The file-type bits of a mode, named.
  enum FileKind: Equatable {
    case regular, directory, symlink, fifo, socket, characterDevice, blockDevice, unknown

    init(mode: mode_t) {
      switch mode & S_IFMT {
      case S_IFREG: self = .regular
      case S_IFDIR: self = .directory
      case S_IFLNK: self = .symlink
      case S_IFIFO: self = .fifo
      case S_IFSOCK: self = .socket
      case S_IFCHR: self = .characterDevice
      case S_IFBLK: self = .blockDevice
      default: self = .unknown
      }
    }

    var name: String {
      switch self {
      case .regular: return "regular file"
      case .directory: return "directory"
      case .symlink: return "symbolic link"
      case .fifo: return "FIFO"
      case .socket: return "socket"
      case .characterDevice: return "character device"
      case .blockDevice: return "block device"
      case .unknown: return "unknown file type"
      }
    }
  }

  /// Type and size of a path or descriptor.
  struct Status {
    var kind: FileKind
    var size: Int
  }

  static func failure(_ operation: String, _ code: Int32) -> ReadFailure {
    ReadFailure(operation: operation, code: code, message: String(cString: strerror(code)))
  }

  /// `lstat` (`followLinks == false`) or `stat`.
  static func status(of path: String, followLinks: Bool) -> Result<Status, ReadFailure> {
    var st = stat()
    let rc = followLinks ? stat(path, &st) : lstat(path, &st)
    if rc != 0 { return .failure(failure(followLinks ? "stat" : "lstat", errno)) }
    return .success(Status(kind: FileKind(mode: st.st_mode), size: Int(st.st_size)))
  }

  static func status(of fd: Int32) -> Result<Status, ReadFailure> {
    var st = stat()
    if fstat(fd, &st) != 0 { return .failure(failure("fstat", errno)) }
    return .success(Status(kind: FileKind(mode: st.st_mode), size: Int(st.st_size)))
  }

  /// Opens read-only and non-blocking: even if a FIFO is swapped in after the type check, `open` returns
  /// at once instead of waiting for a writer (and the `fstat` that follows refuses it).
  static func openForReading(_ path: String) -> Result<Int32, ReadFailure> {
    while true {
      let fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
      if fd >= 0 { return .success(fd) }
      let code = errno
      if code == EINTR { continue }
      return .failure(failure("open", code))
    }
  }

  static func closeDescriptor(_ fd: Int32) {
    _ = close(fd)
  }

  /// Reads into `buffer` until it is full or end of file; returns the count read. Retries on EINTR. With
  /// `offset`, reads from that position of the file (`pread`), leaving the descriptor's own position alone,
  /// so that parts of one file can be read at once.
  static func readFully(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer, at offset: Int? = nil)
    -> Result<Int, ReadFailure>
  {
    var filled = 0
    while filled < buffer.count {
      let n =
        offset.map { pread(fd, buffer.baseAddress! + filled, buffer.count - filled, off_t($0 + filled)) }
        ?? read(fd, buffer.baseAddress! + filled, buffer.count - filled)
      if n > 0 {
        filled += n
      } else if n == 0 {
        break
      } else {
        let code = errno
        if code == EINTR { continue }
        return .failure(failure("read", code))
      }
    }
    return .success(filled)
  }
}
