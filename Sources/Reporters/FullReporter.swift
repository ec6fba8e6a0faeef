import Rules
import SourceModel

/// `--format full`: human output with a code frame, in the style of ruff and rustc.
///
/// ```
/// error[VT0001]: ValueTask 'vt' is awaited more than once
///  --> src/Cache.cs:5:17
///   |
/// 4 |         var a = await vt;
///   |                 -------- first await of 'vt'
/// 5 |         var b = await vt;
///   |                 ^^^^^^^^ consumed-twice (BAD)
///   |
/// ```
/// The finding is underlined with `^`, each related place (the earlier consumption) with `-`. Colour only when
/// `RunResult.color` says so. Source lines are shown with control characters replaced, so a file cannot send
/// escape sequences to the terminal.
public struct FullReporter: Reporter {
  public static let identifier = "full"
  public init() {}

  public func render(_ run: RunResult) -> String {
    var out = ""
    for f in run.sortedFindings {
      out += frame(f, run)
      out += "\n"
    }
    return out
  }

  private struct Label {
    var line: Int
    var start: SourceLocation
    var end: SourceLocation
    var text: String
    var primary: Bool
  }

  private func frame(_ f: Finding, _ run: RunResult) -> String {
    let paint = Painter(enabled: run.color)
    let severityStyle = Painter.style(for: f.severity)
    var out = paint(f.severity.rawValue + "[" + f.ruleID + "]", severityStyle)
    out += paint(": " + FullReporter.sanitize(f.message), Painter.bold) + "\n"
    out +=
      paint(" --> ", Painter.blue)
      + "\(FullReporter.sanitize(run.reportPath(f.path))):\(f.start.line):\(f.start.column)\n"

    var labels = [
      Label(line: f.start.line, start: f.start, end: f.end, text: "\(f.ruleName) (\(f.verdict.word))", primary: true)
    ]
    labels += f.related.map {
      Label(line: $0.start.line, start: $0.start, end: $0.end, text: $0.message, primary: false)
    }
    guard let file = run.sources.file(f.path), labels.allSatisfy({ $0.line >= 1 && $0.line <= file.lines.lineCount })
    else {
      for r in f.related {
        out +=
          paint("  = ", Painter.blue)
          + "note: \(FullReporter.sanitize(r.message)) at \(r.start.line):\(r.start.column)\n"
      }
      return out + help(f, run, paint)
    }

    let lines = Set(labels.map(\.line)).sorted()
    let width = String(lines.last ?? 1).count
    let blankGutter = String(repeating: " ", count: width + 1) + "|"
    out += paint(blankGutter, Painter.blue) + "\n"
    var previous: Int?
    for line in lines {
      if let previous, line > previous + 1 { out += paint("...", Painter.blue) + "\n" }
      previous = line
      // Left to right; at the same column the finding itself comes first.
      let here = labels.filter { $0.line == line }.sorted {
        $0.start.column != $1.start.column ? $0.start.column < $1.start.column : ($0.primary && !$1.primary)
      }
      let shown = FullReporter.window(
        Array(FullReporter.sanitize(file.lineText(line)).unicodeScalars), line: line, labels: here)
      let number = String(line)
      out += paint(String(repeating: " ", count: width - number.count) + number + " |", Painter.blue)
      out += (shown.text.isEmpty ? "" : " " + String(String.UnicodeScalarView(shown.text))) + "\n"
      for (label, span) in zip(here, shown.spans) {
        // Copy tabs from the line so the marks line up under tab-indented code.
        var pad = ""
        for scalar in shown.text[0..<span.lowerBound] { pad.unicodeScalars.append(scalar == "\t" ? "\t" : " ") }
        let mark = String(repeating: label.primary ? "^" : "-", count: span.count)
        let style = label.primary ? severityStyle : Painter.blue
        out +=
          paint(blankGutter, Painter.blue) + " " + pad + paint(mark + " " + FullReporter.sanitize(label.text), style)
          + "\n"
      }
    }
    out += paint(blankGutter, Painter.blue) + "\n"
    return out + help(f, run, paint)
  }

  /// `  = help: …`: the first sentence of the rule's "how to fix", when the run describes the rule; the
  /// whole text is in `vtlint explain`.
  private func help(_ f: Finding, _ run: RunResult, _ paint: Painter) -> String {
    guard let fix = run.rule(f.ruleID)?.howToFix, let sentence = FullReporter.firstSentence(fix) else { return "" }
    return paint("  = ", Painter.blue) + "help: " + FullReporter.sanitize(sentence) + "\n"
  }

  /// Text up to the first `. ` that is followed by a capital letter (a new sentence), on the first line.
  static func firstSentence(_ text: String) -> String? {
    guard let line = text.split(whereSeparator: \.isNewline).first.map(Array.init), !line.isEmpty else { return nil }
    var i = 0
    while i + 2 < line.count {
      if line[i] == ".", line[i + 1] == " ", line[i + 2].isUppercase { return String(line[...i]) }
      i += 1
    }
    return String(line)
  }

  /// Lines longer than this are cut to the labelled part (minified or generated code).
  static let maxShownWidth = 160
  /// Context kept on each side of the labels when a line is cut.
  static let cutContext = 40

  /// The part of a line to show, with `…` where it was cut, and each label's underline as a range of
  /// scalar positions in the shown text (at least one wide, so an empty span still gets a mark).
  private static func window(_ text: [Unicode.Scalar], line: Int, labels: [Label]) -> (
    text: [Unicode.Scalar], spans: [Range<Int>]
  ) {
    let spans: [Range<Int>] = labels.map { label in
      let start = max(0, min(label.start.column - 1, text.count))
      let end = label.end.line == line ? min(label.end.column - 1, text.count) : text.count
      return start..<max(start + 1, end)
    }
    guard text.count > maxShownWidth, let first = spans.map(\.lowerBound).min(),
      let last = spans.map(\.upperBound).max()
    else { return (text, spans) }
    let lo = max(0, first - cutContext)
    let hi = min(text.count, last + cutContext)
    var shown: [Unicode.Scalar] = lo > 0 ? ["…"] : []
    let shift = shown.count - lo
    shown += text[lo..<hi]
    if hi < text.count { shown.append("…") }
    return (shown, spans.map { ($0.lowerBound + shift)..<($0.upperBound + shift) })
  }

  /// Replaces C0 controls other than TAB, DEL and C1 controls by U+FFFD: one scalar for one, so columns hold.
  static func sanitize(_ s: String) -> String {
    guard s.unicodeScalars.contains(where: FullReporter.isControl) else { return s }
    var out = ""
    for scalar in s.unicodeScalars {
      out.unicodeScalars.append(isControl(scalar) ? "\u{FFFD}" : scalar)
    }
    return out
  }

  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    return (v < 0x20 && v != 0x09) || (v >= 0x7F && v < 0xA0)
  }
}

/// ANSI styling that is a no-op when colour is off.
struct Painter {
  let enabled: Bool

  static let bold = "1"
  static let blue = "1;34"
  static let red = "1;31"
  static let yellow = "1;33"
  static let cyan = "1;36"

  static func style(for severity: Severity) -> String {
    switch severity {
    case .error: return red
    case .warning: return yellow
    case .note: return cyan
    }
  }

  func callAsFunction(_ text: String, _ style: String) -> String {
    enabled ? "\u{1B}[" + style + "m" + text + "\u{1B}[0m" : text
  }
}
