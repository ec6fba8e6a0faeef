import CSharpFrontend
import Foundation
import LintDriver
import SourceModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `vtlint-bench lex DIR…`: the floor of a run, measured on its own. Walks the trees (as `vtlint check`
/// does), then on one thread reads and decodes every file (`SourceReader`), then lexes every C# file
/// (`Lexer.lex`), and prints each stage's MB per CPU-second. With `--digest` it also prints one hash of
/// everything the reader and the lexer produced (encodings, invalid-UTF-8 offsets, line starts, every
/// token's and trivia piece's fields, diagnostics), so a faster reader or lexer can be checked for
/// identical output against an older build.
enum LexBench {
  static func run(_ options: Options) throws {
    let paths = options.paths
    guard !paths.isEmpty else { throw BenchError("lex needs a directory\n\(usage)") }
    let label = options.label ?? paths.joined(separator: " ")
    var walkOptions = WalkOptions()
    walkOptions.maxFileSize = options.maxFileSize
    let walkStart = threadCPUSeconds()
    let walked = try FileWalker(options: walkOptions).walk(paths).files.map(\.path)
    let walkCPU = threadCPUSeconds() - walkStart
    let reader = SourceReader(maxFileSize: options.maxFileSize)

    var bestRead = Double.infinity
    var bestLex = Double.infinity
    var bytes = 0
    var lexedBytes = 0
    var files: [SourceFile] = []
    for _ in 0..<(options.runs + 1) {  // the first round warms the page cache and the allocator
      files.removeAll(keepingCapacity: true)
      let t0 = threadCPUSeconds()
      for path in walked {
        if case .source(let decoded) = reader.read(path) { files.append(decoded.file) }
      }
      let t1 = threadCPUSeconds()
      var tokens = 0
      for file in files where file.language == .csharp {
        tokens &+= Lexer.lex(file.bytes).tokens.count
      }
      let t2 = threadCPUSeconds()
      bestRead = min(bestRead, t1 - t0)
      bestLex = min(bestLex, t2 - t1)
      if tokens < 0 { print(tokens) }  // keeps the lexing observable
    }
    bytes = files.reduce(0) { $0 + $1.bytes.count }
    lexedBytes = files.reduce(0) { $0 + ($1.language == .csharp ? $1.bytes.count : 0) }
    func rate(_ n: Int, _ seconds: Double) -> Double { Double(n) / 1e6 / max(seconds, 1e-9) }
    print(
      String(
        format: "[%@] files %d  bytes %@  walk %.3f cpu-s  (one thread, best of %d)", label, files.count,
        Measure.megabytes(bytes), walkCPU, options.runs))
    print(
      String(
        format: "[%@]   read+decode %.3f cpu-s (%.0f MB per cpu-s)  lex C# %.3f cpu-s (%.0f MB per cpu-s)", label,
        bestRead, rate(bytes, bestRead), bestLex, rate(lexedBytes, bestLex)))
    print(
      String(
        format: "[%@]   read+lex %.0f MB per cpu-s; read+lex twice (both passes) %.0f MB per cpu-s", label,
        rate(lexedBytes, bestRead + bestLex), rate(lexedBytes, bestRead + 2 * bestLex)))
    if options.digest { print("[\(label)]   digest \(digest(walked, reader: reader))") }
  }

  /// One FNV-1a hash over every fact the reader and the lexer produce for the files, in path order.
  static func digest(_ paths: [String], reader: SourceReader) -> String {
    var h = Hash()
    for path in paths {
      h.add(Array(path.utf8))
      switch reader.read(path) {
      case .skipped(_, let reason): h.add(Array("skipped \(reason)".utf8))
      case .failed(_, let failure): h.add(Array("failed \(failure)".utf8))
      case .source(let decoded):
        let file = decoded.file
        h.add(Array(decoded.encoding.rawValue.utf8))
        h.add(UInt64(decoded.byteCountOnDisk))
        h.add(UInt64(bitPattern: Int64(decoded.firstInvalidUTF8Offset ?? -1)))
        h.add(file.bytes)
        h.add(UInt64(file.lines.lineCount))
        for start in file.lines.lineStarts { h.add(UInt64(start)) }
        guard file.language == .csharp else { continue }
        let lexed = Lexer.lex(file.bytes)
        for t in lexed.tokens {
          h.add(
            UInt64(t.kind.rawValue) | UInt64(t.contextual.rawValue) << 8 | UInt64(t.flags.rawValue) << 16
              | UInt64(t.range.start) << 24)
          h.add(UInt64(t.range.end) | UInt64(t.leadingTriviaStart) << 32)
          h.add(UInt64(t.leadingTriviaEnd))
        }
        for piece in lexed.trivia {
          h.add(UInt64(piece.kind.rawValue) | UInt64(piece.range.start) << 8)
          h.add(UInt64(piece.range.end))
        }
        for d in lexed.diagnostics {
          h.add(UInt64(d.range.start) | UInt64(d.range.end) << 32)
          h.add(Array(d.message.utf8))
        }
      }
    }
    return String(h.value, radix: 16)
  }

  /// FNV-1a, 64 bits: stable across runs and builds (unlike `Hasher`).
  struct Hash {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ byte: UInt8) {
      value = (value ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    mutating func add(_ word: UInt64) {
      var w = word
      for _ in 0..<8 {
        add(UInt8(truncatingIfNeeded: w))
        w >>= 8
      }
    }

    mutating func add(_ bytes: [UInt8]) {
      add(UInt64(bytes.count))
      for b in bytes { add(b) }
    }
  }

  /// CPU seconds used by the calling thread so far.
  static func threadCPUSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
  }
}
