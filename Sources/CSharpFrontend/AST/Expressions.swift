import SourceModel

/// An expression node. `range` covers the whole expression, from its first to its last token.
public struct Expr: Sendable, Hashable {
  public var kind: Kind
  public var range: ByteRange

  public init(_ kind: Kind, range: ByteRange) {
    self.kind = kind
    self.range = range
  }

  /// Only the cases that hold an expression by value (or a large payload) are boxed: names, literals and
  /// the other leaves, about half of all nodes, live inline instead of costing an allocation each.
  public enum Kind: Sendable, Hashable {
    /// A simple name, possibly generic: `x`, `FooAsync`, `Bar<int>`.
    case name(Identifier, typeArguments: [TypeSyntax])
    /// `this`, `base`.
    case this
    case base
    /// `int`, `string` used as an expression receiver (`int.Parse`).
    case predefinedType(String)
    case literal(LiteralKind)
    /// `$"…{a}…{b,5:F2}…"`: the holes' expressions in order (alignment and format kept as ranges only).
    case interpolatedString(holes: [Expr])
    /// `a.b`, `a?.b` (`isConditional`), `a!.b` is `.memberAccess(.suppressNullable(a), …)`.
    indirect case memberAccess(Expr, name: Identifier, typeArguments: [TypeSyntax], isConditional: Bool)
    /// `p->x`.
    indirect case pointerMemberAccess(Expr, name: Identifier)
    /// `alias::Name`.
    indirect case aliasQualified(alias: Identifier, name: Identifier)
    /// `a[i]`, `a?[i]`.
    indirect case elementAccess(Expr, arguments: [Argument], isConditional: Bool)
    /// `f(x)`, `a.b<T>(x)`. The callee is the expression before the parenthesis.
    indirect case invocation(Expr, arguments: [Argument])
    /// `x!`.
    indirect case suppressNullable(Expr)
    /// `++x`, `-x`, `!x`, `~x`, `^x` (index from end), `&x`, `*x`.
    indirect case prefixUnary(UnaryOperator, Expr)
    /// `x++`, `x--`.
    indirect case postfixUnary(UnaryOperator, Expr)
    indirect case binary(BinaryOperator, Expr, Expr)
    /// `=`, `+=`, `??=`, …
    indirect case assignment(AssignmentOperator, Expr, Expr)
    /// `c ? a : b` (`isRef` for `c ? ref a : ref b`).
    indirect case conditional(Expr, Expr, Expr)
    indirect case await(Expr)
    /// `(x) => …`, `async x => …`, `static (int a) => { … }`.
    indirect case lambda(Lambda)
    /// `delegate (int x) { … }`, `async delegate { … }`.
    indirect case anonymousMethod(Lambda)
    /// `new T(args) { init }`, `new(args)` (type `nil`: target-typed).
    indirect case objectCreation(type: TypeSyntax?, arguments: [Argument], initializer: Initializer?)
    /// `new T[n] { … }`, `new[] { … }` (type `nil`), `stackalloc T[n]`.
    indirect case arrayCreation(type: TypeSyntax?, sizes: [Expr], initializer: Initializer?, isStackAlloc: Bool)
    /// `new { A = 1, B }`.
    case anonymousObject([Initializer.Element])
    /// `[a, b, ..c]`.
    case collection([CollectionElement])
    /// `{ a, b }` where an expression is expected (array initializer in a declaration).
    case initializerList(Initializer)
    /// `(a, b)`, `(x: 1, y: 2)`.
    case tuple([Argument])
    indirect case parenthesized(Expr)
    indirect case cast(TypeSyntax, Expr)
    /// `x is T`, `x is { } p`, `x is not null`.
    indirect case isPattern(Expr, Pattern)
    indirect case asType(Expr, TypeSyntax)
    /// `x switch { p => e, … }`.
    indirect case switchExpression(Expr, arms: [SwitchExpressionArm])
    /// `x with { A = 1 }`.
    indirect case with(Expr, Initializer)
    case typeOf(TypeSyntax)
    case sizeOf(TypeSyntax)
    /// `default(T)`, or `default` (type nil).
    case defaultValue(TypeSyntax?)
    /// `checked(x)`, `unchecked(x)`.
    indirect case checked(Expr, isChecked: Bool)
    /// `a..b`, `..b`, `a..`, `..`.
    indirect case range(Expr?, Expr?)
    /// `throw e` as an expression.
    indirect case throwExpression(Expr)
    /// `ref x`, `out x`, `in x` outside argument position (e.g. `ref` locals' initializers).
    indirect case refExpression(Expr)
    /// `out var x`, `out int x`, `var (a, b)` in deconstruction: a declaration used as an expression.
    case declaration(TypeSyntax, VariableDesignation)
    /// A LINQ query; clause expressions are kept in order so closures over them can be seen.
    case query([Expr])
    /// `__arglist`, `__makeref`, … and other rarities: sub-expressions kept, meaning not modelled.
    case other([Expr])
    /// Missing or unparsable; a diagnostic was reported.
    case missing
    /// A member's expression body not parsed yet (`Parser.parse(…, deferMemberBodies: true)`):
    /// `DeferredBodyParser.resolve` parses it on demand. `range` covers its tokens.
    case deferred(DeferredExpression)
  }
}

public enum LiteralKind: Sendable, Hashable {
  case integer, real, character, string, `true`, `false`, null, `default`
}

public enum UnaryOperator: Sendable, Hashable {
  case plus, minus, not, bitwiseNot, increment, decrement, indexFromEnd, addressOf, dereference
}

public enum BinaryOperator: Sendable, Hashable {
  case add, subtract, multiply, divide, modulo
  case leftShift, rightShift, unsignedRightShift
  case lessThan, greaterThan, lessThanOrEqual, greaterThanOrEqual, equal, notEqual
  case bitwiseAnd, bitwiseOr, exclusiveOr
  case logicalAnd, logicalOr, coalesce
}

public enum AssignmentOperator: Sendable, Hashable {
  case assign, add, subtract, multiply, divide, modulo, and, or, exclusiveOr, leftShift, rightShift,
    unsignedRightShift, coalesce
}

/// An argument: `x`, `name: x`, `ref x`, `out var y`, `in x`.
public struct Argument: Sendable, Hashable {
  public enum Modifier: Sendable, Hashable { case none, ref, out, `in`, refReadonly }

  public var name: Identifier?
  public var modifier: Modifier
  public var value: Expr

  public init(name: Identifier? = nil, modifier: Modifier = .none, value: Expr) {
    self.name = name
    self.modifier = modifier
    self.value = value
  }
}

/// A lambda or anonymous method: its parameters and a body that is either an expression or a block.
public struct Lambda: Sendable, Hashable {
  public enum Body: Sendable, Hashable {
    case expression(Expr)
    case block(Block)
  }

  public var isAsync: Bool
  public var isStatic: Bool
  public var parameters: [Parameter]
  public var returnType: TypeSyntax?
  public var body: Body

  public init(isAsync: Bool, isStatic: Bool = false, parameters: [Parameter], returnType: TypeSyntax? = nil, body: Body)
  {
    self.isAsync = isAsync
    self.isStatic = isStatic
    self.parameters = parameters
    self.returnType = returnType
    self.body = body
  }
}

/// An object, collection or `with` initializer.
public struct Initializer: Sendable, Hashable {
  public indirect enum Element: Sendable, Hashable {
    /// `Name = value` (also `[index] = value` with `target` an element access on `.missing`).
    case assignment(target: Expr, value: Expr)
    /// A collection element `value` or `{ k, v }`.
    case value(Expr)
  }

  public var elements: [Element]
  public var range: ByteRange

  public init(elements: [Element], range: ByteRange) {
    self.elements = elements
    self.range = range
  }
}

public enum CollectionElement: Sendable, Hashable {
  case value(Expr)
  case spread(Expr)
}

public struct SwitchExpressionArm: Sendable, Hashable {
  public var pattern: Pattern
  public var guardExpr: Expr?
  public var value: Expr

  public init(pattern: Pattern, guardExpr: Expr?, value: Expr) {
    self.pattern = pattern
    self.guardExpr = guardExpr
    self.value = value
  }
}

/// Names introduced by `out var x`, `var (a, b)`, patterns and `foreach` deconstruction.
public indirect enum VariableDesignation: Sendable, Hashable {
  case single(Identifier)
  case discard
  case parenthesized([VariableDesignation])
}
