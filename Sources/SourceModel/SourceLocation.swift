/// A 1-based line and column. Columns count Unicode scalars (code points), so a tab, an `é` or an emoji
/// each advance the column by one; this matches SARIF's `unicodeCodePoints` column kind.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
  public var line: Int
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    lhs.line != rhs.line ? lhs.line < rhs.line : lhs.column < rhs.column
  }

  public var description: String { "\(line):\(column)" }
}
