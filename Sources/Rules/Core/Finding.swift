import SourceModel

/// One verdict about one value (or one input problem), at one place in one file.
public struct Finding: Sendable, Hashable {
  /// Stable rule code, e.g. `VT0001`.
  public var ruleID: String
  /// Stable rule name, e.g. `consumed-twice`.
  public var ruleName: String
  public var verdict: Verdict
  /// Effective severity: the verdict's default unless configuration changed it.
  public var severity: Severity
  public var message: String
  public var path: String
  public var range: ByteRange
  public var start: SourceLocation
  public var end: SourceLocation
  /// Other places worth showing, e.g. the first consumption of a value consumed twice.
  public var related: [RelatedLocation]
  /// The enclosing member (`Namespace.Type.Method`), when known: part of the baseline fingerprint so a
  /// finding keeps its identity when lines are inserted above it.
  public var enclosingMember: String?

  public init(
    rule: RuleDescription, verdict: Verdict? = nil, message: String, file: SourceFile, range: ByteRange,
    related: [RelatedLocation] = [], enclosingMember: String? = nil
  ) {
    let v = verdict ?? rule.defaultVerdict
    self.ruleID = rule.id
    self.ruleName = rule.name
    self.verdict = v
    self.severity = v.defaultSeverity
    self.message = message
    self.path = file.path
    self.range = range
    self.start = file.location(of: range.start)
    self.end = file.location(of: range.end)
    self.related = related
    self.enclosingMember = enclosingMember
  }

  public init(
    ruleID: String, ruleName: String, verdict: Verdict, severity: Severity, message: String, path: String,
    range: ByteRange, start: SourceLocation, end: SourceLocation, related: [RelatedLocation] = [],
    enclosingMember: String? = nil
  ) {
    self.ruleID = ruleID
    self.ruleName = ruleName
    self.verdict = verdict
    self.severity = severity
    self.message = message
    self.path = path
    self.range = range
    self.start = start
    self.end = end
    self.related = related
    self.enclosingMember = enclosingMember
  }

  /// The report order: path, line, column, rule. Independent of scheduling.
  public static func reportOrder(_ a: Finding, _ b: Finding) -> Bool {
    if a.path != b.path { return a.path < b.path }
    if a.start != b.start { return a.start < b.start }
    if a.ruleID != b.ruleID { return a.ruleID < b.ruleID }
    return a.message < b.message
  }

  /// `items` in report order by the finding each holds, ties kept in their given order. Sorts positions
  /// rather than the items (a finding is a large value, and moving them dominated sorting a file with tens
  /// of thousands of findings), and takes the findings out once (comparing through `finding` copied two
  /// findings at every comparison). Inlinable so that it is specialized where it is called: generic code
  /// copies each finding through its type's value witnesses.
  @inlinable
  public static func inReportOrder<Item>(_ items: [Item], by finding: (Item) -> Finding) -> [Item] {
    let findings = items.map(finding)
    guard let order = reportOrderPositions(findings) else { return items }
    return order.map { items[$0] }
  }

  /// `findings` in report order, ties kept in their given order.
  public static func inReportOrder(_ findings: [Finding]) -> [Finding] {
    guard let order = reportOrderPositions(findings) else { return findings }
    return order.map { findings[$0] }
  }

  /// The positions of `findings` in report order (ties in their given order), or nil when they are in it
  /// already: one file's findings come sorted, and checking costs a pass where sorting costs several.
  @usableFromInline
  static func reportOrderPositions(_ findings: [Finding]) -> [Int]? {
    if findings.indices.dropFirst().allSatisfy({ !reportOrder(findings[$0], findings[$0 - 1]) }) { return nil }
    return findings.indices.sorted { i, j in
      if reportOrder(findings[i], findings[j]) { return true }
      if reportOrder(findings[j], findings[i]) { return false }
      return i < j
    }
  }
}

/// A secondary location attached to a finding.
public struct RelatedLocation: Sendable, Hashable {
  public var message: String
  public var range: ByteRange
  public var start: SourceLocation
  public var end: SourceLocation

  public init(message: String, range: ByteRange, file: SourceFile) {
    self.message = message
    self.range = range
    self.start = file.location(of: range.start)
    self.end = file.location(of: range.end)
  }
}
