import Rules
import SourceModel

/// Small conveniences every reporter shares: the report order, report paths and fingerprints.
extension RunResult {
  /// The findings in report order (path, line, column, rule, message). The driver already sorts; sorting
  /// again here keeps reporters deterministic whoever builds the `RunResult`.
  public var sortedFindings: [Finding] {
    findings.sorted(by: RunResult.totalOrder)
  }

  /// `Finding.reportOrder` extended to a total order, so equal keys never depend on input order.
  static func totalOrder(_ a: Finding, _ b: Finding) -> Bool {
    if Finding.reportOrder(a, b) { return true }
    if Finding.reportOrder(b, a) { return false }
    if a.end != b.end { return a.end < b.end }
    if a.severity != b.severity { return a.severity > b.severity }
    if a.ruleName != b.ruleName { return a.ruleName < b.ruleName }
    return (a.enclosingMember ?? "") < (b.enclosingMember ?? "")
  }

  /// `path` as reports show it: `/` separators, a leading `./` dropped, and made relative to
  /// `baseDirectory` when it lies inside it.
  public func reportPath(_ path: String) -> String {
    var p = path.contains("\\") ? String(path.map { $0 == "\\" ? "/" : $0 }) : path
    while p.hasPrefix("./") { p.removeFirst(2) }
    if let base = baseDirectory, !base.isEmpty, p.hasPrefix("/") {
      let prefix = base.hasSuffix("/") ? base : base + "/"
      if p.hasPrefix(prefix) { p = String(p.dropFirst(prefix.count)) }
    }
    return p
  }

  /// The finding's stable fingerprint (see `Fingerprint`), reading its line from `sources`.
  public func fingerprint(of finding: Finding) -> String {
    Fingerprint.of(finding, in: sources.file(finding.path))
  }

  /// The rule description for an id, if the run carries it.
  public func rule(_ id: String) -> RuleDescription? {
    rules.first { $0.id == id }
  }
}

/// Line-oriented formats (text, msbuild) promise one finding per line: line breaks inside a message
/// (LF, CR, CRLF, and Unicode's other line separators) become spaces.
func singleLine(_ s: String) -> String {
  guard s.contains(where: \.isNewline) else { return s }
  return String(s.map { $0.isNewline ? " " : $0 })
}
