/// Per-file memo of call resolutions and closure syntax summaries. A `FileContext` answer depends only on
/// the project index, options and the file's one-shot type names, all fixed for the file, so a repeated
/// question gets the same answer. One file is analyzed on one thread: the box is never shared across
/// threads.
final class ResolutionMemo: @unchecked Sendable {
  /// What a method resolution is asked with.
  struct Call: Hashable {
    var name: String
    var arguments: Int
    var lambdaPositions: UInt64
    var receiverType: String?
    var receiverMember: String?
  }

  var methods: [Call: Bool] = [:]
  /// Syntax summaries of closure bodies, by where each body starts.
  var closureSummaries: [UInt32: ClosureSyntaxSummary] = [:]
}
