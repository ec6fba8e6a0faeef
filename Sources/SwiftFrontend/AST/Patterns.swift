import SourceModel

/// A pattern: in `let`/`var` bindings, `case` labels, `catch` clauses, `for` loops and `if case`.
///
/// Patterns in `case` positions are parsed as expressions first (as Swift does) and kept as
/// `.expression` unless they are one of the simple shapes below; names bound inside such an expression
/// appear as `SwiftExpr.Kind.bindingPattern` nodes. `boundNames` finds them all.
public struct SwiftPattern: Sendable, Hashable {
  public var kind: Kind
  public var range: ByteRange

  public init(_ kind: Kind, range: ByteRange) {
    self.kind = kind
    self.range = range
  }

  public indirect enum Kind: Sendable, Hashable {
    /// A name being bound (`x` in `let x`, or in a `let (x, y)` tuple).
    case identifier(SwiftIdentifier)
    /// `_`.
    case wildcard
    /// `let p` / `var p` inside a case pattern: every identifier in `p` is bound.
    case binding(keyword: String, SwiftPattern)
    /// `(p1, label: p2)`.
    case tuple([SwiftTuplePatternElement])
    /// `p?` (matches `.some`).
    case optional(SwiftPattern)
    /// `is T`.
    case isType(SwiftType)
    /// `p as T`.
    case cast(SwiftPattern, SwiftType)
    /// An expression pattern: `.some(let x)`, `.resume(let continuation)`, `42`, `Foo.bar(_, let y)`, `x ... y`.
    case expression(SwiftExpr)
  }

  /// Every name this pattern binds, in source order.
  public var boundNames: [SwiftIdentifier] {
    var names: [SwiftIdentifier] = []
    collectNames(into: &names, binding: false)
    return names
  }

  func collectNames(into names: inout [SwiftIdentifier], binding: Bool) {
    switch kind {
    case .identifier(let name): names.append(name)
    case .wildcard, .isType: break
    case .binding(_, let inner): inner.collectNames(into: &names, binding: true)
    case .tuple(let elements): for element in elements { element.pattern.collectNames(into: &names, binding: binding) }
    case .optional(let inner), .cast(let inner, _): inner.collectNames(into: &names, binding: binding)
    case .expression(let expr): expr.collectBoundNames(into: &names, binding: binding)
    }
  }
}

/// `label: pattern` inside a tuple pattern.
public struct SwiftTuplePatternElement: Sendable, Hashable {
  public var label: SwiftIdentifier?
  public var pattern: SwiftPattern

  public init(label: SwiftIdentifier? = nil, pattern: SwiftPattern) {
    self.label = label
    self.pattern = pattern
  }
}
