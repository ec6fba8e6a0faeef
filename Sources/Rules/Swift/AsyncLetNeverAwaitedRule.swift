import Analysis
import SourceModel

/// VT0107: an `async let` that nothing awaits.
public enum AsyncLetNeverAwaitedRule {
  public static let description = RuleDescription(
    id: "VT0107",
    name: "async-let-never-awaited",
    title: "async let never awaited",
    defaultVerdict: .warning,
    languages: [.swift],
    rationale: """
      An `async let` that is never awaited is not fire-and-forget: when its scope ends, the child task is \
      cancelled and then awaited implicitly. The work sees `CancellationError` (or is cut short), and the \
      scope still waits for it. The compiler warns about an unused name, but not about `async let _ = …`.
      """,
    howToFix: """
      Await the value where it is needed. For work that should outlive the scope, start a `Task {}` (and keep \
      its handle if anyone needs the result); to just run it, call it with `await`.
      """,
    limits: """
      Reported when no name the `async let` binds is used anywhere after it in its scope (`async let _` \
      binds none). An `async let` used on only some paths is not reported.
      """,
    examples: [
      Example(
        .flagged, .swift,
        """
        func refresh() async -> Int { 0 }

        func start() async {
          async let _ = refresh()  // expect: WARNING VT0107
        }
        """),
      Example(
        .clean, .swift,
        """
        func refresh() async -> Int { 0 }

        func twice() async -> Int {
          async let value = refresh()
          return await value + value
        }
        """),
    ])

  /// One finding per `async let` never awaited.
  static func check(_ facts: SwiftFileFacts, file: SourceFile) -> [Finding] {
    facts.unawaitedAsyncLets.map { fact in
      Finding(
        rule: description,
        message: fact.names.isEmpty
          ? "this async let is never awaited: it is cancelled and awaited implicitly when the scope ends"
          : "async let '\(fact.names.joined(separator: "', '"))' is never awaited: it is cancelled and awaited implicitly when the scope ends",
        file: file, range: fact.range, enclosingMember: fact.enclosingMember)
    }
  }
}
