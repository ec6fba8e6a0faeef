import SourceModel

/// One thing the C# flow analysis learned about one one-shot value (a `ValueTask`, `ValueTask<T>` or a
/// configured awaitable of one). The rules turn facts into findings; several facts may describe the same
/// value (`valueID`), and the linter keeps only the worst, so every value gets exactly one verdict.
public struct OneShotFact: Sendable, Hashable {
  /// What happened to the value. Each kind maps to exactly one rule.
  public enum Kind: Sendable, Hashable {
    /// Consumed exactly once, directly (awaited, `AsTask()`-ed, returned, passed on). VT0000.
    case consumedOnce
    /// Consumed again on some path after an earlier consumption. VT0001.
    case consumedTwice
    /// Consumed while an earlier consumption may still be running concurrently. VT0002.
    case concurrentConsumption
    /// `.Result` / `.GetAwaiter().GetResult()` with no completion guard. VT0003.
    case blockingBeforeCompletion
    /// Kept in a local and consumed exactly once on every path. VT0004.
    case storedInLocal
    /// Kept in a field, property, array element or collection. VT0005.
    case storedInField
    /// Dropped, or a local that some path never consumes. VT0006.
    case notConsumed
  }

  public var kind: Kind
  /// Facts with the same id describe the same value (unique within one file's analysis).
  public var valueID: Int
  /// Where the finding goes: the offending consumption (VT0001–VT0003) or the store/drop (VT0004–VT0006).
  public var range: ByteRange
  /// The earlier consumption, for VT0001/VT0002.
  public var earlier: ByteRange?
  /// How the value is named in messages: a local's name or the call that produced it (`ReadAsync(…)`).
  public var subject: String
  /// A short phrase for the message: the consumption form (`await`, `AsTask()`), the destination, …
  public var detail: String
  /// `Namespace.Type.Member` enclosing the fact, when known.
  public var enclosingMember: String?

  public init(
    kind: Kind, valueID: Int, range: ByteRange, earlier: ByteRange? = nil, subject: String, detail: String,
    enclosingMember: String?
  ) {
    self.kind = kind
    self.valueID = valueID
    self.range = range
    self.earlier = earlier
    self.subject = subject
    self.detail = detail
    self.enclosingMember = enclosingMember
  }
}
