/// Per-file memo of call resolutions, closure syntax summaries and name mentions. A `FileContext` answer
/// depends only on the project index, options and the file's one-shot type names, all fixed for the file,
/// so a repeated question gets the same answer. One file is analyzed on one thread: the box is never shared
/// across threads.
final class ResolutionMemo: @unchecked Sendable {
  /// What a method resolution is asked with.
  struct Call: Hashable {
    var name: String
    var arguments: Int
    var lambdaPositions: UInt64
    var receiverType: String?
    var receiverIsType: Bool
    var receiverMember: String?
  }

  /// A closure (by where its body starts) and a name its text may mention.
  struct Mention: Hashable {
    var closure: UInt32
    var name: String
  }

  var methods: [Call: Bool] = [:]
  /// Whether a closure's text mentions a name.
  var mentions: [Mention: Bool] = [:]
  /// Syntax summaries of closure bodies, by where each body starts.
  var closureSummaries: [UInt32: ClosureSyntaxSummary] = [:]
}
