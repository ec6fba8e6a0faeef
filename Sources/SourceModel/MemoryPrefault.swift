#if canImport(Glibc)
  import Glibc
#endif

/// Makes memory that is about to be written resident ahead of its writer, from another thread.
///
/// Writing a fresh page costs a page fault; a lexer writing a large file's tokens spent about half its
/// time in them. Linux can map a whole range writable in one call (`MADV_POPULATE_WRITE`, Linux 5.14)
/// without changing its contents, so a thread with nothing else to do can take that cost while the writer
/// runs: whichever reaches a page first maps it, and the data is never touched. Elsewhere, or on an older
/// kernel, this does nothing and the writer faults its pages in as before.
public enum MemoryPrefault {
  /// Linux's `MADV_POPULATE_WRITE` (not in every libc's headers).
  private static let populateWrite: Int32 = 23
  /// The system's page size: `madvise` takes page-aligned ranges only.
  private static let pageSize: Int = {
    #if os(Linux)
      let size = sysconf(Int32(_SC_PAGESIZE))
      return size > 0 ? size : 4096
    #else
      return 4096
    #endif
  }()

  /// A call's share of the range. The kernel holds the process's memory map for the length of a call, and
  /// any thread that maps memory meanwhile (a new thread's stack, a large allocation) waits: a call for the
  /// whole range kept the lexer's own thread from starting until it returned.
  private static let chunk = 1 << 20

  /// Maps the whole pages inside `byteCount` bytes from `start` writable. Returns whether the kernel did.
  @discardableResult
  public static func populate(_ start: UnsafeMutableRawPointer, byteCount: Int) -> Bool {
    #if os(Linux)
      var first = (Int(bitPattern: start) + pageSize - 1) & ~(pageSize - 1)
      let end = (Int(bitPattern: start) + byteCount) & ~(pageSize - 1)
      guard end > first else { return false }
      while first < end {
        let length = min(chunk, end - first)
        guard let aligned = UnsafeMutableRawPointer(bitPattern: first), madvise(aligned, length, populateWrite) == 0
        else { return false }
        first += length
      }
      return true
    #else
      return false
    #endif
  }
}
