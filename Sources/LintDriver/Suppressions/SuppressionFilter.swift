import Rules
import SourceModel

/// Applies a file's suppressions to its findings and reports the suppressions themselves: VT9000 for one
/// that silenced nothing, VT9004 for one that is malformed or names an unknown rule.
public enum SuppressionFilter {
  public struct Outcome: Sendable {
    /// Findings still reported.
    public var kept: [Finding]
    /// How many findings a suppression silenced.
    public var suppressedCount: Int
    /// VT9000 and VT9004 findings about the directives.
    public var directiveFindings: [Finding]
  }

  /// Could the file hold a suppression directive: an attribute, a preprocessor directive, or a comment
  /// naming `vtlint:`? Without one, `apply` keeps every finding and adds none.
  static func mayHoldDirectives(_ file: SourceFile, _ result: FileLintResult) -> Bool {
    !result.attributeSuppressions.isEmpty
      || result.comments.contains {
        $0.kind == .directive || ByteSearch.contains(file.bytes, $0.range, ByteSearch.vtlintDirective)
      }
  }

  /// `activeRules`: rules that ran for this file (not configured off). A suppression of a rule that did
  /// not run is not "unused": it may be needed when the rule is switched back on.
  static func apply(
    findings: [Finding], file: SourceFile, result: FileLintResult, options: SuppressionParser.Options,
    activeRules: (String) -> Bool
  ) -> Outcome {
    // Fast path: most files have no directives at all; skip building the line tables the parser needs.
    if !mayHoldDirectives(file, result) { return Outcome(kept: findings, suppressedCount: 0, directiveFindings: []) }
    let parser = SuppressionParser(file: file, comments: result.comments, options: options)
    let (directives, problems) = parser.parse(comments: result.comments, attributes: result.attributeSuppressions)
    var used = Array(repeating: false, count: directives.count)
    var kept: [Finding] = []
    var suppressed = 0
    for finding in findings {
      // GOOD findings are notes about correct code: nothing to silence.
      if finding.verdict == .good {
        kept.append(finding)
        continue
      }
      var hit = false
      for (i, directive) in directives.enumerated() where directive.covers(finding) {
        used[i] = true
        hit = true
      }
      if hit { suppressed += 1 } else { kept.append(finding) }
    }
    var meta: [Finding] = []
    for problem in problems {
      meta.append(Finding(rule: .invalidSuppression, message: problem.message, file: file, range: problem.range))
    }
    for (i, directive) in directives.enumerated() where !used[i] {
      switch directive.origin {
      case .externalPragma, .barePragma: continue
      case .comment, .pragma, .attribute: break
      }
      if let ids = directive.ruleIDs, !ids.contains(where: activeRules) { continue }
      meta.append(
        Finding(
          rule: .unusedSuppression, message: "'\(directive.spelling)' suppresses nothing", file: file,
          range: directive.range))
    }
    return Outcome(kept: kept, suppressedCount: suppressed, directiveFindings: meta)
  }
}
