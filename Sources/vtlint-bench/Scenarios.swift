import Foundation

/// The benchmark scenarios. `suite` runs each in a child process so each peak-RSS figure is its own.
enum Scenarios {
  /// Lints `options.paths` (or the default generated corpus) `runs` times after one warm-up run, prints
  /// the figures, then times `rg -c ValueTask` over the same paths.
  static func lint(_ options: Options) throws {
    var paths = options.paths
    if paths.isEmpty {
      let dir = "\(options.corpusRoot)/\(options.mix.rawValue)-\(options.megabytes)mb-seed\(options.seed)"
      let g = CorpusGenerator(seed: options.seed, totalBytes: options.megabytes * 1_000_000, mix: options.mix)
      _ = try g.materialize(at: dir)
      paths = [dir]
    }
    let label = options.label ?? paths.joined(separator: " ")
    var last = PipelineResult()
    // Warm-up: fills the page cache and the allocator, as a second pre-commit or CI run would see them.
    last = try BenchPipeline.run(paths: paths, maxFileSize: options.maxFileSize, jobs: options.jobs)
    let cpu0 = Measure.cpuSeconds()
    let times = try Measure.times(runs: options.runs) {
      last = try BenchPipeline.run(paths: paths, maxFileSize: options.maxFileSize, jobs: options.jobs)
    }
    let cpu = (Measure.cpuSeconds() - cpu0) / Double(times.count)
    let best = times[0]
    let median = times[times.count / 2]
    let mbps = Double(last.bytes) / 1e6 / best
    let filesPerSecond = Double(last.files) / best
    print(
      String(
        format: "[%@] files %d  bytes %@  wall %.3f s (best of %d; median %.3f)  %.1f MB/s  %.0f files/s",
        label, last.files, Measure.megabytes(last.bytes), best, times.count, median, mbps, filesPerSecond))
    print(
      String(
        format:
          "[%@]   cpu %.3f s/run (%.2f cores busy; %.1f MB per cpu-second)  peak RSS %@  findings %d  skipped %d  failed %d",
        label, cpu, cpu / median, Double(last.bytes) / 1e6 / cpu, Measure.megabytes(Measure.peakRSS()), last.findings,
        last.skipped, last.failed))
    guard options.rg, let rg = Measure.which("rg") else {
      if options.rg { print("[\(label)]   rg not installed: no comparison (apt-get install ripgrep)") }
      return
    }
    let rgArgs = ["-c", "ValueTask", "--no-messages"] + paths
    try Measure.spawn(rg, rgArgs)  // warm-up
    let rgTimes = try Measure.times(runs: options.runs) { try Measure.spawn(rg, rgArgs) }
    print(
      String(
        format: "[%@]   rg -c ValueTask: %.3f s (best of %d)  vtlint/rg %.1fx", label, rgTimes[0], rgTimes.count,
        best / rgTimes[0]))
  }

  /// The standard scenarios (see BENCHMARKS.md): C# corpus, Swift corpus, one 50 MB file, a 1 MB line
  /// against the same bytes on many lines, and a pre-commit run of the real binary on 5 files.
  static func suite(_ options: Options) throws {
    let me = CommandLine.arguments[0].contains("/") ? CommandLine.arguments[0] : Measure.which("vtlint-bench")!
    let root = options.corpusRoot
    var common = ["--runs", "\(options.runs)", "--seed", "\(options.seed)", "--corpus-root", root]
    if !options.rg { common.append("--no-rg") }
    if let jobs = options.jobs { common += ["--jobs", "\(jobs)"] }
    let mb = "\(options.megabytes)"
    print("vtlint-bench suite: \(ProcessInfo.processInfo.activeProcessorCount) cores, corpus root \(root)")
    try child(me, ["lint", "--mix", "csharp", "--mb", mb, "--label", "csharp-\(mb)mb"] + common)
    try child(me, ["lint", "--mix", "swift", "--mb", mb, "--label", "swift-\(mb)mb"] + common)

    // One large file, and one long line: linear time in the file size and in the line length.
    let fm = FileManager.default
    let single = "\(root)/single-file/Big.cs"
    let longLine = "\(root)/long-line/LongLine.cs"
    let manyLines = "\(root)/long-line/ManyLines.cs"
    try fm.createDirectory(atPath: "\(root)/single-file", withIntermediateDirectories: true)
    try fm.createDirectory(atPath: "\(root)/long-line", withIntermediateDirectories: true)
    if !fm.fileExists(atPath: single) {
      try Data(CorpusGenerator.singleFile(bytes: 50_000_000, seed: options.seed).utf8).write(
        to: URL(fileURLWithPath: single))
    }
    let line = CorpusGenerator.longLineFile(bytes: 1_000_000)
    try Data(line.utf8).write(to: URL(fileURLWithPath: longLine))
    try Data(line.replacingOccurrences(of: "; ", with: ";\n").utf8).write(to: URL(fileURLWithPath: manyLines))
    let big = ["--max-file-size", "\(64 << 20)"]
    try child(me, ["lint", single, "--label", "one-50mb-file"] + big + common)
    try child(me, ["lint", longLine, "--label", "one-1mb-line"] + big + common + ["--no-rg"])
    try child(me, ["lint", manyLines, "--label", "same-1mb-on-lines"] + big + common + ["--no-rg"])

    try preCommit(options, csharpCorpus: "\(root)/csharp-\(mb)mb-seed\(options.seed)")
  }

  /// Times the real `vtlint` binary (process start included) on 5 typical files from the corpus.
  static func preCommit(_ options: Options, csharpCorpus: String) throws {
    let binary =
      options.vtlint
      ?? (URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("vtlint")
        .path)
    guard FileManager.default.isExecutableFile(atPath: binary) else {
      print("[pre-commit] no vtlint binary at \(binary): build it (swift build -c release) or pass --vtlint")
      return
    }
    // Five files of typical size (4-16 KB), picked in path order so every run picks the same.
    var picked: [String] = []
    var bytes = 0
    if let e = FileManager.default.enumerator(atPath: csharpCorpus) {
      var candidates: [String] = []
      while let rel = e.nextObject() as? String {
        if rel.hasSuffix(".cs") { candidates.append(rel) }
      }
      for rel in candidates.sorted() {
        let path = csharpCorpus + "/" + rel
        let size = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
        if size >= 4_000 && size <= 16_000 {
          picked.append(path)
          bytes += size
        }
        if picked.count == 5 { break }
      }
    }
    guard picked.count == 5 else {
      print("[pre-commit] corpus \(csharpCorpus) missing: run the csharp scenario first")
      return
    }
    try Measure.spawn(binary, picked)
    let runs = max(10, options.runs * 5)
    let times = try Measure.times(runs: runs) { try Measure.spawn(binary, picked) }
    print(
      String(
        format:
          "[pre-commit] vtlint on 5 files (%@): wall %.1f ms (best of %d; median %.1f ms), process start included",
        Measure.megabytes(bytes), times[0] * 1000, runs, times[runs / 2] * 1000))
  }

  private static func child(_ executable: String, _ arguments: [String]) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    try process.run()
    process.waitUntilExit()
    if process.terminationStatus != 0 {
      print("(scenario \(arguments.joined(separator: " ")) exited \(process.terminationStatus))")
    }
  }
}
