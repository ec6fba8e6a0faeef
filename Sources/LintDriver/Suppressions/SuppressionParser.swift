import Rules
import SourceModel

/// Turns a file's comments, directives and `[SuppressMessage]` attributes into suppression directives.
/// The grammar (SwiftLint's, which Swift users know and reads well in C#):
///
///     // vtlint:disable:next <ids> [-- reason]     the next code line
///     code // vtlint:disable:this <ids>            the same line
///     // vtlint:disable:previous <ids>             the previous code line
///     // vtlint:disable <ids> … // vtlint:enable <ids>   a range (to end of file if never enabled)
///
/// `<ids>` are codes or names separated by commas or spaces, or `all`.
struct SuppressionParser {
  struct Options: Sendable {
    var honorPragma = true
    var honorBarePragma = false
    var honorSuppressMessage = true
    var honorExternalIDs = true
  }

  let file: SourceFile
  let options: Options
  /// Lines strictly inside a multi-line block comment (not code, whatever their text), worked out the first
  /// time a `next`/`previous` directive asks: most files with directives have none, and locating every
  /// block comment of a large file cost more than the rest of the parse. The text test of the other lines
  /// runs only when asked too: building a String per line of every file up front cost even more.
  private let blockCommentLines: BlockCommentLines

  private final class BlockCommentLines {
    let file: SourceFile
    let comments: [CommentSpan]
    lazy var lines: Set<Int> = {
      var inside = Set<Int>()
      for comment in comments where comment.kind == .block {
        let first = file.location(of: comment.range.start).line
        let last = file.location(of: comment.range.end).line
        if last > first + 1 { for l in (first + 1)..<last { inside.insert(l) } }
      }
      return inside
    }()

    init(file: SourceFile, comments: [CommentSpan]) {
      self.file = file
      self.comments = comments
    }
  }

  init(file: SourceFile, comments: [CommentSpan], options: Options) {
    self.file = file
    self.options = options
    blockCommentLines = BlockCommentLines(file: file, comments: comments)
  }

  /// Does the line hold only comments, directives or whitespace (skipped by `next` and `previous`)?
  private func isNonCode(_ line: Int) -> Bool {
    if blockCommentLines.lines.contains(line) { return true }
    let text = file.lineText(line).drop { $0 == " " || $0 == "\t" }
    return text.isEmpty || text.hasPrefix("//") || text.hasPrefix("/*") || text.hasPrefix("*") || text.hasPrefix("#")
  }

  func parse(comments: [CommentSpan], attributes: [AttributeSuppression]) -> (
    [SuppressionDirective], [DirectiveProblem]
  ) {
    var directives: [SuppressionDirective] = []
    var problems: [DirectiveProblem] = []
    // Open `disable` ranges per rule id ("*" for all): start line and directive index.
    var open: [String: (line: Int, index: Int)] = [:]
    var openPragma: [String: (line: Int, index: Int)] = [:]
    let lastLine = max(1, file.lines.lineCount)

    for comment in comments {
      // Only a `#pragma` line or a comment naming `vtlint:` can be a directive, and both spellings are
      // ASCII: a byte search rules out the rest (most `#if`/`#region` lines and comments) before a String
      // and a line number are made for each.
      if comment.kind == .directive && !options.honorPragma { continue }
      let needle = comment.kind == .directive ? ByteSearch.pragma : ByteSearch.vtlintDirective
      guard ByteSearch.contains(file.bytes, comment.range, needle) else { continue }
      let text = file.text(comment.range)
      let line = file.location(of: comment.range.start).line
      if comment.kind == .directive {
        parsePragma(
          text, range: comment.range, line: line, lastLine: lastLine, open: &openPragma, directives: &directives,
          problems: &problems)
        continue
      }
      guard let body = SuppressionParser.directiveBody(text, kind: comment.kind) else { continue }
      parseComment(
        body, range: comment.range, line: line, lastLine: lastLine, open: &open, directives: &directives,
        problems: &problems)
    }
    // Ranges never closed run to the end of the file.
    for (_, start) in open { directives[start.index].lines = start.line...lastLine }
    for (_, start) in openPragma { directives[start.index].lines = start.line...lastLine }

    if options.honorSuppressMessage {
      for attribute in attributes {
        let key = attribute.ruleKey.split(separator: ":").first.map(String.init) ?? attribute.ruleKey
        guard let rule = RuleRegistry.rule(named: key.trimmingCharacters(in: .whitespaces)) else {
          problems.append(
            DirectiveProblem(
              range: attribute.range, message: "SuppressMessage names unknown rule '\(attribute.ruleKey)'"))
          continue
        }
        directives.append(
          SuppressionDirective(
            origin: .attribute, ruleIDs: [rule.id], spelling: "[SuppressMessage(\"vtlint\", \"\(attribute.ruleKey)\")]",
            range: attribute.range, lines: nil, bytes: attribute.scope))
      }
    }
    return (directives, problems)
  }

  /// The text after `vtlint:` when the comment is a directive (the prefix must open the comment).
  static func directiveBody(_ text: String, kind: CommentSpan.Kind) -> Substring? {
    var body = Substring(text)
    if kind == .block {
      guard body.hasPrefix("/*") else { return nil }
      body = body.dropFirst(2)
      if body.hasSuffix("*/") { body = body.dropLast(2) }
    } else {
      guard body.hasPrefix("//") else { return nil }
      body = body.drop { $0 == "/" }
    }
    body = body.drop { $0 == " " || $0 == "\t" || $0 == "*" }
    guard body.hasPrefix("vtlint:") else { return nil }
    return body.dropFirst("vtlint:".count)
  }

  private func parseComment(
    _ body: Substring, range: ByteRange, line: Int, lastLine: Int, open: inout [String: (line: Int, index: Int)],
    directives: inout [SuppressionDirective], problems: inout [DirectiveProblem]
  ) {
    var content = body
    if let dashes = content.range(of: " --") { content = content[..<dashes.lowerBound] }
    content = content.drop { $0 == " " }
    let actionEnd = content.firstIndex { $0 == " " || $0 == "\t" || $0 == "," } ?? content.endIndex
    let action = String(content[..<actionEnd])
    let idText = content[actionEnd...]
    let spellingPrefix = "vtlint:\(action)"
    let validActions = ["disable", "enable", "disable:next", "disable:this", "disable:previous"]
    guard validActions.contains(action) else {
      problems.append(
        DirectiveProblem(
          range: range,
          message:
            "malformed directive 'vtlint:\(action)': expected disable, enable, disable:next, disable:this or disable:previous"
        ))
      return
    }
    guard let ids = resolveIDs(idText, range: range, problems: &problems) else { return }
    let spelling =
      spellingPrefix + " " + idText.split(whereSeparator: { $0 == " " || $0 == "," }).joined(separator: ", ")
    let keys = ids.map { Array($0) } ?? ["*"]
    switch action {
    case "enable":
      for key in keys {
        if key == "*" {
          for (k, start) in open {
            directives[start.index].lines = start.line...line
            open[k] = nil
          }
        } else if let start = open.removeValue(forKey: key) {
          directives[start.index].lines = start.line...line
        } else if let all = open["*"] {
          // `enable X` after `disable all`: X is back on from here; the rest stays off.
          _ = all
        }
      }
    case "disable":
      for key in keys where open[key] == nil {
        directives.append(
          SuppressionDirective(
            origin: .comment, ruleIDs: key == "*" ? nil : [key], spelling: spelling, range: range,
            lines: line...lastLine,
            bytes: nil))
        open[key] = (line, directives.count - 1)
      }
    default:
      let target: Int?
      switch action {
      case "disable:this": target = line
      case "disable:next": target = codeLine(after: line, step: 1, lastLine: lastLine)
      default: target = codeLine(after: line, step: -1, lastLine: lastLine)
      }
      guard let target else {
        problems.append(DirectiveProblem(range: range, message: "'\(spellingPrefix)' has no code line to apply to"))
        return
      }
      directives.append(
        SuppressionDirective(
          origin: .comment, ruleIDs: ids, spelling: spelling, range: range, lines: target...target, bytes: nil))
    }
  }

  private func codeLine(after line: Int, step: Int, lastLine: Int) -> Int? {
    var l = line + step
    while l >= 1 && l <= lastLine {
      if !isNonCode(l) { return l }
      l += step
    }
    return nil
  }

  /// Resolves ids (codes or names, or `all`); unknown ones are reported and dropped. Returns `nil` (and a
  /// problem) when nothing usable is named; a set with `nil` meaning "all" is returned as `.some(nil)`.
  private func resolveIDs(_ text: Substring, range: ByteRange, problems: inout [DirectiveProblem]) -> Set<String>?? {
    let words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }).map(String.init)
    if words.isEmpty {
      problems.append(
        DirectiveProblem(range: range, message: "suppression names no rule; name codes (VT0001) or 'all'"))
      return nil
    }
    if words.contains(where: { $0.lowercased() == "all" }) { return .some(nil) }
    var ids = Set<String>()
    for word in words {
      if let rule = RuleRegistry.rule(named: word) {
        ids.insert(rule.id)
      } else {
        problems.append(DirectiveProblem(range: range, message: "suppression names unknown rule '\(word)'"))
      }
    }
    return ids.isEmpty ? nil : .some(ids)
  }

  private func parsePragma(
    _ text: String, range: ByteRange, line: Int, lastLine: Int, open: inout [String: (line: Int, index: Int)],
    directives: inout [SuppressionDirective], problems: inout [DirectiveProblem]
  ) {
    guard let pragma = PragmaWarning(directiveText: text) else { return }
    let action = pragma.action
    let ids = pragma.ids
    // Resolve each id to (key, rule ids, origin).
    var targets: [(key: String, rules: Set<String>?, origin: SuppressionDirective.Origin)] = []
    if ids.isEmpty && action == .restore {
      // A bare restore ends every open pragma range.
      for (key, start) in open {
        directives[start.index].lines = start.line...line
        open[key] = nil
      }
      return
    }
    if ids.isEmpty {
      guard options.honorBarePragma else { return }
      targets.append(("*", nil, .barePragma))
    }
    for id in ids {
      switch PragmaWarning.reading(of: id) {
      case .rule(let ruleID):
        targets.append((ruleID, [ruleID], .pragma))
      case .unknownRule:
        problems.append(DirectiveProblem(range: range, message: "#pragma names unknown rule '\(id)'"))
      case .peer(let covered):
        if options.honorExternalIDs { targets.append((id.uppercased(), covered, .externalPragma)) }
      case .other:
        break
      }
    }
    for target in targets {
      if action == .disable {
        guard open[target.key] == nil else { continue }
        directives.append(
          SuppressionDirective(
            origin: target.origin, ruleIDs: target.rules, spelling: "#pragma warning disable \(target.key)",
            range: range, lines: line...lastLine, bytes: nil))
        open[target.key] = (line, directives.count - 1)
      } else if let start = open.removeValue(forKey: target.key) {
        directives[start.index].lines = start.line...line
      }
    }
  }
}
