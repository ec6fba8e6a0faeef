import SourceModel

/// What the Swift analysis learned about one file: the raw facts the Swift rules turn into findings.
public struct SwiftFileFacts: Sendable {
  public var continuations: [ContinuationFact] = []
  public var blockingWaits: [BlockingWaitFact] = []
  public var bridges: [BridgeFact] = []
  public var streams: [StreamFact] = []
  public var unawaitedAsyncLets: [AsyncLetFact] = []

  public init() {}
}

/// The verdict material for one `with…Continuation` closure (one fact per problem, or one `resumedOnce`).
public struct ContinuationFact: Sendable, Hashable {
  public enum Kind: Sendable, Hashable {
    /// Every path resumes exactly once and nothing escapes: at the `with…Continuation` name.
    case resumedOnce(call: ByteRange)
    /// A resume that runs after another one on the same path.
    case resumedTwice(second: ByteRange, first: ByteRange)
    /// A path leaves (at `exit`: the `return`, or the closure's opening when it falls off the end) without
    /// resuming or handing off the continuation.
    case notResumed(exit: ByteRange)
    /// A resume in a closure (or the body) that races another closure's resume.
    case racing(second: ByteRange, first: ByteRange)
  }

  public var kind: Kind
  /// The continuation's name in the closure (`continuation`, `$0`), or a description when unnamed.
  public var continuationName: String
  public var enclosingMember: String?

  public init(kind: Kind, continuationName: String, enclosingMember: String?) {
    self.kind = kind
    self.continuationName = continuationName
    self.enclosingMember = enclosingMember
  }
}

/// A blocking call in async code.
public struct BlockingWaitFact: Sendable, Hashable {
  /// The called name (`wait`, `sleep`, …).
  public var range: ByteRange
  /// A short name for the call (`semaphore.wait`), when the source text is not at hand.
  public var callText: String
  /// The whole callee as written (`channel.close().wait`), for messages.
  public var calleeRange: ByteRange?
  /// Why the place is async code (`in async function 'load'`, `in a Task body`).
  public var contextDescription: String
  /// A throwing `try x.wait()`: a future's wait (NIO), which returns at once when the future is already
  /// complete; vtlint cannot know, so this is a warning rather than BAD.
  public var mayBeComplete: Bool
  public var enclosingMember: String?

  public init(
    range: ByteRange, callText: String, calleeRange: ByteRange? = nil, contextDescription: String,
    mayBeComplete: Bool = false, enclosingMember: String?
  ) {
    self.range = range
    self.calleeRange = calleeRange
    self.callText = callText
    self.contextDescription = contextDescription
    self.mayBeComplete = mayBeComplete
    self.enclosingMember = enclosingMember
  }
}

/// A synchronous function that starts a task and then blocks.
public struct BridgeFact: Sendable, Hashable {
  /// The blocking `wait` name.
  public var wait: ByteRange
  /// The `Task` / `makeFutureWithTask` that started the work.
  public var taskStart: ByteRange
  /// The function is `@available(*, noasync)`.
  public var isNoasync: Bool
  public var enclosingMember: String?

  public init(wait: ByteRange, taskStart: ByteRange, isNoasync: Bool, enclosingMember: String?) {
    self.wait = wait
    self.taskStart = taskStart
    self.isNoasync = isNoasync
    self.enclosingMember = enclosingMember
  }
}

/// How a stream type behaves with a second consumer.
public enum StreamKind: Sendable, Hashable {
  /// Traps: `AsyncThrowingStream`, NIO producers, single-iterator library sequences.
  case trapping
  /// Splits elements between consumers: `AsyncStream`.
  case splitting
}

/// A stream local and how it is consumed.
public struct StreamFact: Sendable, Hashable {
  public enum Kind: Sendable, Hashable {
    /// Consumed exactly once, by one body.
    case consumedOnce(at: ByteRange)
    /// `second` consumes it in a body that runs concurrently with the one consuming at `first`.
    case consumedConcurrently(second: ByteRange, first: ByteRange)
  }

  public var kind: Kind
  public var name: String
  /// The stream's type name as vtlint read it (`AsyncThrowingStream`).
  public var typeName: String
  public var streamKind: StreamKind
  public var enclosingMember: String?

  public init(kind: Kind, name: String, typeName: String, streamKind: StreamKind, enclosingMember: String?) {
    self.kind = kind
    self.name = name
    self.typeName = typeName
    self.streamKind = streamKind
    self.enclosingMember = enclosingMember
  }
}

/// An `async let` that is never awaited.
public struct AsyncLetFact: Sendable, Hashable {
  public var range: ByteRange
  /// The names it binds (empty for `async let _`).
  public var names: [String]
  public var enclosingMember: String?

  public init(range: ByteRange, names: [String], enclosingMember: String?) {
    self.range = range
    self.names = names
    self.enclosingMember = enclosingMember
  }
}
