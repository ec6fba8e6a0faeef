import Dispatch
import Foundation
import LintDriver
import SourceModel
import XCTest

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `SourceReader` on hostile files, called directly (races such as a file vanishing between walk and read
/// cannot be staged reliably through the binary).
final class HostileSourceReaderTests: XCTestCase {
  private var dir: URL!

  override func setUpWithError() throws {
    dir = FileManager.default.temporaryDirectory.appendingPathComponent("vtlint-reader-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    // chmod 000 entries must be made removable again first.
    if let items = try? FileManager.default.contentsOfDirectory(atPath: dir.path) {
      for item in items { chmod(dir.appendingPathComponent(item).path, 0o755) }
    }
    try? FileManager.default.removeItem(at: dir)
  }

  private func write(_ name: String, _ bytes: [UInt8]) -> String {
    let path = dir.appendingPathComponent(name).path
    _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
    return path
  }

  private func source(_ outcome: ReadOutcome, file: StaticString = #filePath, line: UInt = #line) -> DecodedSource? {
    guard case .source(let decoded) = outcome else {
      XCTFail("expected source, got \(outcome)", file: file, line: line)
      return nil
    }
    return decoded
  }

  func testPlainFileReadsExactBytes() {
    let text = Array("class C {\n  ValueTask<int> M() => default;\n}\n".utf8)
    let path = write("a.cs", text)
    guard let decoded = source(SourceReader().read(path)) else { return }
    XCTAssertEqual(decoded.file.bytes, text)
    XCTAssertEqual(decoded.file.language, .csharp)
    XCTAssertEqual(decoded.encoding, .utf8)
    XCTAssertNil(decoded.firstInvalidUTF8Offset)
    XCTAssertEqual(decoded.byteCountOnDisk, text.count)
  }

  /// A large file read in two halves at once (threads lent to a run of one file) is the file read in one
  /// go: every byte, a multi-byte character across the middle, and an invalid byte in the second half
  /// found where it is. (Odd and even sizes: the halves differ by a byte.)
  func testALargeFileReadInHalvesIsTheFileReadWhole() {
    let concurrent = ParallelJobs { count, job in DispatchQueue.concurrentPerform(iterations: count, execute: job) }
    for size in [SourceReader.readInHalvesFrom + 1, SourceReader.readInHalvesFrom + 4096] {
      var bytes = (0..<size).map { UInt8(ascii: "a") + UInt8($0 % 26) }
      let middle = size / 2
      bytes.replaceSubrange(middle - 1..<middle + 2, with: Array("€".utf8))
      bytes[size - 10] = 0xFF
      let path = write("large\(size).cs", bytes)
      let reader = SourceReader(maxFileSize: 64 << 20)
      guard let whole = source(reader.read(path)) else { return }
      XCTAssertEqual(whole.file.bytes, bytes)
      for parallel in [concurrent, .lastFirst] {
        guard let halves = source(SourceReader(maxFileSize: 64 << 20, parallel: parallel).read(path)) else { return }
        XCTAssertEqual(halves.file.bytes, whole.file.bytes)
        XCTAssertEqual(halves.firstInvalidUTF8Offset, size - 10)
        XCTAssertEqual(halves.byteCountOnDisk, size)
      }
    }
  }

  func testEmptyFileIsAnEmptySource() {
    let path = write("empty.cs", [])
    guard let decoded = source(SourceReader().read(path)) else { return }
    XCTAssertEqual(decoded.file.bytes, [])
    XCTAssertEqual(decoded.file.lines.lineCount, 1)
  }

  func testInvalidUTF8IsLintedAndTheFirstBadByteLocated() {
    // Line 3, after "  x" (3 scalars): column 4.
    let bytes = Array("a\nb\n  x".utf8) + [0xFF, 0xFE] + Array(" y\n".utf8)
    let path = write("bad.cs", bytes)
    guard let decoded = source(SourceReader().read(path)) else { return }
    XCTAssertEqual(decoded.file.bytes, bytes, "lossy: bytes are kept for the lexer, not replaced")
    XCTAssertEqual(decoded.firstInvalidUTF8Offset, 7)
    XCTAssertEqual(decoded.firstInvalidUTF8Location, SourceLocation(line: 3, column: 4))
    XCTAssertEqual(decoded.firstInvalidUTF8Range, ByteRange(7, 8))
  }

  func testUTF16WithBOMIsTranscoded() {
    let text = "class C\n{\n  é\n}\n"
    let le: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let be: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    for (name, bytes, encoding) in [
      ("le.cs", le, SourceDecoder.Encoding.utf16LE), ("be.cs", be, SourceDecoder.Encoding.utf16BE),
    ] {
      guard let decoded = source(SourceReader().read(write(name, bytes))) else { return }
      XCTAssertEqual(decoded.encoding, encoding, name)
      XCTAssertEqual(String(decoding: decoded.file.bytes, as: UTF8.self), text, name)
      XCTAssertEqual(decoded.file.lines.lineCount, 5, name)
      XCTAssertNil(decoded.firstInvalidUTF8Offset, name)
    }
  }

  func testUTF8BOMIsKeptAsBytes() {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("class C {}".utf8)
    guard let decoded = source(SourceReader().read(write("bom.cs", bytes))) else { return }
    XCTAssertEqual(decoded.encoding, .utf8WithBOM)
    XCTAssertEqual(decoded.file.bytes, bytes)
  }

  func testNulByteMeansBinarySkip() {
    let path = write("bin.cs", Array("class".utf8) + [0, 1, 2])
    guard case .skipped(let p, .binary(let detail)) = SourceReader().read(path) else {
      return XCTFail("expected binary skip")
    }
    XCTAssertEqual(p, path)
    XCTAssertTrue(detail.contains("5"), detail)
  }

  func testFileOverTheLimitIsSkippedBeforeReading() {
    let path = write("big.cs", [UInt8](repeating: 0x61, count: 2048))
    guard case .skipped(_, .tooLarge(let size, let limit)) = SourceReader(maxFileSize: 1024).read(path) else {
      return XCTFail("expected too-large skip")
    }
    XCTAssertEqual(size, 2048)
    XCTAssertEqual(limit, 1024)
    // At the limit exactly it is read.
    guard source(SourceReader(maxFileSize: 2048).read(path)) != nil else { return }
    XCTAssertEqual(SourceReader().maxFileSize, SourceReader.defaultMaxFileSize)
  }

  func testFileDeletedBetweenWalkAndReadIsAFailureWithTheOSError() {
    let path = write("gone.cs", Array("class C {}".utf8))
    unlink(path)
    guard case .failed(let p, let failure) = SourceReader().read(path) else { return XCTFail("expected failure") }
    XCTAssertEqual(p, path)
    XCTAssertTrue(failure.isVanished)
    XCTAssertEqual(failure.code, ENOENT)
    XCTAssertEqual(failure.message, String(cString: strerror(ENOENT)))
    XCTAssertTrue(failure.description.contains("No such file"), failure.description)
  }

  /// A path the walk's listing called regular is read from its `open`: whatever it has become since (gone,
  /// swapped for a FIFO, grown past the limit), the outcome is the one the full checks give.
  func testAPathListedAsRegularIsCheckedAgainOnItsDescriptor() throws {
    let plain = write("a.cs", Array("class C {}".utf8))
    XCTAssertEqual(source(SourceReader().read(plain, knownRegular: true))?.file.bytes, Array("class C {}".utf8))
    let gone = write("gone.cs", Array("class C {}".utf8))
    unlink(gone)
    guard case .failed(_, let failure) = SourceReader().read(gone, knownRegular: true) else {
      return XCTFail("expected failure")
    }
    XCTAssertTrue(failure.isVanished)
    XCTAssertEqual(failure.operation, "open")
    let fifo = dir.appendingPathComponent("x.cs").path
    XCTAssertEqual(mkfifo(fifo, 0o644), 0)
    guard case .skipped(_, .notRegularFile(let kind)) = SourceReader().read(fifo, knownRegular: true) else {
      return XCTFail("expected not-regular-file skip")
    }
    XCTAssertEqual(kind, "FIFO")
    let big = write("big.cs", [UInt8](repeating: 0x61, count: 2048))
    guard case .skipped(_, .tooLarge(let size, _)) = SourceReader(maxFileSize: 1024).read(big, knownRegular: true)
    else { return XCTFail("expected too-large skip") }
    XCTAssertEqual(size, 2048)
  }

  func testUnreadableFileFailsWithPermissionDeniedUnlessRoot() {
    let text = Array("class C {}".utf8)
    let path = write("locked.cs", text)
    chmod(path, 0)
    let outcome = SourceReader().read(path)
    if geteuid() == 0 {
      // Root bypasses file permission bits (CAP_DAC_OVERRIDE), so the read succeeds; the EACCES path cannot
      // be reached as root and is covered only when the tests run as an ordinary user.
      guard let decoded = source(outcome) else { return }
      XCTAssertEqual(decoded.file.bytes, text)
    } else {
      guard case .failed(_, let failure) = outcome else { return XCTFail("expected failure, got \(outcome)") }
      XCTAssertEqual(failure.operation, "open")
      XCTAssertEqual(failure.code, EACCES)
      XCTAssertEqual(failure.message, String(cString: strerror(EACCES)))
    }
  }

  func testFIFOIsSkippedWithoutBlocking() throws {
    let path = dir.appendingPathComponent("x.cs").path
    XCTAssertEqual(mkfifo(path, 0o644), 0)
    // If the reader opened the FIFO for reading this call would block forever (no writer exists).
    let start = Date()
    guard case .skipped(_, .notRegularFile(let kind)) = SourceReader().read(path) else {
      return XCTFail("expected not-regular-file skip")
    }
    XCTAssertEqual(kind, "FIFO")
    XCTAssertLessThan(Date().timeIntervalSince(start), 5)
  }

  func testSocketAndDeviceAndDirectoryAreSkipped() {
    guard case .skipped(_, .notRegularFile(let kind)) = SourceReader().read("/dev/null") else {
      return XCTFail("expected /dev/null skipped")
    }
    XCTAssertEqual(kind, "character device")
    guard case .skipped(_, .notRegularFile(let dirKind)) = SourceReader().read(dir.path) else {
      return XCTFail("expected directory skipped")
    }
    XCTAssertEqual(dirKind, "directory")
    // A Unix socket bound in the temp directory.
    let socketPath = dir.appendingPathComponent("s.cs").path
    let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
    XCTAssertGreaterThanOrEqual(fd, 0)
    defer { close(fd) }
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    withUnsafeMutableBytes(of: &address.sun_path) { raw in
      for (i, b) in socketPath.utf8.prefix(raw.count - 1).enumerated() { raw[i] = b }
    }
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
    }
    guard bound == 0 else { return }  // a temp path too long for sun_path: nothing to check
    guard case .skipped(_, .notRegularFile(let socketKind)) = SourceReader().read(socketPath) else {
      return XCTFail("expected socket skipped")
    }
    XCTAssertEqual(socketKind, "socket")
  }

  func testSymlinksFollowedDanglingAndLoopingSkipped() {
    let target = write("t.cs", Array("class T {}".utf8))
    let link = dir.appendingPathComponent("link.cs").path
    XCTAssertEqual(symlink(target, link), 0)
    guard let decoded = source(SourceReader().read(link)) else { return }
    XCTAssertEqual(decoded.file.path, link, "reported under the path given, not the target")

    let dangling = dir.appendingPathComponent("dangling.cs").path
    XCTAssertEqual(symlink(dir.appendingPathComponent("missing.cs").path, dangling), 0)
    guard case .skipped(_, .danglingSymlink) = SourceReader().read(dangling) else {
      return XCTFail("expected dangling skip")
    }

    let loopA = dir.appendingPathComponent("a.cs").path
    let loopB = dir.appendingPathComponent("b.cs").path
    XCTAssertEqual(symlink(loopB, loopA), 0)
    XCTAssertEqual(symlink(loopA, loopB), 0)
    guard case .skipped(_, .symlinkLoop) = SourceReader().read(loopA) else { return XCTFail("expected loop skip") }
  }

  func testFileThatIsLargerThanStatSaidIsReadCompletely() {
    // /proc files report size 0 but have content: the growth path must read them to the end.
    let path = "/proc/self/status"
    guard FileManager.default.fileExists(atPath: path) else { return }
    guard case .bytes(let bytes) = SourceReader().readBytes(path) else { return XCTFail("expected bytes") }
    XCTAssertGreaterThan(bytes.count, 0)
    XCTAssertTrue(String(decoding: bytes, as: UTF8.self).contains("Name:"))
  }

  func testDecodeInMemoryMatchesReadingAFile() {
    let bytes = Array("x\u{0}".utf8)
    guard case .skipped(_, .binary) = SourceReader.decode(bytes, path: "stdin.cs") else {
      return XCTFail("expected binary")
    }
    guard case .source(let d) = SourceReader.decode(Array("a".utf8), path: "-", language: .swift) else {
      return XCTFail("expected source")
    }
    XCTAssertEqual(d.file.language, .swift)
  }
}
