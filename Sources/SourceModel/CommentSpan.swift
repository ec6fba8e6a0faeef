/// A comment or directive's place in a file, in either language: what suppressions and fixture
/// expectations are read from (never by regex over raw text, so a `//` inside a string is not a comment).
public struct CommentSpan: Sendable, Hashable {
  public enum Kind: Sendable, Hashable {
    /// `// …` (also `///`).
    case line
    /// `/* … */`.
    case block
    /// A C# preprocessor directive line such as `#pragma warning disable VT0001`.
    case directive
  }

  public var kind: Kind
  /// The whole comment, delimiters included.
  public var range: ByteRange
  /// True when code precedes the comment on its line (a trailing comment, as `disable:this` expects).
  public var isTrailing: Bool

  public init(kind: Kind, range: ByteRange, isTrailing: Bool) {
    self.kind = kind
    self.range = range
    self.isTrailing = isTrailing
  }
}
