import Rules
import SourceModel

/// `--format sarif`: SARIF 2.1.0 as GitHub code scanning reads it.
///
/// One run; the driver lists every rule with its descriptions and help; results carry relative `/` URIs
/// against `%SRCROOT%`, full regions in code points (`columnKind`), the earlier consumption as a related
/// location, and vtlint's line-independent fingerprint in `partialFingerprints`. Files that could not be
/// linted become error notifications of the invocation, skipped files note notifications.
public struct SARIFReporter: Reporter {
  public static let identifier = "sarif"
  public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"
  /// The `partialFingerprints` key. Versioned so a change of the fingerprint recipe is visible.
  public static let fingerprintKey = "vtlintFingerprint/v1"
  static let srcroot = "%SRCROOT%"

  public init() {}

  public func render(_ run: RunResult) -> String {
    let findings = run.sortedFindings
    let rules = SARIFReporter.ruleTable(run, findings)
    var ruleIndex: [String: Int] = [:]
    for (i, r) in rules.enumerated() { ruleIndex[r.id] = i }

    var runObject: [String: JSONValue] = [
      "tool": .object([
        "driver": .object([
          "name": .string(run.tool.name),
          "version": .string(run.tool.version),
          "semanticVersion": .string(run.tool.version),
          "informationUri": .string(run.tool.informationURI),
          "rules": .array(rules.map(SARIFReporter.rule)),
        ])
      ]),
      "columnKind": .string("unicodeCodePoints"),
      "results": .array(
        run.reportOrder.map { i in
          result(
            run.findings[i], ruleIndex: ruleIndex[run.findings[i].ruleID], fingerprint: run.fingerprint(at: i), run)
        }),
      "invocations": .array([invocation(run)]),
    ]
    if let base = run.baseDirectory, base.hasPrefix("/") {
      runObject["originalUriBaseIds"] = .object([
        SARIFReporter.srcroot: .object(["uri": .string(SARIFURI.fileURI(directory: base))])
      ])
    }
    let document: [String: JSONValue] = [
      "$schema": .string(SARIFReporter.schemaURI),
      "version": .string("2.1.0"),
      "runs": .array([.object(runObject)]),
    ]
    return JSONValue.object(document).rendered()
  }

  /// The run's rules in id order, plus a minimal entry for any finding whose rule the run does not describe,
  /// so every result has a valid `ruleIndex`.
  static func ruleTable(_ run: RunResult, _ findings: [Finding]) -> [RuleDescription] {
    var byID: [String: RuleDescription] = [:]
    for r in run.rules where byID[r.id] == nil { byID[r.id] = r }
    for f in findings where byID[f.ruleID] == nil {
      byID[f.ruleID] = RuleDescription(
        id: f.ruleID, name: f.ruleName, title: f.ruleName, defaultVerdict: f.verdict, languages: [],
        rationale: "", howToFix: "")
    }
    return byID.values.sorted { $0.id < $1.id }
  }

  static func rule(_ r: RuleDescription) -> JSONValue {
    let full = r.rationale.isEmpty ? r.title : r.rationale
    var markdown = "**\(r.id) \(r.name)**: \(r.title)\n\n"
    if !r.rationale.isEmpty { markdown += r.rationale + "\n\n" }
    if !r.howToFix.isEmpty { markdown += "**How to fix:** " + r.howToFix + "\n\n" }
    if !r.limits.isEmpty { markdown += "**Limits:** " + r.limits + "\n\n" }
    markdown += "Suppress with `// vtlint:disable:next \(r.id) -- reason`."
    var text = "\(r.id) \(r.name): \(r.title)\n\n"
    if !r.rationale.isEmpty { text += r.rationale + "\n\n" }
    if !r.howToFix.isEmpty { text += "How to fix: " + r.howToFix + "\n\n" }
    if !r.limits.isEmpty { text += "Limits: " + r.limits + "\n\n" }
    text += "Suppress with: // vtlint:disable:next \(r.id) -- reason"
    var tags: [JSONValue] = [.string("reliability")]
    tags += r.languages.map { .string($0.rawValue) }
    return .object([
      "id": .string(r.id),
      "name": .string(r.name),
      "shortDescription": .object(["text": .string(r.title)]),
      "fullDescription": .object(["text": .string(full)]),
      "help": .object(["text": .string(text), "markdown": .string(markdown)]),
      "defaultConfiguration": .object(["level": .string(r.defaultVerdict.defaultSeverity.rawValue)]),
      "properties": .object(["tags": .array(tags), "precision": .string("high")]),
    ])
  }

  private func result(_ f: Finding, ruleIndex: Int?, fingerprint: String, _ run: RunResult) -> JSONValue {
    var object: [String: JSONValue] = [
      "ruleId": .string(f.ruleID),
      "level": .string(f.severity.rawValue),
      "message": .object(["text": .string(f.message)]),
      "locations": .array([
        .object(["physicalLocation": physicalLocation(f.path, start: f.start, end: f.end, run)])
      ]),
      "partialFingerprints": .object([SARIFReporter.fingerprintKey: .string(fingerprint)]),
      "properties": .object(["verdict": .string(f.verdict.word), "ruleName": .string(f.ruleName)]),
    ]
    if let ruleIndex { object["ruleIndex"] = .int(ruleIndex) }
    if !f.related.isEmpty {
      object["relatedLocations"] = .array(
        f.related.enumerated().map { n, r in
          .object([
            "id": .int(n + 1),
            "message": .object(["text": .string(r.message)]),
            "physicalLocation": physicalLocation(f.path, start: r.start, end: r.end, run),
          ])
        })
    }
    return .object(object)
  }

  private func physicalLocation(_ path: String, start: SourceLocation, end: SourceLocation, _ run: RunResult)
    -> JSONValue
  {
    .object([
      "artifactLocation": artifactLocation(path, run),
      "region": region(start: start, end: end),
    ])
  }

  private func artifactLocation(_ path: String, _ run: RunResult) -> JSONValue {
    let p = run.reportPath(path)
    if p.hasPrefix("/") { return .object(["uri": .string(SARIFURI.fileURI(path: p))]) }
    return .object(["uri": .string(SARIFURI.encodePath(p)), "uriBaseId": .string(SARIFReporter.srcroot)])
  }

  /// A region that always satisfies SARIF's constraints (lines and columns ≥ 1, end not before start).
  private func region(start: SourceLocation, end: SourceLocation) -> JSONValue {
    let startLine = max(1, start.line)
    let startColumn = max(1, start.column)
    var endLine = max(startLine, end.line)
    var endColumn = max(1, end.column)
    if endLine == startLine && endColumn < startColumn {
      endLine = startLine
      endColumn = startColumn
    }
    return .object([
      "startLine": .int(startLine), "startColumn": .int(startColumn),
      "endLine": .int(endLine), "endColumn": .int(endColumn),
    ])
  }

  private func invocation(_ run: RunResult) -> JSONValue {
    var notes: [JSONValue] = []
    for failed in run.failed.sorted(by: { ($0.path, $0.error) < ($1.path, $1.error) }) {
      notes.append(notification(level: "error", text: "could not lint: \(failed.error)", path: failed.path, run))
    }
    for skipped in run.skipped.sorted(by: { ($0.path, $0.reason) < ($1.path, $1.reason) }) {
      notes.append(notification(level: "note", text: "skipped: \(skipped.reason)", path: skipped.path, run))
    }
    var object: [String: JSONValue] = ["executionSuccessful": .bool(true)]
    if !notes.isEmpty { object["toolExecutionNotifications"] = .array(notes) }
    return .object(object)
  }

  private func notification(level: String, text: String, path: String, _ run: RunResult) -> JSONValue {
    .object([
      "level": .string(level),
      "message": .object(["text": .string(text)]),
      "locations": .array([.object(["physicalLocation": .object(["artifactLocation": artifactLocation(path, run)])])]),
    ])
  }
}

/// URI spelling for SARIF artifact locations: RFC 3986 percent-encoding of everything outside the
/// unreserved set and `/`, over UTF-8 bytes.
enum SARIFURI {
  static func encodePath(_ path: String) -> String {
    var out: [UInt8] = []
    let hex = Array("0123456789ABCDEF".utf8)
    for b in path.utf8 {
      switch b {
      case 0x41...0x5A, 0x61...0x7A, 0x30...0x39, 0x2D, 0x2E, 0x5F, 0x7E, 0x2F: out.append(b)
      default: out += [0x25, hex[Int(b >> 4)], hex[Int(b & 0xF)]]
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// `file:///abs/path` for an absolute path.
  static func fileURI(path: String) -> String { "file://" + encodePath(path) }

  /// `file:///abs/dir/`: a base URI must end with `/`.
  static func fileURI(directory: String) -> String {
    fileURI(path: directory.hasSuffix("/") ? directory : directory + "/")
  }
}
