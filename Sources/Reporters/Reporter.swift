import Rules
import SourceModel

/// An output format. Reporters are pure: a run's result in, bytes out. They never read files, the clock or
/// the environment, so identical input gives identical output.
public protocol Reporter: Sendable {
  /// The `--format` name (`text`, `json`, `sarif`, …).
  static var identifier: String { get }
  func render(_ run: RunResult) -> String
  /// The report as UTF-8 bytes, ready to write to stdout or a file: what `render` returns, without the
  /// round trip through `String` for a reporter that writes bytes (a large report is tens of megabytes).
  func renderBytes(_ run: RunResult) -> [UInt8]
}

extension Reporter {
  public func renderBytes(_ run: RunResult) -> [UInt8] { Array(render(run).utf8) }
}

/// What reporters see of a finished run. The driver fills it once and hands the same value to every
/// requested format (`--format` and each `--report`).
public struct RunResult: Sendable {
  /// Findings to show, already filtered (severity `off`, suppressions, baseline) and sorted by
  /// `Finding.reportOrder`. Reporters sort defensively anyway, so output never depends on scheduling.
  public var findings: [Finding]
  /// The counts for the summary line and the JSON `summary` object.
  public var summary: RunSummary
  /// Files that were found but deliberately not linted (generated code, too large, binary), with why.
  public var skipped: [SkippedFile]
  /// Files vtlint tried to lint but could not (I/O error, …), with the error.
  public var failed: [FailedFile]
  /// Rule metadata for SARIF (`tool.driver.rules`) and the statistics table. Usually `RuleRegistry.all`.
  public var rules: [RuleDescription]
  /// Name, version and home page written into JSON and SARIF.
  public var tool: ToolInfo
  /// Source text by path, for code frames (`full`) and fingerprints. Paths are `Finding.path`.
  public var sources: SourceLookup
  /// Whether human formats may use ANSI colour. The driver decides (TTY, `NO_COLOR`, `--color`).
  public var color: Bool
  /// Absolute directory that report paths are relative to (normally the working directory), with `/`
  /// separators. Absolute finding paths under it are made relative; SARIF names it as `%SRCROOT%`.
  /// `nil` keeps paths as given.
  public var baseDirectory: String?
  /// The findings' fingerprints, parallel to `findings`, when the driver worked them out already (from the
  /// very bytes it linted). `nil`: reporters work them out from `sources`, which may mean reading a file
  /// again.
  public var fingerprints: [String]?
  /// Threads a reporter may use for a large report (the JSON reporter writes tens of thousands of
  /// findings in parts at once); `nil`: one.
  public var parallel: ParallelJobs?

  public init(
    findings: [Finding], summary: RunSummary, skipped: [SkippedFile] = [], failed: [FailedFile] = [],
    rules: [RuleDescription] = RuleRegistry.all, tool: ToolInfo = .vtlint, sources: SourceLookup = .none,
    color: Bool = false, baseDirectory: String? = nil, fingerprints: [String]? = nil
  ) {
    precondition(fingerprints.map { $0.count == findings.count } ?? true, "one fingerprint per finding")
    self.fingerprints = fingerprints
    self.findings = findings
    self.summary = summary
    self.skipped = skipped
    self.failed = failed
    self.rules = rules
    self.tool = tool
    self.sources = sources
    self.color = color
    self.baseDirectory = baseDirectory
  }

  /// The minimal form: counts derived from the findings.
  public init(findings: [Finding], fileCount: Int) {
    self.init(findings: findings, summary: RunSummary(files: fileCount, counting: findings))
  }

  /// Files linted (same as `summary.files`).
  public var fileCount: Int {
    get { summary.files }
    set { summary.files = newValue }
  }
}

/// The numbers of a run. `good`, `warning` and `bad` count reported findings by verdict; `suppressed` and
/// `baselined` count findings hidden by suppressions and the baseline; `skipped` counts skipped files.
public struct RunSummary: Sendable, Hashable {
  public var files: Int
  public var good: Int
  public var warning: Int
  public var bad: Int
  public var suppressed: Int
  public var baselined: Int
  public var skipped: Int

  public init(
    files: Int, good: Int = 0, warning: Int = 0, bad: Int = 0, suppressed: Int = 0, baselined: Int = 0,
    skipped: Int = 0
  ) {
    self.files = files
    self.good = good
    self.warning = warning
    self.bad = bad
    self.suppressed = suppressed
    self.baselined = baselined
    self.skipped = skipped
  }

  /// Counts `good`/`warning`/`bad` from the reported findings' verdicts.
  public init(files: Int, counting findings: [Finding], suppressed: Int = 0, baselined: Int = 0, skipped: Int = 0) {
    self.init(files: files, suppressed: suppressed, baselined: baselined, skipped: skipped)
    for finding in findings {
      switch finding.verdict {
      case .good: good += 1
      case .warning: warning += 1
      case .bad: bad += 1
      }
    }
  }
}

/// A file found but not linted on purpose.
public struct SkippedFile: Sendable, Hashable {
  public var path: String
  /// Short reason, e.g. `generated`, `too large (12 MiB > 10 MiB)`, `binary`.
  public var reason: String

  public init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }
}

/// A file vtlint could not lint.
public struct FailedFile: Sendable, Hashable {
  public var path: String
  public var error: String

  public init(path: String, error: String) {
    self.path = path
    self.error = error
  }
}

/// The tool block of JSON and SARIF reports.
public struct ToolInfo: Sendable, Hashable {
  public var name: String
  public var version: String
  public var informationURI: String

  public init(name: String, version: String, informationURI: String) {
    self.name = name
    self.version = version
    self.informationURI = informationURI
  }

  public static let vtlint = ToolInfo(
    name: "vtlint", version: VTLintVersion.current, informationURI: "https://github.com/vtlint/vtlint")
}

/// Finds a run's source files by path, so reporters can show lines without touching the file system.
public struct SourceLookup: Sendable {
  private let lookup: @Sendable (String) -> SourceFile?

  public init(_ lookup: @escaping @Sendable (String) -> SourceFile?) {
    self.lookup = lookup
  }

  /// Looks files up by their `path`.
  public init(files: [SourceFile]) {
    var byPath: [String: SourceFile] = [:]
    for file in files { byPath[file.path] = file }
    let table = byPath
    self.lookup = { table[$0] }
  }

  /// No sources: code frames show only the location, fingerprints fall back to the message.
  public static let none = SourceLookup { _ in nil }

  public func file(_ path: String) -> SourceFile? { lookup(path) }
}
