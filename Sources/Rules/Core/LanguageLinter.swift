import Analysis
import CSharpFrontend
import SourceModel

/// What a language (front end + analysis + rules) offers the driver. The driver runs two passes: every
/// file's `indexPart` is merged into one `ProjectIndex`, then every file is linted against it.
public protocol LanguageLinter: Sendable {
  var language: Language { get }
  /// Whether the driver runs the first pass for this language's files. `false` for a language that adds
  /// nothing to the index and whose `lint` decides cheaply by itself that a file yields nothing: its
  /// files are then read and lexed once, in the second pass.
  var needsFirstPass: Bool { get }
  /// First pass: this file's contribution to the project-wide index.
  func indexPart(for file: SourceFile, options: AnalysisOptions) -> IndexPart
  /// First pass, with what decides whether the second pass is needed at all (default: the index part
  /// alone, and the second pass always runs). Without the identifier digests when `digests` is false (the
  /// second pass then always runs): a run of one file lints it over the first pass's tree anyway.
  func firstPass(for file: SourceFile, options: AnalysisOptions, digests: Bool) -> FirstPassResult
  /// The first pass, or only a glance (`FirstPassResult(glance:)`) when `glancer` says it can wait;
  /// `parallel`: threads a run of one file lends its first pass (the result is the same without).
  func firstPass(
    for file: SourceFile, options: AnalysisOptions, digests: Bool, glancer: FirstPassGlancer?,
    parallel: ParallelJobs?
  ) -> FirstPassResult
  /// What decides, for this run, whether a file's parse in the first pass can wait (`FirstPassGlance`),
  /// knowing the names that matter whatever the project holds and `mattering` (those the index built so far
  /// makes matter); `nil`: every file takes the whole first pass.
  func glancer(options: AnalysisOptions, mattering: Set<String>) -> FirstPassGlancer?
  /// The identifier spellings that can lead this language's analysis to a finding, given the merged index;
  /// `nil` when this language does not skip second passes.
  func namesThatMatter(index: ProjectIndex, options: AnalysisOptions) -> Set<String>?
  /// Of `namesThatMatter`, those that matter wherever they are written; the others matter only where a
  /// member is used (`FirstPassResult.memberUses`). `nil`: all of them matter anywhere.
  func namesMatteringAnywhere(index: ProjectIndex, options: AnalysisOptions) -> Set<String>?
  /// Of the member names among `mattering` (`namesThatMatter`), those that matter only in a file writing one
  /// of a few type names; `nil`: none.
  func memberGates(index: ProjectIndex, options: AnalysisOptions, mattering: Set<String>) -> MemberGates?
  /// Second pass: all findings for the file (GOOD included; the driver filters), plus what the driver
  /// needs to apply suppressions.
  func lint(_ file: SourceFile, index: ProjectIndex, options: AnalysisOptions) -> FileLintResult
  /// Second pass with what the driver can lend: the syntax the first pass built for the same file
  /// (`FirstPassResult.syntax`), so the file is not lexed and parsed again, and threads to analyze a large
  /// file in parts. The result equals `lint(_:index:options:)`.
  func lint(
    _ file: SourceFile, index: ProjectIndex, options: AnalysisOptions, reusing syntax: FirstPassSyntax?,
    parallel: ParallelJobs?
  ) -> FileLintResult
}

extension LanguageLinter {
  public var needsFirstPass: Bool { true }

  public func firstPass(for file: SourceFile, options: AnalysisOptions, digests: Bool) -> FirstPassResult {
    FirstPassResult(index: indexPart(for: file, options: options))
  }

  /// The first pass with its digests, as a run of many files takes it.
  public func firstPass(for file: SourceFile, options: AnalysisOptions) -> FirstPassResult {
    firstPass(for: file, options: options, digests: true)
  }

  public func glancer(options: AnalysisOptions, mattering: Set<String>) -> FirstPassGlancer? { nil }

  public func firstPass(
    for file: SourceFile, options: AnalysisOptions, digests: Bool, glancer: FirstPassGlancer?,
    parallel: ParallelJobs? = nil
  ) -> FirstPassResult {
    firstPass(for: file, options: options, digests: digests)
  }

  public func namesThatMatter(index: ProjectIndex, options: AnalysisOptions) -> Set<String>? { nil }

  public func namesMatteringAnywhere(index: ProjectIndex, options: AnalysisOptions) -> Set<String>? { nil }

  public func memberGates(index: ProjectIndex, options: AnalysisOptions, mattering: Set<String>) -> MemberGates? {
    nil
  }

  public func lint(
    _ file: SourceFile, index: ProjectIndex, options: AnalysisOptions, reusing syntax: FirstPassSyntax?,
    parallel: ParallelJobs?
  ) -> FileLintResult {
    lint(file, index: index, options: options)
  }
}

/// What a first pass parsed, handed to the second pass of the same file when the driver keeps it.
public enum FirstPassSyntax: Sendable {
  /// The C# tree as pass 2 would parse it (member bodies deferred), with its trivia; or, once `compacted`,
  /// without trivia and with the comments pass 2 reads from them.
  case csharp(CSharpSyntaxTree, comments: [CommentSpan]?)

  /// The same syntax in less memory, for holding until pass 2: the trivia (about one piece per token) are
  /// reduced to the comments and directives pass 2 needs.
  public func compacted(file: SourceFile) -> FirstPassSyntax {
    switch self {
    case .csharp(var tree, let comments):
      if comments != nil { return self }
      let kept = CSharpLinter.suppressionComments(in: tree.lexed, file: file)
      tree.lexed.trivia = []
      return .csharp(tree, comments: kept)
    }
  }
}

/// One file's first pass: its index contribution, and whether its second pass can be skipped.
public struct FirstPassResult: Sendable {
  public var index: IndexPart
  /// The file's identifiers; `nil`: the second pass always runs.
  public var identifiers: IdentifierDigest?
  /// The identifiers written where a member is used (C#: `MemberUse`); `nil`: every
  /// identifier counts as one.
  public var memberUses: IdentifierDigest?
  /// The member uses again, each with its shape (`MemberGates.shapeKey`); `nil`: any shape.
  public var useShapes: IdentifierDigest?
  /// The second pass must run whatever the identifiers: the file has syntax errors, suppression
  /// directives, or identifiers written with escapes (compared by spelling, they could hide any name).
  public var mustLint: Bool
  /// The syntax the first pass built, which the second pass can reuse (`nil`: it parses again). The driver
  /// drops it unless keeping it until the second pass costs no memory (see `SyntaxKeeping`).
  public var syntax: FirstPassSyntax?
  /// Set when the first pass was not taken: the file was only glanced at and named nothing that matters,
  /// so it adds nothing to the index (but the types it declares, asked for on demand) and has no second
  /// pass.
  public var glance: FirstPassGlance?

  public init(
    index: IndexPart, identifiers: IdentifierDigest? = nil, memberUses: IdentifierDigest? = nil,
    useShapes: IdentifierDigest? = nil, mustLint: Bool = true, syntax: FirstPassSyntax? = nil
  ) {
    self.index = index
    self.identifiers = identifiers
    self.memberUses = memberUses
    self.useShapes = useShapes
    self.mustLint = mustLint
    self.syntax = syntax
  }

  /// A file only glanced at.
  public init(glance: FirstPassGlance) {
    self.init(index: IndexPart(), mustLint: false)
    self.glance = glance
  }

  /// Whether the second pass can yield anything, given the hashes of the names that matter: one of them
  /// written anywhere, or, for a member's name, where a member is used.
  public func needsSecondPass(mattering: MatteringHashes?) -> Bool {
    if let glance, let mattering {
      return FirstPassGlancer.isDue(glance, mattering: mattering.all)
    }
    guard !mustLint, let identifiers, let mattering else { return true }
    guard let memberUses, let anywhere = mattering.anywhere else { return identifiers.intersects(mattering.all) }
    if identifiers.intersects(anywhere) { return true }
    guard let gates = mattering.gates, !gates.isEmpty, let useShapes else {
      return memberUses.intersects(mattering.all)
    }
    var shapes = IdentifierDigest.Lookup(useShapes)
    var mentions = IdentifierDigest.Lookup(identifiers)
    return memberUses.intersects(mattering.all) { name in
      gates.opensAnyUse(name, shapes: { shapes.contains($0) }, mentions: { mentions.contains($0) })
    }
  }
}

/// A language's names that matter (`LanguageLinter.namesThatMatter`), hashed once per run.
public struct MatteringHashes: Sendable {
  public var all: IdentifierHashSet
  /// The names among them that matter wherever written; `nil`: all of them.
  public var anywhere: IdentifierHashSet?
  /// Member names that matter only where one of a few type names is written (`MemberGates`); `nil`: none.
  public var gates: MemberGates?

  /// `nil` when the language does not skip second passes.
  public init?(_ linter: any LanguageLinter, index: ProjectIndex, options: AnalysisOptions) {
    guard let names = linter.namesThatMatter(index: index, options: options) else { return nil }
    all = IdentifierDigest.hashes(of: names)
    anywhere = linter.namesMatteringAnywhere(index: index, options: options).map(IdentifierDigest.hashes(of:))
    gates = linter.memberGates(index: index, options: options, mattering: names)
  }
}

/// Everything one file produced.
public struct FileLintResult: Sendable {
  public var findings: [Finding]
  public var syntaxDiagnostics: [SyntaxDiagnostic]
  /// Comments and directives in source order, for suppressions (`// vtlint:disable…`,
  /// `#pragma warning disable …`), read from the lexer's trivia, never by regex. For C#, empty when none of
  /// them can be a suppression (`Linters.comments(of:)` has them all).
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
