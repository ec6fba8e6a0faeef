import Rules
import SourceModel

/// Small conveniences every reporter shares: the report order, report paths and fingerprints.
extension RunResult {
  /// The findings in report order (path, line, column, rule, message). The driver already sorts; sorting
  /// again here keeps reporters deterministic whoever builds the `RunResult`.
  public var sortedFindings: [Finding] {
    // Usually in order already: then the findings are returned as they are, not copied one by one.
    isInReportOrder ? findings : sortedPositions.map { findings[$0] }
  }

  /// The positions in `findings` in report order (the order of `sortedFindings`), for reporters that also
  /// want each finding's fingerprint (`fingerprint(at:)`).
  public var reportOrder: [Int] {
    isInReportOrder ? Array(findings.indices) : sortedPositions
  }

  /// The one sort behind both: of positions, so `sortedFindings` and `reportOrder` agree by construction.
  private var sortedPositions: [Int] {
    findings.indices.sorted { RunResult.totalOrder(findings[$0], findings[$1]) }
  }

  private var isInReportOrder: Bool {
    !findings.indices.dropFirst().contains { RunResult.totalOrder(findings[$0], findings[$0 - 1]) }
  }

  /// `Finding.reportOrder` extended to a total order, so equal keys never depend on input order.
  static func totalOrder(_ a: Finding, _ b: Finding) -> Bool {
    if Finding.reportOrder(a, b) { return true }
    if Finding.reportOrder(b, a) { return false }
    if a.end != b.end { return a.end < b.end }
    if a.severity != b.severity { return a.severity > b.severity }
    if a.verdict != b.verdict { return a.verdict > b.verdict }
    // Swift's `<` treats canonically equivalent strings (NFC and NFD spellings of `é`) as equal; bytes don't.
    if !a.path.utf8.elementsEqual(b.path.utf8) { return a.path.utf8.lexicographicallyPrecedes(b.path.utf8) }
    if !a.message.utf8.elementsEqual(b.message.utf8) {
      return a.message.utf8.lexicographicallyPrecedes(b.message.utf8)
    }
    if !a.ruleName.utf8.elementsEqual(b.ruleName.utf8) {
      return a.ruleName.utf8.lexicographicallyPrecedes(b.ruleName.utf8)
    }
    return (a.enclosingMember ?? "").utf8.lexicographicallyPrecedes((b.enclosingMember ?? "").utf8)
  }

  /// `path` as reports show it: a leading `./` dropped, and made relative to `baseDirectory` when it lies
  /// inside it. Paths already use `/` (`SourceFile.path`); a backslash is an ordinary file-name character on
  /// the platforms vtlint runs on, so it is kept.
  public func reportPath(_ path: String) -> String {
    var p = Substring(path)
    while p.hasPrefix("./") { p = p.dropFirst(2) }
    if let base = baseDirectory, !base.isEmpty, p.hasPrefix("/") {
      let prefix = base.hasSuffix("/") ? base : base + "/"
      if p.hasPrefix(prefix) { p = p.dropFirst(prefix.count) }
    }
    return String(p)
  }

  /// The finding's stable fingerprint (see `Fingerprint`), reading its line from `sources`.
  public func fingerprint(of finding: Finding) -> String {
    Fingerprint.of(finding, in: sources.file(finding.path))
  }

  /// The fingerprint of `findings[index]`: the driver's (`fingerprints`) when it gave them.
  public func fingerprint(at index: Int) -> String {
    fingerprints?[index] ?? fingerprint(of: findings[index])
  }

  /// The rule description for an id, if the run carries it.
  public func rule(_ id: String) -> RuleDescription? {
    rules.first { $0.id == id }
  }
}

/// Line-oriented formats (text, msbuild) promise one finding per line, and are printed to terminals.
/// Every line break (LF, CR, VT, FF, NEL, LS, PS) becomes a space and every other control character
/// U+FFFD, so a file name or message can neither split a line nor send escape sequences.
func singleLine(_ s: String) -> String {
  guard s.unicodeScalars.contains(where: { isLineBreak($0) || isControl($0) }) else { return s }
  var out = ""
  for scalar in s.unicodeScalars {
    if isLineBreak(scalar) {
      out += " "
    } else if isControl(scalar) {
      out += "\u{FFFD}"
    } else {
      out.unicodeScalars.append(scalar)
    }
  }
  return out
}

private func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
  switch scalar.value {
  case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
  default: return false
  }
}

/// C0 controls other than TAB, DEL, and the C1 controls.
private func isControl(_ scalar: Unicode.Scalar) -> Bool {
  let v = scalar.value
  return (v < 0x20 && v != 0x09) || (v >= 0x7F && v < 0xA0)
}
