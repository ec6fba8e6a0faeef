import Reporters
import Rules
import SourceModel
import VTLintTestSupport

/// Small hand-made runs shared by the reporter tests: real `SourceFile`s, so locations, code frames and
/// fingerprints come from actual bytes.
enum TestRuns {
  static let csharpSource = """
    class Cache {
        async Task M() {
            ValueTask<int> vt = GetAsync();
            var a = await vt;
            var b = await vt;
        }
    }

    """

  static let swiftSource = """
    func load() async {
      let task = makeTask()
      _ = await task.value  // first
    }

    """

  static let rule = RuleDescription(
    id: "VT0001", name: "consumed-twice", title: "A one-shot awaitable is consumed twice",
    defaultVerdict: .bad, languages: [.csharp, .swift],
    rationale: "A `ValueTask` may be backed by a pooled object; after the first await it can be reused.",
    howToFix: "Await it once, or call `.AsTask()` and await the task.")

  static let warningRule = RuleDescription(
    id: "VT0002", name: "consumed-maybe-twice", title: "A one-shot awaitable may be consumed twice",
    defaultVerdict: .warning, languages: [.csharp],
    rationale: "Some paths consume the value twice.", howToFix: "Consume it on exactly one path.")

  static let goodRule = RuleDescription(
    id: "VT0003", name: "consumed-once", title: "A one-shot awaitable is consumed exactly once",
    defaultVerdict: .good, languages: [.swift],
    rationale: "Reported for completeness.", howToFix: "Nothing to do.")

  /// Byte range of the `occurrence`-th (0-based) appearance of `needle` in `file`.
  static func range(of needle: String, in file: SourceFile, occurrence: Int = 0) -> ByteRange {
    let n = Array(needle.utf8)
    var seen = 0
    var i = 0
    while i + n.count <= file.bytes.count {
      if Array(file.bytes[i..<(i + n.count)]) == n {
        if seen == occurrence { return ByteRange(i, i + n.count) }
        seen += 1
      }
      i += 1
    }
    fatalError("\(needle) not found")
  }

  /// One BAD with a related earlier consumption, one WARNING, one GOOD, over two files.
  static func sample(color: Bool = false) -> RunResult {
    let cs = SourceFile(path: "src/Cache.cs", text: csharpSource)
    let sw = SourceFile(path: "Sources/App/Loader.swift", text: swiftSource)
    let first = range(of: "await vt", in: cs, occurrence: 0)
    let second = range(of: "await vt", in: cs, occurrence: 1)
    let bad = Finding(
      rule: rule, message: "ValueTask 'vt' is awaited more than once",
      file: cs, range: second,
      related: [RelatedLocation(message: "first await of 'vt'", range: first, file: cs)],
      enclosingMember: "Cache.M")
    let warn = Finding(
      rule: warningRule, message: "'vt' may be awaited twice", file: cs,
      range: range(of: "vt = GetAsync()", in: cs), enclosingMember: "Cache.M")
    let good = Finding(
      rule: goodRule, message: "one-shot 'task' consumed once", file: sw,
      range: range(of: "await task.value", in: sw), enclosingMember: "load()")
    let findings = [good, warn, bad].sorted(by: Finding.reportOrder)
    return RunResult(
      findings: findings,
      summary: RunSummary(files: 3, counting: findings, suppressed: 2, baselined: 1, skipped: 1),
      skipped: [SkippedFile(path: "src/Gen.g.cs", reason: "generated")],
      rules: [rule, warningRule, goodRule],
      tool: ToolInfo(name: "vtlint", version: "9.9.9-test", informationURI: "https://example.invalid/vtlint"),
      sources: SourceLookup(files: [cs, sw]), color: color)
  }
}

extension TestRuns {
  /// A finding whose path and message contain everything the formats must escape: `,` `:` `%` spaces and
  /// non-ASCII in the path; newline, CR, `::`, `%0A`, quotes, `<&>`, a control character and an emoji in
  /// the message.
  static func hostile() -> RunResult {
    let path = "src/we,ird: dir/Caché 100%.cs"
    let file = SourceFile(path: path, text: "x = await vt;\t// ☃\n")
    let message = "line one\nline two\r\n::error file=evil.cs::injected %0A 50% \"q\" 'a' <b> & \u{1}\u{7F} 🎉 \u{2028}"
    let f = Finding(rule: rule, message: message, file: file, range: range(of: "await vt", in: file))
    return RunResult(
      findings: [f], summary: RunSummary(files: 1, counting: [f]), rules: [rule],
      sources: SourceLookup(files: [file]))
  }

  /// The sample with findings in a scrambled order.
  static func shuffled(_ run: RunResult, seed: UInt64) -> RunResult {
    var generator = SplitMix(seed: seed)
    var copy = run
    copy.findings.shuffle(using: &generator)
    return copy
  }
}
