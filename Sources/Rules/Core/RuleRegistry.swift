/// Every rule vtlint knows, in id order. A short hand-sorted list: a test checks that every rule file
/// under `Sources/Rules/` is registered here exactly once, with a unique id and name.
public enum RuleRegistry {
  public static let all: [RuleDescription] = [
    ConsumedOnceRule.description,
    ConsumedTwiceRule.description,
    ConcurrentConsumptionRule.description,
    BlockingBeforeCompletionRule.description,
    StoredInLocalRule.description,
    StoredInFieldRule.description,
    NotConsumedRule.description,
    ContinuationResumedTwiceRule.description,
    ContinuationNotResumedRule.description,
    BlockingWaitInAsyncRule.description,
    SyncOverAsyncBridgeRule.description,
    StreamConsumedConcurrentlyRule.description,
    ContinuationResumedInRacingClosuresRule.description,
    AsyncLetNeverAwaitedRule.description,
    .unusedSuppression,
    .ioError,
    .invalidEncoding,
    .syntaxError,
    .invalidSuppression,
  ]

  /// Looks a rule up by code (`VT0001`, case-insensitive) or by name (`consumed-twice`).
  public static func rule(named key: String) -> RuleDescription? {
    let upper = key.uppercased()
    return all.first { $0.id == upper || $0.name == key.lowercased() }
  }
}
