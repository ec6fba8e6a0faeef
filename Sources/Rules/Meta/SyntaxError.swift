import SourceModel

extension RuleDescription {
  /// VT9003: the parser met code it could not parse.
  public static let syntaxError = RuleDescription(
    id: "VT9003", name: "syntax-error", title: "Code vtlint could not parse",
    defaultVerdict: .warning, languages: [.csharp, .swift],
    rationale: """
      The parser met code it does not understand and recovered at the next statement or member. The \
      analysis skips what it could not parse, so it may have said less about this file than it would have: \
      a missed finding is possible, a wrong one is not. That is why this is a WARNING and not BAD: a BAD \
      verdict must mean a certain misuse, and a syntax error proves nothing about how a ValueTask is used \
      (it is often a newer language feature vtlint does not parse yet, in code the compiler accepts). Use \
      `--strict`, `fail_on: warning` or `severity: {VT9003: error}` to make the gate fail closed.
      """,
    howToFix: """
      If the compiler accepts the code, please report the construct to vtlint; meanwhile the rest of the file \
      is still linted. If it is really broken, fix the syntax.
      """,
    limits: """
      One finding per syntax diagnostic, at the position the parser gave. Only code the analysis reads is \
      parsed. C#: in a file that names something which can lead to a one-shot value (or holds a suppression: a `vtlint:` comment, `SuppressMessage`, or a `#pragma warning` naming a vtlint rule, \
      a peer's id such as `CA2012`, or no id), \
      every declaration's signature and attributes (a member's attribute arguments only for \
      `SuppressMessage`), and the bodies and values (`=> x;`, `= x;`) of members that mention such a name; \
      other files are lexed, not parsed. Swift: files whose tokens name something the Swift rules look for (a `with…Continuation` \
      call, a stream type, a blocking call in a file that also has async code or a task, `async let`). A \
      syntax error where the analysis never looks could not have hidden a finding, so it is not reported. \
      Lexer errors (an unterminated string or comment, a stray or invalid byte) are always reported, and so \
      are brackets nested past the parser's limit (200) and absurd nesting without brackets (a C# file with \
      brackets 150 deep, generic arguments 100 deep, 150 operators or 900 tokens in one expression, 900 \
      `else` branches in one block is parsed whatever it names). Lesser nesting the parser would still refuse \
      (it counts a level for each statement, block and expression, so 115 top-level blocks are 230 levels) \
      is reported only where the file is parsed.
      """)
}
