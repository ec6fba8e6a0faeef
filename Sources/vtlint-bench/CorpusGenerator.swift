import Foundation

/// Writes a deterministic benchmark corpus: the same seed and size always produce the same bytes.
///
/// Layout mimics a real repository: `src/Project<N>/<Folder>/<Name>.cs` (or `.swift`), about 25 files per
/// folder, file sizes drawn from a skewed distribution (most 4-16 KB, a few up to 200 KB) like real trees.
struct CorpusGenerator {
  enum Mix: String {
    case csharp, swift, mixed
  }

  var seed: UInt64
  var totalBytes: Int
  var mix: Mix

  /// A size distribution close to what C# and Swift repositories show.
  private static func fileSize(_ rng: inout SeededGenerator) -> Int {
    let roll = rng.below(100)
    if roll < 30 { return rng.within(800...4_000) }
    if roll < 80 { return rng.within(4_000...16_000) }
    if roll < 98 { return rng.within(16_000...64_000) }
    return rng.within(64_000...200_000)
  }

  /// Generates into `directory` unless a complete corpus with the same parameters is already there (a
  /// `.vtlint-corpus` stamp, hidden so the walker ignores it). Writes into a temporary sibling first, then
  /// renames, so an interrupted run never leaves a half corpus that looks complete.
  func materialize(at directory: String) throws -> (files: Int, bytes: Int) {
    let fm = FileManager.default
    let stampPath = directory + "/.vtlint-corpus"
    let stamp = "seed=\(seed) bytes=\(totalBytes) mix=\(mix.rawValue) generator=2\n"
    if let existing = fm.contents(atPath: stampPath), String(decoding: existing, as: UTF8.self) == stamp {
      return try count(directory)
    }
    let staging = directory + ".partial-\(getpid())"
    try? fm.removeItem(atPath: staging)
    var files = 0
    var bytes = 0
    var rng = SeededGenerator(seed: seed)
    var csharp = CSharpCorpus(seed: seed &+ 1)
    var swift = SwiftCorpus(seed: seed &+ 2)
    while bytes < totalBytes {
      let useSwift: Bool
      switch mix {
      case .csharp: useSwift = false
      case .swift: useSwift = true
      case .mixed: useSwift = rng.chance(30)
      }
      let project = files / 400
      let folder = (files / 25) % 16
      let dir = "\(staging)/src/Project\(project)/Folder\(folder)"
      if files % 25 == 0 { try fm.createDirectory(atPath: dir, withIntermediateDirectories: true) }
      let target = Self.fileSize(&rng)
      let text =
        useSwift
        ? swift.file(targetBytes: target, index: files) : csharp.file(targetBytes: target, index: files)
      let path = "\(dir)/File\(files)\(useSwift ? ".swift" : ".cs")"
      guard fm.createFile(atPath: path, contents: Data(text.utf8)) else { throw BenchError("cannot write \(path)") }
      files += 1
      bytes += text.utf8.count
    }
    try Data(stamp.utf8).write(to: URL(fileURLWithPath: staging + "/.vtlint-corpus"))
    try? fm.removeItem(atPath: directory)
    try fm.createDirectory(
      atPath: (directory as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try fm.moveItem(atPath: staging, toPath: directory)
    return (files, bytes)
  }

  /// One C# file of about `bytes` bytes (the single-large-file case).
  static func singleFile(bytes: Int, seed: UInt64) -> String {
    var csharp = CSharpCorpus(seed: seed)
    return csharp.file(targetBytes: bytes, index: 0)
  }

  /// A C# file whose body is one line of about `bytes` bytes: the same statements as a normal method, with
  /// no newline between them (minified or generated code looks like this).
  static func longLineFile(bytes: Int) -> String {
    var text = "class LongLine { async ValueTask<int> M(ValueTask<int> v) { int total = 0; "
    var i = 0
    while text.utf8.count < bytes {
      text += "total += Compute(\(i), \"s\(i)\", x => x * \(i)); "
      i += 1
    }
    text += "return await v; } }\n"
    return text
  }

  private func count(_ directory: String) throws -> (files: Int, bytes: Int) {
    var files = 0
    var bytes = 0
    guard let e = FileManager.default.enumerator(atPath: directory) else { return (0, 0) }
    while let rel = e.nextObject() as? String {
      guard rel.hasSuffix(".cs") || rel.hasSuffix(".swift") else { continue }
      files += 1
      let attrs = try FileManager.default.attributesOfItem(atPath: directory + "/" + rel)
      bytes += (attrs[.size] as? Int) ?? 0
    }
    return (files, bytes)
  }
}

/// A benchmark setup problem, printed and exit 2.
struct BenchError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
