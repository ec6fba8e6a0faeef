import SourceModel

/// An expression. `range` covers the whole expression, from its first to its last token.
///
/// Binary operators are folded with Swift's standard precedence groups (assignment, ternary, default,
/// `??`, comparison, `&&`, `||`, casting, range, addition, multiplication, shift). Custom operators get
/// the default precedence group: the analysis never depends on how custom operators group.
public struct SwiftExpr: Sendable, Hashable {
  public var kind: Kind
  public var range: ByteRange

  public init(_ kind: Kind, range: ByteRange) {
    self.kind = kind
    self.range = range
  }

  /// Only the cases that hold an expression, pattern or statement (or a large payload) are boxed: names,
  /// literals and the other leaves, about half of all nodes, live inline instead of costing an allocation.
  public enum Kind: Sendable, Hashable {
    /// A name: `x`, `self`, `Self`, `super`, `$0`, `` `default` ``, an operator used as a value (`(+)`),
    /// with explicit generic arguments (`Array<Int>`) if any.
    case identifier(SwiftIdentifier, genericArguments: [SwiftType])
    /// Numbers, `true`/`false`, `nil`, regex literals and strings without interpolation.
    case literal(SwiftLiteralKind)
    /// A string with `\(…)` holes: the holes' arguments in order (`\(x, format: y)` is two arguments).
    case interpolatedString(holes: [[SwiftArgument]])
    /// `base.name`, `.name` (implicit member, `base` nil), `t.0`, `x.init`, `T.self`. Optional chaining is
    /// an `.optionalChain` base: `a?.b` is `memberAccess(optionalChain(a), b)`.
    indirect case memberAccess(base: SwiftExpr?, name: SwiftIdentifier, genericArguments: [SwiftType])
    /// `f(args) { trailing } label: { more }`. `trailingClosures` holds the unlabeled first trailing
    /// closure (label nil) and any labeled ones after it.
    indirect case call(callee: SwiftExpr, arguments: [SwiftArgument], trailingClosures: [SwiftArgument])
    /// `base[args]`, with trailing closures if any.
    indirect case `subscript`(base: SwiftExpr, arguments: [SwiftArgument], trailingClosures: [SwiftArgument])
    indirect case closure(SwiftClosure)
    indirect case `try`(SwiftTryKind, SwiftExpr)
    indirect case await(SwiftExpr)
    /// `unsafe e` (strict memory safety).
    indirect case unsafe(SwiftExpr)
    /// `consume x`, `copy x`, `borrow x` (`keyword` as written).
    indirect case ownership(keyword: String, SwiftExpr)
    /// `lhs op rhs` for every binary operator except plain `=`.
    indirect case binary(op: SwiftOperator, lhs: SwiftExpr, rhs: SwiftExpr)
    /// `target = value`.
    indirect case assignment(target: SwiftExpr, value: SwiftExpr)
    /// `-x`, `!x`, `..<x`, custom prefix operators.
    indirect case prefix(op: SwiftOperator, SwiftExpr)
    /// `x...`, custom postfix operators (not `!`/`?`, which have their own cases).
    indirect case postfix(op: SwiftOperator, SwiftExpr)
    /// `x!`.
    indirect case forceUnwrap(SwiftExpr)
    /// `x?` as the base of optional chaining.
    indirect case optionalChain(SwiftExpr)
    /// `c ? a : b`.
    indirect case ternary(condition: SwiftExpr, then: SwiftExpr, else: SwiftExpr)
    /// `x is T`.
    indirect case isType(SwiftExpr, SwiftType)
    /// `x as T`, `x as? T`, `x as! T`.
    indirect case cast(SwiftExpr, SwiftCastKind, SwiftType)
    /// `(a, b)`, `(x: 1, y: 2)` and a parenthesized `(x)` (one unlabeled element); see `unparenthesized`.
    case tuple([SwiftArgument])
    case array([SwiftExpr])
    /// `[k: v, …]`, `[:]`.
    case dictionary([SwiftDictionaryElement])
    /// `\Root.path`, `\.path` (components are not modelled).
    case keyPath(root: SwiftType?)
    indirect case `if`(SwiftIf)
    indirect case `switch`(SwiftSwitch)
    /// `#selector(f)`, `#file`, `#line`, `#externalMacro(…)`, `#Preview { }`: name without `#`.
    indirect case macroExpansion(
      name: SwiftIdentifier, genericArguments: [SwiftType], arguments: [SwiftArgument],
      trailingClosures: [SwiftArgument])
    /// `&x` (in-out argument).
    indirect case `inout`(SwiftExpr)
    /// `repeat each x` / `each x` (parameter packs).
    indirect case pack(keyword: String, SwiftExpr)
    /// A type written where an expression is expected: `[Int].self`'s `[Int]`, `Int?.none`'s `Int?`,
    /// `any P.Type`.
    case type(SwiftType)
    /// `_` (assignment discard or wildcard in a pattern).
    case discard
    /// `let x` / `var x` inside a case pattern (`case .some(let x)`).
    indirect case bindingPattern(keyword: String, SwiftPattern)
    /// `is T` inside a case pattern.
    case isPattern(SwiftType)
    /// `x as T` inside a case pattern is `.cast`; the `x` may be a `bindingPattern`.
    /// `<#placeholder#>` editor placeholders.
    case editorPlaceholder
    /// Missing or unparsable; a diagnostic was reported.
    case missing
  }

  /// This expression without enclosing parentheses (`((x))` → `x`).
  public var unparenthesized: SwiftExpr {
    var current = self
    while case .tuple(let elements) = current.kind, elements.count == 1, elements[0].label == nil {
      current = elements[0].value
    }
    return current
  }

  /// The name of a bare identifier expression (`x`), or nil.
  public var identifierName: String? {
    if case .identifier(let name, _) = kind { return name.text }
    return nil
  }

  func collectBoundNames(into names: inout [SwiftIdentifier], binding: Bool) {
    switch kind {
    case .identifier(let name, _): if binding { names.append(name) }
    case .bindingPattern(_, let pattern): pattern.collectNames(into: &names, binding: true)
    case .call(_, let arguments, _), .tuple(let arguments):
      for argument in arguments { argument.value.collectBoundNames(into: &names, binding: binding) }
    case .cast(let inner, _, _), .optionalChain(let inner), .forceUnwrap(let inner):
      inner.collectBoundNames(into: &names, binding: binding)
    default: break
    }
  }
}

public enum SwiftLiteralKind: Sendable, Hashable {
  case integer, float, string, regex, `true`, `false`, `nil`
}

public enum SwiftTryKind: Sendable, Hashable {
  /// `try`
  case plain
  /// `try?`
  case optional
  /// `try!`
  case forced
}

public enum SwiftCastKind: Sendable, Hashable {
  /// `as`
  case plain
  /// `as?`
  case conditional
  /// `as!`
  case forced
}

/// An operator as written (`+`, `&&`, `??`, `+=`, `..<`, `<>`).
public struct SwiftOperator: Sendable, Hashable {
  public var text: String
  public var range: ByteRange

  public init(_ text: String, range: ByteRange) {
    self.text = text
    self.range = range
  }
}

/// A call, subscript, tuple or trailing-closure argument: `x`, `label: x`, `&x`.
public struct SwiftArgument: Sendable, Hashable {
  public var label: SwiftIdentifier?
  public var value: SwiftExpr
  public var range: ByteRange

  public init(label: SwiftIdentifier? = nil, value: SwiftExpr, range: ByteRange) {
    self.label = label
    self.value = value
    self.range = range
  }
}

public struct SwiftDictionaryElement: Sendable, Hashable {
  public var key: SwiftExpr
  public var value: SwiftExpr

  public init(key: SwiftExpr, value: SwiftExpr) {
    self.key = key
    self.value = value
  }
}

/// `{ [weak self, x = y] (a: Int, b) async throws -> T in statements }`, or `{ $0 + 1 }`.
public struct SwiftClosure: Sendable, Hashable {
  /// `@Sendable`, `@MainActor`, … written inside the braces before the signature.
  public var attributes: [SwiftAttribute]
  public var captures: [SwiftCaptureItem]
  /// `nil` when no parameters are written (the body may use `$0`); closure parameters have only a
  /// `firstName` (and a type when written in parentheses with one).
  public var parameters: [SwiftParameter]?
  public var effects: SwiftEffects
  public var returnType: SwiftType?
  public var statements: [SwiftStmt]
  /// The `in` keyword, when the closure has a signature.
  public var inKeyword: ByteRange?
  public var range: ByteRange

  public init(
    attributes: [SwiftAttribute] = [], captures: [SwiftCaptureItem] = [], parameters: [SwiftParameter]? = nil,
    effects: SwiftEffects = SwiftEffects(), returnType: SwiftType? = nil, statements: [SwiftStmt],
    inKeyword: ByteRange? = nil, range: ByteRange
  ) {
    self.attributes = attributes
    self.captures = captures
    self.parameters = parameters
    self.effects = effects
    self.returnType = returnType
    self.statements = statements
    self.inKeyword = inKeyword
    self.range = range
  }
}

/// One capture-list entry: `self`, `weak self`, `unowned(unsafe) x`, `y = expr`.
public struct SwiftCaptureItem: Sendable, Hashable {
  /// `weak`, `unowned`, `unowned(safe)`, `unowned(unsafe)`; nil for a strong capture.
  public var specifier: String?
  public var name: SwiftIdentifier
  public var initializer: SwiftExpr?
  public var range: ByteRange

  public init(specifier: String? = nil, name: SwiftIdentifier, initializer: SwiftExpr? = nil, range: ByteRange) {
    self.specifier = specifier
    self.name = name
    self.initializer = initializer
    self.range = range
  }
}
