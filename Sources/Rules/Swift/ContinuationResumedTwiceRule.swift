import Analysis
import SourceModel

/// VT0101: a continuation resumed twice on one path.
public enum ContinuationResumedTwiceRule {
  public static let description = RuleDescription(
    id: "VT0101",
    name: "continuation-resumed-twice",
    title: "Continuation resumed more than once",
    defaultVerdict: .bad,
    languages: [.swift],
    rationale: """
      A continuation from `withCheckedContinuation`, `withCheckedThrowingContinuation`, \
      `withUnsafeContinuation` or `withUnsafeThrowingContinuation` must be resumed exactly once. A second \
      resume on a checked continuation traps (`SWIFT TASK CONTINUATION MISUSE: … tried to resume its \
      continuation more than once`); on an unsafe one it is undefined behaviour that in practice corrupts the \
      task allocator and lets the second value win. The compiler does not check this: continuations are \
      copyable and `Sendable`.
      """,
    howToFix: """
      Make the resumes mutually exclusive: put them in different `if`/`switch` arms, or `return` right after \
      each resume. To resume from a computation that may throw, resume once with `resume(with: Result { … })`.
      """,
    limits: """
      Reported when two resumes of the closure's continuation (or a local alias of it) can both run on one \
      path through the closure body, or through one completion callback inside it. A resume that is repeated \
      only because a loop may iterate again is not reported. Resumes on a continuation that was first stored \
      elsewhere are not followed. One `#if` block's clauses are alternatives (an `#if false` clause is never \
      compiled); a closure using the continuation in two `#if` blocks is not judged, since the build chooses \
      their clauses together (a condition literals decide, such as `!true`, counts as decided). In `a ?? b` \
      the right side is not taken to follow the left's resume. A call to one of the file's `-> Never` \
      functions ends its path: a free function, or a method called on `self`, on its type or on a parameter \
      declared with its type (another type's method of that name may return).
      """,
    examples: [
      Example(
        .flagged, .swift,
        """
        func value(flag: Bool) async -> Int {
          await withCheckedContinuation { continuation in
            if flag {
              continuation.resume(returning: 1)
            }
            continuation.resume(returning: 2)  // expect: BAD VT0101
          }
        }
        """),
      Example(
        .clean, .swift,
        """
        func value(flag: Bool) async -> Int {
          await withCheckedContinuation { continuation in  // expect: GOOD VT0000
            if flag {
              continuation.resume(returning: 1)
              return
            }
            continuation.resume(returning: 2)
          }
        }
        """),
    ])

  /// One finding per second resume.
  static func check(_ facts: SwiftFileFacts, file: SourceFile) -> [Finding] {
    facts.continuations.compactMap { fact in
      guard case .resumedTwice(let second, let first) = fact.kind else { return nil }
      return Finding(
        rule: description,
        message: "'\(fact.continuationName)' can be resumed a second time here, on a path that already resumed it",
        file: file, range: second,
        related: [RelatedLocation(message: "first resume", range: first, file: file)],
        enclosingMember: fact.enclosingMember)
    }
  }
}
