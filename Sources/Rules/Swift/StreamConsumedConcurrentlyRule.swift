import Analysis
import SourceModel

/// VT0105: one stream or single-consumer sequence iterated from two concurrent bodies.
public enum StreamConsumedConcurrentlyRule {
  public static let description = RuleDescription(
    id: "VT0105",
    name: "stream-consumed-concurrently",
    title: "Stream consumed from two concurrent bodies",
    defaultVerdict: .bad,
    languages: [.swift],
    rationale: """
      `AsyncThrowingStream` and the single-consumer sequences of server libraries (NIO's \
      `NIOAsyncSequenceProducer` and `NIOThrowingAsyncSequenceProducer`, `NIOAsyncChannelInboundStream`, \
      AsyncHTTPClient's response body) allow one iterator or one waiting `next()` at a time: a second \
      concurrent consumer traps (`attempt to await next() on more than one task`, `… allows only a single \
      AsyncIterator to be created`). A plain `AsyncStream` does not trap but splits its elements between the \
      consumers, which is almost never what was meant: that case is a WARNING.
      """,
    howToFix: """
      Consume the stream in one place and fan the elements out yourself, or use a multi-consumer sequence \
      (swift-async-algorithms' `share()`, a broadcast sequence).
      """,
    limits: """
      Only streams whose type vtlint can read are followed: a local created with `AsyncStream(…)`, \
      `AsyncThrowingStream(…)` or `.makeStream(…)`, or a local or parameter whose declared type names one of \
      the types above. Consumption is `for await … in s`, `for try await … in s`, `s.makeAsyncIterator()`, \
      or `next()` on a local iterator made from it. \
      Concurrent bodies are `Task {}`, `Task.detached {}`, `addTask {}` and the enclosing function after it \
      started one of them. Two loops one after the other in the same body are fine (a finished stream yields \
      nothing more), and so are consumers in different arms of one `if`, `switch`, `?:` or `#if`, one in an \
      arm that always leaves (`if background { Task {…}; return }`, a `guard`'s `else`) and one after it, \
      and a consumer reached only after the task of the other was awaited (`let t = Task { … }` then \
      `await t.value` or `t.result`) on every path to it or on every path that started it, also each round \
      of a loop. A name rebound by `if let`/`guard let` is another stream. Task groups are not followed \
      beyond their child tasks running at once. Streams stored in properties are not followed.
      """,
    examples: [
      Example(
        .flagged, .swift,
        """
        func consume(_ value: Int) {}

        func readTwice() {
          let (stream, continuation) = AsyncThrowingStream.makeStream(of: Int.self)
          Task {
            for try await value in stream { consume(value) }
          }
          Task {
            for try await value in stream { consume(value) }  // expect: BAD VT0105
          }
          continuation.finish()
        }
        """),
      Example(
        .clean, .swift,
        """
        func consume(_ value: Int) {}

        func readOnce(stream: AsyncThrowingStream<Int, Error>) async throws {
          for try await value in stream { consume(value) }  // expect: GOOD VT0000
        }
        """),
    ])

  /// One finding per extra consumer; WARNING for a plain `AsyncStream`.
  static func check(_ facts: SwiftFileFacts, file: SourceFile) -> [Finding] {
    facts.streams.compactMap { fact in
      guard case .consumedConcurrently(let second, let first) = fact.kind else { return nil }
      let related = [
        RelatedLocation(
          message: first == second
            ? "this body is started in a loop: its copies consume at once" : "also consumed here",
          range: first, file: file)
      ]
      if fact.streamKind == .splitting {
        return Finding(
          rule: description, verdict: .warning,
          message:
            "AsyncStream '\(fact.name)' is consumed from another concurrent body too: each element goes to only one of them",
          file: file, range: second, related: related, enclosingMember: fact.enclosingMember)
      }
      return Finding(
        rule: description,
        message:
          "'\(fact.name)' (\(fact.typeName)) allows a single consumer, but another concurrent body consumes it too; the second consumer traps",
        file: file, range: second, related: related, enclosingMember: fact.enclosingMember)
    }
  }
}
