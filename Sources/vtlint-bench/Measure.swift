import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Clocks and process statistics for the benchmark.
enum Measure {
  /// Monotonic seconds.
  static func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
  }

  /// Peak resident set size of this process so far, in bytes (`getrusage` `ru_maxrss`: KiB on Linux,
  /// bytes on macOS).
  static func peakRSS() -> Int {
    var usage = rusage()
    selfUsage(&usage)
    #if os(Linux)
      return Int(usage.ru_maxrss) * 1024
    #else
      return Int(usage.ru_maxrss)
    #endif
  }

  private static func selfUsage(_ usage: inout rusage) {
    #if os(Linux)
      getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    #else
      getrusage(RUSAGE_SELF, &usage)
    #endif
  }

  /// User + system CPU seconds of this process so far.
  static func cpuSeconds() -> Double {
    var usage = rusage()
    selfUsage(&usage)
    return cpuSeconds(usage)
  }

  /// Runs `body` `runs` times; returns every wall time, sorted ascending.
  static func times(runs: Int, _ body: () throws -> Void) rethrows -> [Double] {
    var result: [Double] = []
    for _ in 0..<max(1, runs) {
      let t0 = now()
      try body()
      result.append(now() - t0)
    }
    return result.sorted()
  }

  /// The absolute path of `name` on `PATH`, if any.
  static func which(_ name: String) -> String? {
    for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
      let candidate = "\(dir)/\(name)"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  /// Runs an executable with stderr discarded and stdout discarded or written to `stdout`; returns its exit
  /// status and resource usage (CPU seconds, peak RSS, from `wait4`). Uses `posix_spawn` directly:
  /// Foundation's `Process.waitUntilExit` polls a run loop and added ~30 ms per run, which swamped the
  /// pre-commit and ripgrep figures.
  @discardableResult
  static func spawn(_ executable: String, _ arguments: [String], stdout: String? = nil) throws -> (
    status: Int32, usage: rusage
  ) {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, stdout ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { for p in argv { free(p) } }
    var pid = pid_t()
    let rc = posix_spawn(&pid, executable, &actions, nil, argv, environ)
    guard rc == 0 else { throw BenchError("cannot run \(executable): \(String(cString: strerror(rc)))") }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    return (status, usage)
  }

  /// User + system seconds of a `rusage`.
  static func cpuSeconds(_ usage: rusage) -> Double {
    func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
  }

  /// `1234567` → `1.23 MB` (decimal megabytes, as MB/s figures use).
  static func megabytes(_ bytes: Int) -> String { String(format: "%.2f MB", Double(bytes) / 1e6) }
}
