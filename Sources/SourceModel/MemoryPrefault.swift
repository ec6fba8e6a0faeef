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
  private static let pageSize = 4096

  /// Maps the whole pages inside `byteCount` bytes from `start` writable. Returns whether the kernel did.
  @discardableResult
  public static func populate(_ start: UnsafeMutableRawPointer, byteCount: Int) -> Bool {
    #if os(Linux)
      let first = (Int(bitPattern: start) + pageSize - 1) & ~(pageSize - 1)
      let end = (Int(bitPattern: start) + byteCount) & ~(pageSize - 1)
      guard end > first, let aligned = UnsafeMutableRawPointer(bitPattern: first) else { return false }
      return madvise(aligned, end - first, populateWrite) == 0
    #else
      return false
    #endif
  }
}
