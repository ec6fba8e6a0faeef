import Analysis
import SourceModel
import SwiftFrontend

/// Swift: lex, and unless the tokens name nothing the analysis looks for (`SwiftTriggers`), parse, find
/// continuations, streams and blocking waits, and apply the Swift rules.
///
/// A file with no trigger name is not parsed, so its parser diagnostics (VT9003) are not reported; lexer
/// diagnostics (an unterminated string or comment, a stray byte) still are, and so are the parser's depth
/// and length limits: a file whose token shape may reach them (`SwiftTokenShape`) is parsed anyway.
public struct SwiftLinter: LanguageLinter {
  public init() {}

  public var language: Language { .swift }

  /// Swift adds nothing to the index, and `lint` lexes first and parses only files naming a trigger, so a
  /// first pass would only read and lex every file a second time.
  public var needsFirstPass: Bool { false }

  public func indexPart(for file: SourceFile, options: AnalysisOptions) -> IndexPart {
    IndexPart()
  }

  public func lint(_ file: SourceFile, index: ProjectIndex, options: AnalysisOptions) -> FileLintResult {
    lint(file, alwaysParse: false)
  }

  /// `alwaysParse` skips the trigger scan (tests compare both ways).
  func lint(_ file: SourceFile, alwaysParse: Bool) -> FileLintResult {
    // Neither the parser nor the analysis reads trivia; the lexer lists comments by itself.
    let lexed = SwiftFrontend.Lexer.lex(file.bytes, watching: SwiftTriggers.wordFilter, keepingTrivia: false)
    let triggers = alwaysParse ? SwiftTriggers.all : SwiftTriggers.scan(lexed, bytes: file.bytes)
    guard triggers.any || lexed.shape.mayHitParserLimits else {
      return FileLintResult(
        findings: [], syntaxDiagnostics: lexed.diagnostics, comments: SwiftFrontend.comments(in: lexed))
    }
    let tree = SwiftFrontend.Parser.parse(file.bytes, lexed: lexed)
    let facts = SwiftAnalyzer.analyze(tree, triggers: triggers)
    var findings: [Finding] = []
    findings += ContinuationResumedTwiceRule.check(facts, file: file)
    findings += ContinuationNotResumedRule.check(facts, file: file)
    findings += BlockingWaitInAsyncRule.check(facts, file: file)
    findings += SyncOverAsyncBridgeRule.check(facts, file: file)
    findings += StreamConsumedConcurrentlyRule.check(facts, file: file)
    findings += ContinuationResumedInRacingClosuresRule.check(facts, file: file)
    findings += AsyncLetNeverAwaitedRule.check(facts, file: file)
    findings += SwiftConsumedOnce.findings(facts, file: file)
    findings = Finding.inReportOrder(findings)
    let comments = SwiftFrontend.comments(in: tree.lexed)
    return FileLintResult(findings: findings, syntaxDiagnostics: tree.diagnostics, comments: comments)
  }
}

/// The GOOD verdicts of the Swift analysis: continuations resumed exactly once and streams consumed once,
/// under the shared rule `VT0000 consumed-once`.
enum SwiftConsumedOnce {
  static func findings(_ facts: SwiftFileFacts, file: SourceFile) -> [Finding] {
    var result: [Finding] = []
    for fact in facts.continuations {
      guard case .resumedOnce(let call) = fact.kind else { continue }
      result.append(
        good(
          "'\(fact.continuationName)' is resumed exactly once on every path", range: call, file: file,
          member: fact.enclosingMember))
    }
    for fact in facts.streams {
      guard case .consumedOnce(let at) = fact.kind else { continue }
      result.append(
        good("'\(fact.name)' is consumed once, by one body", range: at, file: file, member: fact.enclosingMember))
    }
    return result
  }

  private static func good(_ message: String, range: ByteRange, file: SourceFile, member: String?) -> Finding {
    Finding(
      rule: ConsumedOnceRule.description, verdict: .good, message: message, file: file, range: range,
      enclosingMember: member)
  }
}
