import SourceModel

/// A pattern (`is`, `switch`, `case`). Patterns can contain expressions (constants, `when`), so the analysis
/// walks them too.
public struct Pattern: Sendable, Hashable {
  public var kind: Kind
  public var range: ByteRange

  public init(_ kind: Kind, range: ByteRange) {
    self.kind = kind
    self.range = range
  }

  public indirect enum Kind: Sendable, Hashable {
    /// A constant expression (`null`, `42`, `Color.Red`).
    case constant(Expr)
    /// `T`, `T x`, `var x`, `_`.
    case declaration(TypeSyntax?, VariableDesignation?)
    case discard
    /// `T { A: p } x`, `(p1, p2)`.
    case recursive(
      type: TypeSyntax?, positional: [Pattern], properties: [PropertySubpattern], designation: VariableDesignation?)
    /// `> 5`, `<= x`.
    case relational(BinaryOperator, Expr)
    case not(Pattern)
    case and(Pattern, Pattern)
    case or(Pattern, Pattern)
    case parenthesized(Pattern)
    /// `[1, .., var last]`.
    case list([Pattern], designation: VariableDesignation?)
    /// `..` or `.. var rest` inside a list pattern.
    case slice(Pattern?)
    case type(TypeSyntax)
    case missing
  }
}

public struct PropertySubpattern: Sendable, Hashable {
  /// `A.B` in `{ A.B: p }`: the dotted names.
  public var path: [Identifier]
  public var pattern: Pattern

  public init(path: [Identifier], pattern: Pattern) {
    self.path = path
    self.pattern = pattern
  }
}
