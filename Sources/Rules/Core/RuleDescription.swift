import SourceModel

/// Everything vtlint says about a rule, in one place: `vtlint rules`, `vtlint explain`, the SARIF rule
/// metadata and `Documentation/Rules/*.md` all render this, and the tests run its examples.
public struct RuleDescription: Sendable, Hashable {
  /// Stable code, `VT0001`. A contract: never reused, never renamed.
  public var id: String
  /// Stable kebab-case name naming the pattern flagged, `consumed-twice`. Accepted wherever an id is.
  public var name: String
  /// One-line title.
  public var title: String
  public var defaultVerdict: Verdict
  public var languages: [Language]
  /// Why the pattern matters, in Markdown.
  public var rationale: String
  /// How to fix it.
  public var howToFix: String
  /// When vtlint deliberately stays silent (what it cannot know).
  public var limits: String
  /// Examples whose `// expect:` comments must be produced exactly (nothing missing, nothing extra).
  public var examples: [Example]
  /// Analyzer ids of other tools that cover the same pattern (`CA2012`): their suppressions count.
  public var equivalentExternalIDs: [String]

  public init(
    id: String, name: String, title: String, defaultVerdict: Verdict, languages: [Language],
    rationale: String, howToFix: String, limits: String = "", examples: [Example] = [],
    equivalentExternalIDs: [String] = []
  ) {
    self.id = id
    self.name = name
    self.title = title
    self.defaultVerdict = defaultVerdict
    self.languages = languages
    self.rationale = rationale
    self.howToFix = howToFix
    self.limits = limits
    self.examples = examples
    self.equivalentExternalIDs = equivalentExternalIDs
  }
}

/// A rule example: a complete little source file whose expected findings are written inline as
/// `// expect: BAD VT0001` comments, exactly like the fixtures. `flagged` examples must contain at least
/// one expectation of their rule; `clean` ones none of it.
public struct Example: Sendable, Hashable {
  public enum Kind: String, Sendable, Hashable { case flagged, clean }

  public var kind: Kind
  public var language: Language
  public var code: String
  /// Where the example is written, so a failing example points at itself.
  public var file: String
  public var line: Int

  public init(_ kind: Kind, _ language: Language, _ code: String, file: String = #filePath, line: Int = #line) {
    self.kind = kind
    self.language = language
    self.code = code
    self.file = file
    self.line = line
  }
}
