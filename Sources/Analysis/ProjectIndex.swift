/// What the first pass learns from every file, needed to analyze any one of them: for C#, which members
/// declared anywhere in the tree return a one-shot value. Built per file, then merged (order-independent).
public struct ProjectIndex: Sendable {
  public init() {}

  /// Folds another file's contribution into this one. Must be commutative so parallel merging is
  /// deterministic.
  public mutating func merge(_ other: ProjectIndex) {}
}
