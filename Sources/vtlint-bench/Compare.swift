import Foundation

/// `vtlint-bench compare BASELINE CANDIDATE DIR…`: two vtlint binaries on the same tree, runs interleaved
/// (and the order flipped every round) so that a host whose speed drifts within minutes weighs on both
/// alike; CPU and wall seconds as min and median, peak RSS, the ratios, and whether both print the same
/// findings (`--format json --show-good`, compared byte for byte).
enum Compare {
  struct Run {
    var wall: Double
    var cpu: Double
    var peakKB: Int
  }

  static func run(_ options: Options) throws {
    guard options.paths.count >= 3 else {
      throw BenchError("compare needs a baseline binary, a candidate binary and at least one path\n\(usage)")
    }
    let binaries = Array(options.paths.prefix(2))
    let trees = Array(options.paths.dropFirst(2))
    for binary in binaries where !FileManager.default.isExecutableFile(atPath: binary) {
      throw BenchError("not an executable: \(binary)")
    }
    var common = trees + (options.config.map { ["--config", $0] } ?? ["--no-config"]) + ["--quiet", "--exit-zero"]
    if let jobs = options.jobs { common += ["-j", String(jobs)] }

    let outputs = try binaries.map { binary -> Data in
      let path = NSTemporaryDirectory() + "vtlint-bench-compare-\(getpid())-\(UUID().uuidString).json"
      defer { try? FileManager.default.removeItem(atPath: path) }
      _ = try measured(binary, common + ["--format", "json", "--show-good"], stdout: path)
      return (try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data()
    }
    var runs: [[Run]] = [[], []]
    for round in 0..<options.runs {
      for which in round % 2 == 0 ? [0, 1] : [1, 0] {
        runs[which].append(try measured(binaries[which], common, stdout: nil))
      }
    }
    let label = options.label.map { "[\($0)] " } ?? ""
    for (which, name) in ["baseline ", "candidate"].enumerated() {
      let cpu = runs[which].map(\.cpu).sorted()
      let wall = runs[which].map(\.wall).sorted()
      print(
        String(
          format: "%@%@ cpu %.3f s min, %.3f median   wall %.3f s min, %.3f median   peak RSS %.1f MB   %@", label,
          name, cpu[0], cpu[cpu.count / 2], wall[0], wall[wall.count / 2],
          Double(runs[which].map(\.peakKB).max() ?? 0) / 1024, binaries[which]))
    }
    func ratio(_ key: KeyPath<Run, Double>, median: Bool) -> Double {
      let base = runs[0].map { $0[keyPath: key] }.sorted()
      let candidate = runs[1].map { $0[keyPath: key] }.sorted()
      let i = median ? base.count / 2 : 0
      return base[i] / max(candidate[i], 1e-9)
    }
    print(
      String(
        format: "%@baseline/candidate: cpu %.2fx (min) %.2fx (median), wall %.2fx (min) %.2fx (median), %d runs each",
        label, ratio(\.cpu, median: false), ratio(\.cpu, median: true), ratio(\.wall, median: false),
        ratio(\.wall, median: true), options.runs))
    print("\(label)output: " + (outputs[0] == outputs[1] ? "identical" : "DIFFERENT") + " (\(outputs[0].count) bytes)")
  }

  /// One run of `executable`, its stdout to `stdout` (or discarded): wall seconds, and the child's CPU
  /// seconds and peak RSS.
  static func measured(_ executable: String, _ arguments: [String], stdout: String?) throws -> Run {
    let start = Measure.now()
    let (_, usage) = try Measure.spawn(executable, arguments, stdout: stdout)
    return Run(wall: Measure.now() - start, cpu: Measure.cpuSeconds(usage), peakKB: Int(usage.ru_maxrss))
  }
}
