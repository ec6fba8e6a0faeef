import SourceModel

/// A declaration: at top level, as a type member, or as a local declaration in a body
/// (`SwiftStmt.Kind.declaration`). Attributes and modifiers written before it are kept here.
public struct SwiftDecl: Sendable, Hashable {
  public var attributes: [SwiftAttribute]
  public var modifiers: [SwiftModifier]
  public var kind: Kind
  /// From the first attribute or modifier to the end of the declaration.
  public var range: ByteRange

  public init(attributes: [SwiftAttribute] = [], modifiers: [SwiftModifier] = [], kind: Kind, range: ByteRange) {
    self.attributes = attributes
    self.modifiers = modifiers
    self.kind = kind
    self.range = range
  }

  public indirect enum Kind: Sendable, Hashable {
    /// `func f<T>(x: Int) async throws -> T { … }`; operator functions have the operator as name.
    case function(SwiftFunctionDecl)
    /// `init?(…) async throws { … }`: name is `init`.
    case initializer(SwiftFunctionDecl)
    /// `deinit { … }`: name is `deinit`, no parameters.
    case deinitializer(SwiftFunctionDecl)
    /// `subscript(i: Int) -> T { get … set … }`: name is `subscript`, accessors in `accessors`.
    case `subscript`(SwiftFunctionDecl)
    /// `let`/`var` with one or more bindings (`async let` has an `async` modifier).
    case variable(SwiftVariableDecl)
    /// `class`, `struct`, `enum`, `actor`, `protocol`, `extension`.
    case type(SwiftTypeDecl)
    /// `typealias Name<T> = Type`.
    case typeAlias(name: SwiftIdentifier, genericParameters: [SwiftGenericParameter], type: SwiftType)
    /// `associatedtype Name: P = Default`.
    case associatedType(name: SwiftIdentifier, inheritance: [SwiftType], defaultType: SwiftType?)
    /// `case a, b(Int), c = 3` inside an enum.
    case enumCase([SwiftEnumCaseElement])
    /// `import Foo`, `import struct Foo.Bar`, `@testable import X`: the dotted path.
    case `import`(path: [SwiftIdentifier])
    /// `prefix operator +++`, `infix operator <>: Group`.
    case `operator`(name: String)
    /// `precedencegroup Name { … }` (body not modelled).
    case precedenceGroup(name: SwiftIdentifier)
    /// `macro m(…) = #externalMacro(…)`.
    case macro(SwiftFunctionDecl)
    /// A freestanding macro in declaration position: `#warning("…")`, `#externalMacro(…)`, `#Preview { … }`.
    case macroExpansion(SwiftExpr)
    /// `#if … #elseif … #else … #endif` around declarations; every branch is parsed.
    case ifConfig([SwiftIfConfigClause])
    /// Could not be parsed; the parser skipped to the next member and reported a diagnostic.
    case error
  }

  public func hasModifier(_ name: String) -> Bool { modifiers.contains { $0.name == name } }
  public func hasAttribute(_ name: String) -> Bool { attributes.contains { $0.name == name } }
  /// Marked `@available(*, noasync)`.
  public var isNoasync: Bool { attributes.contains { $0.isNoasync } }
}

/// Functions, initializers, deinitializers, subscripts and macros share this shape.
public struct SwiftFunctionDecl: Sendable, Hashable {
  public var name: SwiftIdentifier
  public var genericParameters: [SwiftGenericParameter]
  public var parameters: [SwiftParameter]
  public var effects: SwiftEffects
  public var returnType: SwiftType?
  /// `init?` / `init!`.
  public var isFailable: Bool
  /// The `where` clause, if any (requirements are not modelled).
  public var whereClause: ByteRange?
  /// `nil` for protocol requirements and other body-less declarations.
  public var body: SwiftBlock?
  /// Subscript accessors (`get`/`set`/…); empty for functions.
  public var accessors: [SwiftAccessor]
  public var range: ByteRange

  public init(
    name: SwiftIdentifier, genericParameters: [SwiftGenericParameter] = [], parameters: [SwiftParameter] = [],
    effects: SwiftEffects = SwiftEffects(), returnType: SwiftType? = nil, isFailable: Bool = false,
    whereClause: ByteRange? = nil, body: SwiftBlock? = nil, accessors: [SwiftAccessor] = [], range: ByteRange
  ) {
    self.name = name
    self.genericParameters = genericParameters
    self.parameters = parameters
    self.effects = effects
    self.returnType = returnType
    self.isFailable = isFailable
    self.whereClause = whereClause
    self.body = body
    self.accessors = accessors
    self.range = range
  }

  public var isAsync: Bool { effects.isAsync }
}

/// A function, initializer, subscript, enum-case or closure parameter.
public struct SwiftParameter: Sendable, Hashable {
  public var attributes: [SwiftAttribute]
  /// The argument label (first name). `_` is kept as `_`. For closure parameters this is the only name.
  public var firstName: SwiftIdentifier?
  /// The local name when two names are written (`for key: K`).
  public var secondName: SwiftIdentifier?
  /// `nil` for closure parameters written without a type.
  public var type: SwiftType?
  public var isVariadic: Bool
  public var defaultValue: SwiftExpr?
  public var range: ByteRange

  public init(
    attributes: [SwiftAttribute] = [], firstName: SwiftIdentifier?, secondName: SwiftIdentifier? = nil,
    type: SwiftType? = nil, isVariadic: Bool = false, defaultValue: SwiftExpr? = nil, range: ByteRange
  ) {
    self.attributes = attributes
    self.firstName = firstName
    self.secondName = secondName
    self.type = type
    self.isVariadic = isVariadic
    self.defaultValue = defaultValue
    self.range = range
  }

  /// The name the body uses: the second name if written, else the first.
  public var localName: SwiftIdentifier? { secondName ?? firstName }
}

/// `let`/`var` declarations: `let a = 1, b: Int`, `var x: Int { get }`, `async let y = f()`.
public struct SwiftVariableDecl: Sendable, Hashable {
  /// `let` (true) or `var` (false). `inout`/`borrowing` bindings in conditions count as `var`.
  public var isLet: Bool
  public var bindings: [SwiftPatternBinding]

  public init(isLet: Bool, bindings: [SwiftPatternBinding]) {
    self.isLet = isLet
    self.bindings = bindings
  }
}

/// One `pattern: Type = initializer { accessors }` in a variable declaration.
public struct SwiftPatternBinding: Sendable, Hashable {
  public var pattern: SwiftPattern
  public var type: SwiftType?
  public var initializer: SwiftExpr?
  /// Computed properties and observers. A getter-only `var x: T { … }` has one `get` accessor whose
  /// `isImplicitGetter` is true.
  public var accessors: [SwiftAccessor]
  public var range: ByteRange

  public init(
    pattern: SwiftPattern, type: SwiftType? = nil, initializer: SwiftExpr? = nil, accessors: [SwiftAccessor] = [],
    range: ByteRange
  ) {
    self.pattern = pattern
    self.type = type
    self.initializer = initializer
    self.accessors = accessors
    self.range = range
  }
}

/// `get`, `set(newValue)`, `willSet`, `didSet`, `_read`, `_modify`, `init`, `unsafeAddress`, … .
public struct SwiftAccessor: Sendable, Hashable {
  public var attributes: [SwiftAttribute]
  public var modifiers: [SwiftModifier]
  /// The accessor keyword as written (`get` for an implicit getter).
  public var keyword: String
  /// `set(value)`: the parameter name.
  public var parameterName: SwiftIdentifier?
  /// `get async throws`.
  public var effects: SwiftEffects
  public var body: SwiftBlock?
  /// A computed property written as `var x: T { statements }`, with no `get` keyword.
  public var isImplicitGetter: Bool
  public var range: ByteRange

  public init(
    attributes: [SwiftAttribute] = [], modifiers: [SwiftModifier] = [], keyword: String,
    parameterName: SwiftIdentifier? = nil, effects: SwiftEffects = SwiftEffects(), body: SwiftBlock?,
    isImplicitGetter: Bool = false, range: ByteRange
  ) {
    self.attributes = attributes
    self.modifiers = modifiers
    self.keyword = keyword
    self.parameterName = parameterName
    self.effects = effects
    self.body = body
    self.isImplicitGetter = isImplicitGetter
    self.range = range
  }
}

/// `class`, `struct`, `enum`, `actor`, `protocol` and `extension` declarations.
public struct SwiftTypeDecl: Sendable, Hashable {
  public enum Keyword: Sendable, Hashable { case `class`, `struct`, `enum`, actor, `protocol`, `extension` }

  public var keyword: Keyword
  /// The declared name; for extensions, the last segment of the extended type.
  public var name: SwiftIdentifier
  /// The extended type of an `extension` (`extension Array: P where Element == Int`).
  public var extendedType: SwiftType?
  public var genericParameters: [SwiftGenericParameter]
  /// Protocol primary associated types (`protocol P<Element>`).
  public var primaryAssociatedTypes: [SwiftIdentifier]
  /// Superclass, protocols and raw type, in order.
  public var inheritance: [SwiftType]
  public var whereClause: ByteRange?
  public var members: [SwiftDecl]

  public init(
    keyword: Keyword, name: SwiftIdentifier, extendedType: SwiftType? = nil,
    genericParameters: [SwiftGenericParameter] = [], primaryAssociatedTypes: [SwiftIdentifier] = [],
    inheritance: [SwiftType] = [], whereClause: ByteRange? = nil, members: [SwiftDecl] = []
  ) {
    self.keyword = keyword
    self.name = name
    self.extendedType = extendedType
    self.genericParameters = genericParameters
    self.primaryAssociatedTypes = primaryAssociatedTypes
    self.inheritance = inheritance
    self.whereClause = whereClause
    self.members = members
  }
}

/// One element of an enum `case`: `a`, `b(Int, label: String)`, `c = 3`.
public struct SwiftEnumCaseElement: Sendable, Hashable {
  public var name: SwiftIdentifier
  /// Associated values, `nil` when there are none.
  public var associatedValues: [SwiftParameter]?
  public var rawValue: SwiftExpr?
  public var range: ByteRange

  public init(
    name: SwiftIdentifier, associatedValues: [SwiftParameter]? = nil, rawValue: SwiftExpr? = nil, range: ByteRange
  ) {
    self.name = name
    self.associatedValues = associatedValues
    self.rawValue = rawValue
    self.range = range
  }
}

/// One branch of a `#if` block. The parser parses every branch (vtlint does not evaluate conditions), so
/// the branches of one block are mutually exclusive alternatives, like `if`/`else` arms.
public struct SwiftIfConfigClause: Sendable, Hashable {
  public enum Keyword: Sendable, Hashable { case `if`, elseif, `else` }

  public var keyword: Keyword
  /// The compilation condition (`os(Linux)`, `canImport(Darwin) && DEBUG`); `nil` for `#else`.
  public var condition: SwiftExpr?
  /// Statements, or declarations wrapped as `.declaration` statements when the block sits among members.
  public var items: [SwiftStmt]
  public var range: ByteRange

  public init(keyword: Keyword, condition: SwiftExpr?, items: [SwiftStmt], range: ByteRange) {
    self.keyword = keyword
    self.condition = condition
    self.items = items
    self.range = range
  }

  /// The declarations among `items` (for `#if` between type members).
  public var declarations: [SwiftDecl] {
    items.compactMap { if case .declaration(let decl) = $0.kind { return decl } else { return nil } }
  }
}
