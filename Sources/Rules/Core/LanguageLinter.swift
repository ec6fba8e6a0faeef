import Analysis
import SourceModel

/// What a language (front end + analysis + rules) offers the driver. The driver runs two passes: every
/// file's `indexPart` is merged into one `ProjectIndex`, then every file is linted against it.
public protocol LanguageLinter: Sendable {
  var language: Language { get }
  /// First pass: this file's contribution to the project-wide index.
  func indexPart(for file: SourceFile, options: AnalysisOptions) -> ProjectIndex
  /// First pass, with what decides whether the second pass is needed at all (default: the index part
  /// alone, and the second pass always runs).
  func firstPass(for file: SourceFile, options: AnalysisOptions) -> FirstPassResult
  /// The identifier spellings that can lead this language's analysis to a finding, given the merged index;
  /// `nil` when this language does not skip second passes.
  func namesThatMatter(index: ProjectIndex, options: AnalysisOptions) -> Set<String>?
  /// Second pass: all findings for the file (GOOD included; the driver filters), plus what the driver
  /// needs to apply suppressions.
  func lint(_ file: SourceFile, index: ProjectIndex, options: AnalysisOptions) -> FileLintResult
}

extension LanguageLinter {
  public func firstPass(for file: SourceFile, options: AnalysisOptions) -> FirstPassResult {
    FirstPassResult(index: indexPart(for: file, options: options))
  }

  public func namesThatMatter(index: ProjectIndex, options: AnalysisOptions) -> Set<String>? { nil }
}

/// One file's first pass: its index contribution, and whether its second pass can be skipped.
public struct FirstPassResult: Sendable {
  public var index: ProjectIndex
  /// The file's identifiers; `nil`: the second pass always runs.
  public var identifiers: IdentifierDigest?
  /// The second pass must run whatever the identifiers: the file has syntax errors, suppression
  /// directives, or identifiers written with escapes (compared by spelling, they could hide any name).
  public var mustLint: Bool

  public init(index: ProjectIndex, identifiers: IdentifierDigest? = nil, mustLint: Bool = true) {
    self.index = index
    self.identifiers = identifiers
    self.mustLint = mustLint
  }

  /// Whether the second pass can yield anything, given the hashes of the names that matter.
  public func needsSecondPass(matteringHashes: IdentifierHashSet?) -> Bool {
    guard !mustLint, let identifiers, let matteringHashes else { return true }
    return identifiers.intersects(matteringHashes)
  }
}

/// Everything one file produced.
public struct FileLintResult: Sendable {
  public var findings: [Finding]
  public var syntaxDiagnostics: [SyntaxDiagnostic]
  /// Comments and directives in source order, for suppressions (`// vtlint:disable…`,
  /// `#pragma warning disable …`) and fixture expectations. Read from the lexer's trivia, never by regex.
  public var comments: [CommentSpan]
  /// C# `[SuppressMessage("vtlint", "VT0001…")]` attributes: the byte range of the member or type they sit
  /// on, and the rule key they name.
  public var attributeSuppressions: [AttributeSuppression]

  public init(
    findings: [Finding] = [], syntaxDiagnostics: [SyntaxDiagnostic] = [], comments: [CommentSpan] = [],
    attributeSuppressions: [AttributeSuppression] = []
  ) {
    self.findings = findings
    self.syntaxDiagnostics = syntaxDiagnostics
    self.comments = comments
    self.attributeSuppressions = attributeSuppressions
  }
}

public struct AttributeSuppression: Sendable, Hashable {
  /// The declaration the attribute applies to.
  public var scope: ByteRange
  /// The check id as written (`VT0001`, `VT0001:consumed-twice`, `consumed-twice`).
  public var ruleKey: String
  /// Where the attribute is, for unused-suppression reports.
  public var range: ByteRange

  public init(scope: ByteRange, ruleKey: String, range: ByteRange) {
    self.scope = scope
    self.ruleKey = ruleKey
    self.range = range
  }
}
