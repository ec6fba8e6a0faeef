import Foundation
import Rules
import SourceModel

/// One expected finding: `// expect: BAD VT0001` on line 12 means a BAD VT0001 finding on line 12.
public struct Expectation: Hashable, Sendable, CustomStringConvertible, Comparable {
  public var path: String
  public var line: Int
  public var verdict: Verdict
  public var ruleID: String

  public init(path: String, line: Int, verdict: Verdict, ruleID: String) {
    self.path = path
    self.line = line
    self.verdict = verdict
    self.ruleID = ruleID
  }

  public init(_ finding: Finding) {
    self.init(path: finding.path, line: finding.start.line, verdict: finding.verdict, ruleID: finding.ruleID)
  }

  public var description: String { "\(path):\(line): \(verdict.word) \(ruleID)" }

  public static func < (a: Expectation, b: Expectation) -> Bool {
    (a.path, a.line, a.ruleID, a.verdict.rawValue) < (b.path, b.line, b.ruleID, b.verdict.rawValue)
  }
}

/// Reads `expect:` annotations from a file's comments (as the lexer found them, so `"// expect:"` inside a
/// string is not an annotation). Syntax: `// expect: BAD VT0001, WARNING VT0004` — a verdict word and a
/// rule code or name per item, comma-separated. The expectation applies to the comment's own line.
public enum FixtureExpectations {
  public static let marker = "expect:"

  /// Expectations in `file`, plus malformed annotations (each a `path:line: problem` string) so a typo in
  /// a fixture fails loudly instead of silently expecting nothing.
  public static func read(_ file: SourceFile, comments: [CommentSpan]) -> (
    expectations: [Expectation], problems: [String]
  ) {
    var expectations: [Expectation] = []
    var problems: [String] = []
    // Only `//` comments carry expectations: code wrapped in `/* … */` (as the rule-example variants do)
    // must expect nothing.
    for comment in comments where comment.kind == .line {
      let text = file.text(comment.range)
      guard let markerRange = text.range(of: marker) else { continue }
      let line = file.location(of: comment.range.start).line
      let body = String(text[markerRange.upperBound...])
      for item in body.split(separator: ",") {
        let words = item.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count == 2, let verdict = Verdict(word: String(words[0])) else {
          problems.append("\(file.path):\(line): malformed expectation '\(item.trimmingCharacters(in: .whitespaces))'")
          continue
        }
        let key = String(words[1])
        let ruleID = RuleRegistry.rule(named: key)?.id ?? key.uppercased()
        expectations.append(Expectation(path: file.path, line: line, verdict: verdict, ruleID: ruleID))
      }
    }
    return (expectations, problems)
  }

  /// Compares expected and actual findings as multisets. Returns human-readable differences, empty if equal.
  public static func compare(expected: [Expectation], actual: [Expectation]) -> [String] {
    var counts: [Expectation: Int] = [:]
    for e in expected { counts[e, default: 0] += 1 }
    for a in actual { counts[a, default: 0] -= 1 }
    var differences: [String] = []
    for (key, n) in counts.sorted(by: { $0.key < $1.key }) where n != 0 {
      if n > 0 {
        differences.append("missing:    \(key)" + (n > 1 ? " (×\(n))" : ""))
      } else {
        differences.append("unexpected: \(key)" + (n < -1 ? " (×\(-n))" : ""))
      }
    }
    return differences
  }
}
