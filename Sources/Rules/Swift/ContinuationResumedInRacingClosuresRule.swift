import Analysis
import SourceModel

/// VT0106: the same continuation resumed from two closures that race.
public enum ContinuationResumedInRacingClosuresRule {
  public static let description = RuleDescription(
    id: "VT0106",
    name: "continuation-resumed-in-racing-closures",
    title: "Continuation resumed from racing closures",
    defaultVerdict: .warning,
    languages: [.swift],
    rationale: """
      A continuation resumed from two escaping closures (a completion callback and a timeout, a callback and \
      a cancellation handler), or from a callback and directly, is resumed twice whenever both run: a checked \
      continuation traps, an unsafe one corrupts memory. Whether both can run depends on code vtlint cannot \
      see, hence a warning.
      """,
    howToFix: """
      Give the continuation one owner. Park it in a lock- or actor-protected state and let each closure take \
      it out (`if let c = state.withLock({ $0.take() }) { c.resume(…) }`): whichever runs first gets it, the \
      other finds nothing. Or let the cancellation handler only record the cancellation and resume from the \
      one place that does the work.
      """,
    limits: """
      Not reported when the continuation is also stored or passed on anywhere in the closure (the \
      state-machine hand-off), nor when the resumes act on a continuation taken out of some state.
      """,
    examples: [
      Example(
        .flagged, .swift,
        """
        import Dispatch

        struct Timeout: Error {}

        func fetch(_ done: @escaping @Sendable (Int) -> Void) {}

        func fetchWithTimeout(queue: DispatchQueue) async throws -> Int {
          try await withCheckedThrowingContinuation { continuation in
            fetch { value in
              continuation.resume(returning: value)
            }
            queue.asyncAfter(deadline: .now() + 5) {
              continuation.resume(throwing: Timeout())  // expect: WARNING VT0106
            }
          }
        }
        """),
      Example(
        .clean, .swift,
        """
        func fetch(_ done: @escaping @Sendable (Int) -> Void) {}

        func fetchValue() async -> Int {
          await withCheckedContinuation { continuation in  // expect: GOOD VT0000
            fetch { value in
              continuation.resume(returning: value)
            }
          }
        }
        """),
    ])

  /// One finding per resume that races an earlier one.
  static func check(_ facts: SwiftFileFacts, file: SourceFile) -> [Finding] {
    facts.continuations.compactMap { fact in
      guard case .racing(let second, let first) = fact.kind else { return nil }
      return Finding(
        rule: description,
        message:
          "'\(fact.continuationName)' is also resumed from another closure that can run too; nothing decides which one owns it",
        file: file, range: second,
        related: [RelatedLocation(message: "the other resume", range: first, file: file)],
        enclosingMember: fact.enclosingMember)
    }
  }
}
