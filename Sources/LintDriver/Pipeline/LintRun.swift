import Analysis
import Foundation
import Rules
import SourceModel

/// The check pipeline: walk → read → pass 1 (index parts, merged) → pass 2 (lint, syntax and encoding
/// diagnostics, severities, suppressions) → baseline → sorted findings. Both passes run on a bounded
/// pool of big-stack threads; results are collected in input order and sorted, so output is identical
/// to a serial run. Sources are re-read in pass 2 unless the whole input is small, so memory holds index
/// parts, not every file.
public enum LintRun {
  /// Input bytes below which pass 1 keeps files in memory for pass 2. Above it, pass 2 reads again only
  /// the files it lints (most are skipped by their identifier digest), which costs less than holding a
  /// large tree's bytes for the whole run.
  static let keepInMemoryLimit = 16 << 20

  public static func run(_ given: LintInputs, settings: LintSettings) throws -> LintReport {
    let walker = FileWalker(options: settings.walk, workingDirectory: settings.workingDirectory)
    let walked = try walker.walk(given.paths)
    // `--force-exclude` applies to stdin under its `--stdin-filename` too (editors pipe excluded files).
    var stdinSkip: (path: String, reason: String)?
    if settings.walk.forceExclude, let stdin = given.stdin, let reason = walker.forcedExclusion(of: stdin.name) {
      stdinSkip = (stdin.name, reason)
    }
    let stdinInput = stdinSkip == nil ? given.stdin : nil
    var skipped = walked.skipped + (stdinSkip.map { [$0] } ?? [])
    let stdinIndex = stdinInput.map { _ in walked.files.count }
    let paths = walked.files.map(\.path) + (stdinInput.map { [$0.name] } ?? [])

    let sizes = paths.map { path -> Int in
      var st = stat()
      return stat(path, &st) == 0 ? Int(st.st_size) : 0
    }
    let totalSize = sizes.reduce(0, +)
    // Largest files first, so the pool does not end waiting on one big file.
    let bySize = sizes.indices.sorted { sizes[$0] != sizes[$1] ? sizes[$0] > sizes[$1] : $0 < $1 }
    let keep = totalSize <= keepInMemoryLimit
    let options = settings.config.analysisOptions
    // A run of one file gets what would otherwise go unused: its first-pass tree, and every core.
    let oneFile = paths.count == 1
    let keeping = SyntaxKeeping(oneFile: oneFile)
    // A run of one file would leave every core but one idle, so that file's passes borrow the pool (many
    // files keep it busy one file per thread).
    let fileParallelism = oneFile ? ParallelJobs.lent(jobs: settings.jobs) : nil

    // Pass 1: read, index.
    let loadOne: @Sendable (Int) -> LoadOutcome = { i in
      if i == stdinIndex, let stdin = stdinInput {
        return SourceLoading.decode(
          path: stdin.name, raw: stdin.bytes, language: language(for: stdin.name, settings),
          skipGeneratedHeaders: settings.walk.skipGenerated)
      }
      let explicit = walked.files[i].explicit
      let lang = language(for: paths[i], settings)
      if lang == nil { return .skipped("not a C# or Swift file") }
      return SourceLoading.load(
        path: paths[i], language: lang, maxFileSize: settings.walk.maxFileSize,
        skipGeneratedHeaders: settings.walk.skipGenerated && (!explicit || settings.walk.forceExclude),
        knownRegular: walked.files[i].listedAsRegular, parallel: fileParallelism)
    }
    // One file's first pass, folded into the worker's own index. With a `glancer`, a file whose parse can
    // wait (`DeferredFirstPasses`) is only lexed and glanced at. `kept`: its source, if read already.
    let firstPass:
      @Sendable (Int, FirstPassGlancer?, LoadOutcome?, inout ProjectIndex) -> (
        LoadOutcome?, FirstPassResult?, Language?
      ) = {
        i, glancer, kept, partial in
        // A language without a first pass is read, and lexed, once: in pass 2.
        if let lang = language(for: paths[i], settings), !Linters.linter(for: lang).needsFirstPass {
          return (nil, nil, lang)
        }
        let outcome = kept ?? loadOne(i)
        guard case .source(let file, let invalidAt) = outcome, let language = file.language else {
          return (outcome, nil, nil)
        }
        // An encoding finding needs the second pass, so the first cannot wait.
        var part = Linters.linter(for: language).firstPass(
          for: file, options: options, digests: keeping.digests, glancer: invalidAt == nil ? glancer : nil,
          parallel: fileParallelism)
        if part.glance != nil { return (keep || i == stdinIndex ? outcome : nil, part, language) }
        partial.merge(part.index, parallel: fileParallelism)
        part.index = IndexPart()
        if invalidAt != nil { part.mustLint = true }
        // Kept syntax brings its source along: the tree points into those bytes.
        let keepsSyntax = keeping.keeps(part)
        part.syntax = keepsSyntax ? part.syntax?.compacted(file: file) : nil
        return (keep || keepsSyntax || i == stdinIndex ? outcome : nil, part, language)
      }
    // Files that may declare a member returning a one-shot value (they spell a one-shot type) take the
    // whole first pass; the others wait, held, for the names those declarations make matter while the
    // sources held fit in `settings.glanceHoldLimit`, and are glanced at as they are read after that.
    // Each worker folds the index parts of its files into an index of its own as it goes (set unions:
    // order-free), so merging is not a phase of its own; the workers' indexes are combined after.
    let early = settings.glances ? DeferredFirstPasses.glancers(options: options) : [:]
    let holdPerWorker = settings.glanceHoldLimit / ParallelWork.workerCount(settings.jobs, items: paths.count)
    var (pass1, partials) = ParallelWork.map(
      count: paths.count, jobs: settings.jobs, order: bySize, accumulating: { (index: ProjectIndex(), held: 0) }
    ) { i, partial -> (LoadOutcome?, FirstPassResult?, Language?) in
      guard let lang = language(for: paths[i], settings), let glancer = early[lang] else {
        return firstPass(i, nil, nil, &partial.index)
      }
      let outcome = loadOne(i)
      if case .source(let file, nil) = outcome, !glancer.mayDeclareOneShotMembers(file) {
        // Counted even when the tree is small enough to `keep`: the limit alone decides, so a test can make
        // every file take the other way.
        if i == stdinIndex || partial.held + file.bytes.count <= holdPerWorker {
          partial.held += file.bytes.count
          return (outcome, nil, lang)  // waiting: no result yet
        }
        return firstPass(i, glancer, outcome, &partial.index)
      }
      return firstPass(i, nil, outcome, &partial.index)
    }
    // The first partial is the start, not merged into an empty index (that re-inserted all of it).
    var index = partials.first?.index ?? ProjectIndex()
    for partial in partials.dropFirst() { index.merge(partial.index) }
    // Files whose first pass was put off take it now, largest first, folded into the index; each with
    // its language's glancer among `glancers` (none: the whole first pass).
    func takeFirstPasses(_ files: [Int], glancers: [Language: FirstPassGlancer]) {
      let before = pass1
      let (more, morePartials) = ParallelWork.map(
        count: files.count, jobs: settings.jobs, order: files.indices.sorted { sizes[files[$0]] > sizes[files[$1]] },
        accumulating: { ProjectIndex() }
      ) { k, partial in
        firstPass(files[k], before[files[k]].2.flatMap { glancers[$0] }, before[files[k]].0, &partial)
      }
      for (k, result) in more.enumerated() { pass1[files[k]] = result }
      for partial in morePartials { index.merge(partial) }
    }
    let waiting = pass1.indices.filter { pass1[$0].1 == nil && pass1[$0].2.map { early[$0] != nil } == true }
    if !waiting.isEmpty {
      takeFirstPasses(waiting, glancers: DeferredFirstPasses.glancers(options: options, index: index))
    }
    // Glanced files that name what the index now makes matter take their first pass, until none is due. The
    // names that matter are hashed once per state of the index; the last ones decide which files pass 2
    // skips: a file naming none of them (and holding no suppression directive or syntax error) yields
    // nothing, so it is not read again.
    var matteringHashes = MatteringNames.complete(&index, options: options)
    var due = DeferredFirstPasses.due(pass1.map(\.1), languages: pass1.map(\.2), mattering: matteringHashes)
    while !due.isEmpty {
      takeFirstPasses(due, glancers: [:])
      matteringHashes = MatteringNames.complete(&index, options: options)
      due = DeferredFirstPasses.due(pass1.map(\.1), languages: pass1.map(\.2), mattering: matteringHashes)
    }
    let keptSources = pass1.map(\.0)
    index.lateTypes = GlancedTypes(pass1.map(\.1)) { i in
      guard case .source(let file, _) = keptSources[i] ?? loadOne(i), let language = file.language else {
        return TypeDeclarations(IndexPart())
      }
      return TypeDeclarations(Linters.linter(for: language).indexPart(for: file, options: options))
    }
    let finalIndex = index
    // What pass 2 needs of pass 1: the kept source, and whether the file can yield anything at all. The
    // index parts and digests are not captured below, so they are freed before pass 2 starts.
    let plan = pass1.map { outcome, part, language -> (outcome: LoadOutcome?, skip: Bool) in
      guard let part, let language else { return (outcome, false) }
      return (outcome, !part.needsSecondPass(mattering: matteringHashes[language]))
    }
    // Only a one-file run keeps syntax (`SyntaxKeeping`): one tree, held until its file is linted.
    let keptSyntax = pass1.indices.map { plan[$0].skip ? nil : pass1[$0].1?.syntax }

    // Pass 2: lint each file against the merged index.
    let policy = SeverityPolicy(config: settings.config)
    let cwd = settings.workingDirectory
    let pass2 = ParallelWork.map(count: paths.count, jobs: settings.jobs, order: bySize) { i -> FileOutput in
      if plan[i].skip { return .linted([], suppressed: 0) }
      let outcome = plan[i].outcome ?? loadOne(i)
      switch outcome {
      case .skipped(let reason): return .skipped(reason)
      case .failed(let error):
        return .failed(error, ioErrorFinding(path: paths[i], error: error, policy: policy, cwd: cwd))
      case .source(let file, let invalidAt):
        return lintFile(
          file, invalidAt: invalidAt, index: finalIndex, options: options, settings: settings, policy: policy,
          syntax: keptSyntax[i], parallel: fileParallelism)
      }
    }

    // Nothing reads the first passes' results (a one-file run's syntax tree among them) from here on.
    BackgroundRelease.drop((pass1, keptSyntax, plan))
    pass1 = []

    var all: [(Finding, String)] = []
    var linted: [String] = []
    var failed: [(path: String, error: String)] = []
    // Directories the walk could not read fail the run like unreadable files.
    for (path, error) in walked.failures {
      failed.append((path, error))
      if let finding = ioErrorFinding(path: path, error: error, policy: policy, cwd: cwd) {
        all.append((finding, FindingFingerprint.of(finding, in: nil)))
      }
    }
    var suppressed = 0
    for (i, output) in pass2.enumerated() {
      switch output {
      case .skipped(let reason): skipped.append((paths[i], reason))
      case .failed(let error, let finding):
        linted.append(paths[i])
        failed.append((paths[i], error))
        if let finding { all.append((finding, FindingFingerprint.of(finding, in: nil))) }
      case .linted(let findings, let count):
        linted.append(paths[i])
        if all.isEmpty { all = findings } else { all += findings }  // one large file: taken, not copied
        suppressed += count
      }
    }
    all = Finding.inReportOrder(all, by: { $0.0 })

    var kept = all
    var baselined = 0
    var stale: [Baseline.Entry] = []
    if let baseline = settings.baseline {
      let outcome = baseline.filter(all, lintedPaths: Set(linted), cwd: cwd)
      kept = outcome.keptIndices.map { all[$0] }
      baselined = outcome.baselinedCount
      stale = outcome.stale
    }
    return LintReport(
      findings: kept.map { $0.0 }, fingerprints: kept.map { $0.1 }, linted: linted, skipped: skipped, failed: failed,
      suppressedCount: suppressed, baselinedCount: baselined, staleBaselineEntries: stale, notices: walked.notices,
      unbaselined: all)
  }

  enum FileOutput: Sendable {
    case skipped(String)
    case failed(String, Finding?)
    case linted([(Finding, String)], suppressed: Int)
  }

  static func language(for path: String, _ settings: LintSettings) -> Language? {
    Language(path: path) ?? settings.forcedLanguage
  }

  static func absolute(_ path: String, cwd: String) -> String {
    FileWalker.normalize(path.hasPrefix("/") ? path : cwd + "/" + path)
  }

  static func ioErrorFinding(path: String, error: String, policy: SeverityPolicy, cwd: String) -> Finding? {
    let rule = RuleDescription.ioError
    let severities = policy.forFile(absolutePath: absolute(path, cwd: cwd), isCSharp: false)
    guard let severity = severities.severity(rule.id, default: rule.defaultVerdict.defaultSeverity) else { return nil }
    let origin = SourceLocation(line: 1, column: 1)
    return Finding(
      ruleID: rule.id, ruleName: rule.name, verdict: rule.defaultVerdict, severity: severity,
      message: "cannot read file: \(error)", path: path, range: ByteRange(0, 0), start: origin, end: origin)
  }

  /// Pass 2 for one file: its findings with effective severities, suppressions applied, fingerprinted.
  static func lintFile(
    _ file: SourceFile, invalidAt: Int?, index: ProjectIndex, options: AnalysisOptions, settings: LintSettings,
    policy: SeverityPolicy, syntax: FirstPassSyntax? = nil, parallel: ParallelJobs? = nil
  ) -> FileOutput {
    guard let language = file.language else { return .skipped("not a C# or Swift file") }
    var result = Linters.linter(for: language).lint(
      file, index: index, options: options, reusing: syntax, parallel: parallel)
    // Findings are moved along, not copied: a large file has tens of thousands, each a dozen references.
    var raw = result.findings
    result.findings = []
    for diagnostic in result.syntaxDiagnostics {
      raw.append(Finding(rule: .syntaxError, message: diagnostic.message, file: file, range: diagnostic.range))
    }
    if let invalidAt {
      let at = min(invalidAt, file.bytes.count)
      raw.append(
        Finding(
          rule: .invalidEncoding, message: "file is not valid UTF-8 (first bad byte at offset \(invalidAt))",
          file: file,
          range: ByteRange(at, min(at + 1, file.bytes.count))))
    }
    // Most linted files yield nothing: no findings to grade, and no directive that could be unused.
    if raw.isEmpty && !SuppressionFilter.mayHoldDirectives(file, result) { return .linted([], suppressed: 0) }
    let severities = policy.forFile(
      absolutePath: absolute(file.path, cwd: settings.workingDirectory), isCSharp: language == .csharp)
    /// Sets each finding's effective severity, in place, and drops those of rules configured off.
    func applySeverity(_ findings: inout [Finding]) {
      var kept = 0
      for i in findings.indices {
        guard let s = severities.severity(findings[i].ruleID, default: findings[i].verdict.defaultSeverity) else {
          continue
        }
        findings[i].severity = s
        findings.swapAt(kept, i)
        kept += 1
      }
      findings.removeLast(findings.count - kept)
    }
    var suppressionOptions = SuppressionParser.Options()
    suppressionOptions.honorPragma = settings.config.honorPragma
    suppressionOptions.honorBarePragma = settings.config.honorBarePragma
    suppressionOptions.honorSuppressMessage = settings.config.honorSuppressMessage
    suppressionOptions.honorExternalIDs = settings.config.honorCA2012
    applySeverity(&raw)
    var filtered = SuppressionFilter.apply(
      findings: raw, file: file, result: result, options: suppressionOptions, activeRules: severities.isActive)
    raw = []
    var findings = filtered.kept
    filtered.kept = []
    var directiveFindings = filtered.directiveFindings
    applySeverity(&directiveFindings)
    findings += directiveFindings
    let fingerprints = FindingFingerprint.of(findings, in: file, parallel: parallel)
    // Each finding moved out beside its fingerprint, from the last (`popLast` moves, indexing copies).
    var fingerprinted: [(Finding, String)] = []
    fingerprinted.reserveCapacity(findings.count)
    while let finding = findings.popLast() { fingerprinted.append((finding, fingerprints[findings.count])) }
    fingerprinted.reverse()
    return .linted(fingerprinted, suppressed: filtered.suppressedCount)
  }
}
