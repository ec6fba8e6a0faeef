import SourceModel

/// A parsed file: its usings, attributes and top-level members (top-level statements are `.globalStatement`).
public struct CompilationUnit: Sendable, Hashable {
  public var usings: [UsingDirective]
  public var attributes: [AttributeList]
  public var members: [Member]

  public init(usings: [UsingDirective] = [], attributes: [AttributeList] = [], members: [Member] = []) {
    self.usings = usings
    self.attributes = attributes
    self.members = members
  }
}

/// `using X.Y;`, `global using static X;`, `using A = X.Y<int>;`, `extern alias E;` is not modelled.
public struct UsingDirective: Sendable, Hashable {
  public var isGlobal: Bool
  public var isStatic: Bool
  /// The alias name for `using Alias = Target;`.
  public var alias: Identifier?
  public var target: TypeSyntax
  public var range: ByteRange

  public init(isGlobal: Bool, isStatic: Bool, alias: Identifier?, target: TypeSyntax, range: ByteRange) {
    self.isGlobal = isGlobal
    self.isStatic = isStatic
    self.alias = alias
    self.target = target
    self.range = range
  }
}

/// `[Target: A(args), B]`.
public struct AttributeList: Sendable, Hashable {
  public var target: String?
  public var attributes: [Attribute]
  public var range: ByteRange

  public init(target: String?, attributes: [Attribute], range: ByteRange) {
    self.target = target
    self.attributes = attributes
    self.range = range
  }
}

public struct Attribute: Sendable, Hashable {
  public var name: TypeSyntax
  public var arguments: [Argument]
  public var range: ByteRange
  /// Set when the parser skipped the arguments (`Parser.parse(…, deferMemberBodies: true)`): `arguments`
  /// is empty until `DeferredBodyParser.resolveArguments` parses them. `openToken` is the `(`.
  public var deferredArguments: DeferredBody?

  public init(name: TypeSyntax, arguments: [Argument], range: ByteRange, deferredArguments: DeferredBody? = nil) {
    self.name = name
    self.arguments = arguments
    self.range = range
    self.deferredArguments = deferredArguments
  }

  /// The names a suppression attribute is written with.
  public static let suppressionNames: Set<String> = ["SuppressMessage", "SuppressMessageAttribute"]

  /// Whether this could be `[SuppressMessage(…)]`, whose arguments are read with the declarations.
  public var mayBeSuppression: Bool {
    name.lastName.map(Attribute.suppressionNames.contains) ?? false
  }
}

/// A namespace or type member, with the attributes and modifiers written before it.
public struct Member: Sendable, Hashable {
  public var attributes: [AttributeList]
  /// Modifier keywords as written: `public`, `static`, `async`, `partial`, `override`, …
  public var modifiers: [String]
  public var kind: Kind
  public var range: ByteRange

  public init(attributes: [AttributeList] = [], modifiers: [String] = [], kind: Kind, range: ByteRange) {
    self.attributes = attributes
    self.modifiers = modifiers
    self.kind = kind
    self.range = range
  }

  public indirect enum Kind: Sendable, Hashable {
    /// `namespace A.B { … }` or file-scoped `namespace A.B;` (members are those that follow).
    case namespace(name: TypeSyntax, usings: [UsingDirective], members: [Member], isFileScoped: Bool)
    case type(TypeDeclaration)
    case delegate(DelegateDeclaration)
    case method(MethodDeclaration)
    case constructor(MethodDeclaration)
    /// `~C() { … }`.
    case destructor(MethodDeclaration)
    /// `operator +`, `implicit operator T`: `name` holds the operator token or target type text.
    case `operator`(MethodDeclaration)
    /// Fields and event fields (`event EventHandler E;`, `isEvent`).
    case field(LocalDeclaration, isEvent: Bool)
    case property(PropertyDeclaration)
    case indexer(PropertyDeclaration)
    /// `event EventHandler E { add { } remove { } }`.
    case event(PropertyDeclaration)
    case enumMember(name: Identifier, value: Expr?)
    /// A top-level statement (C# 9 programs without `Main`).
    case globalStatement(Stmt)
    /// Could not be parsed; the parser skipped to the next member and reported a diagnostic.
    case error
  }
}

public struct TypeDeclaration: Sendable, Hashable {
  public enum Keyword: Sendable, Hashable {
    case `class`, `struct`, interface, `enum`, record, recordStruct, recordClass, `extension`
  }

  public var keyword: Keyword
  public var name: Identifier
  public var typeParameters: [Identifier]
  /// Primary-constructor parameters (`record R(int X)`, `class C(ILogger log)`).
  public var parameters: [Parameter]?
  public var baseTypes: [TypeSyntax]
  /// Arguments passed to the base type in a primary-constructor declaration: `class D(int x) : B(x)`.
  public var baseArguments: [Argument]
  public var members: [Member]

  public init(
    keyword: Keyword, name: Identifier, typeParameters: [Identifier] = [], parameters: [Parameter]? = nil,
    baseTypes: [TypeSyntax] = [], baseArguments: [Argument] = [], members: [Member] = []
  ) {
    self.keyword = keyword
    self.name = name
    self.typeParameters = typeParameters
    self.parameters = parameters
    self.baseTypes = baseTypes
    self.baseArguments = baseArguments
    self.members = members
  }
}

public struct DelegateDeclaration: Sendable, Hashable {
  public var returnType: TypeSyntax
  public var name: Identifier
  public var typeParameters: [Identifier]
  public var parameters: [Parameter]

  public init(returnType: TypeSyntax, name: Identifier, typeParameters: [Identifier], parameters: [Parameter]) {
    self.returnType = returnType
    self.name = name
    self.typeParameters = typeParameters
    self.parameters = parameters
  }
}

/// Methods, local functions, constructors, destructors, operators and accessors share this shape.
public struct MethodDeclaration: Sendable, Hashable {
  public enum Body: Sendable, Hashable {
    case block(Block)
    case expression(Expr)
  }

  /// Modifiers as written (`async`, `static`, …); for members these duplicate `Member.modifiers`.
  public var modifiers: [String]
  /// `nil` for constructors and destructors.
  public var returnType: TypeSyntax?
  public var name: Identifier
  /// For explicit interface implementations (`ValueTask IFoo.BarAsync()`), the interface type.
  public var explicitInterface: TypeSyntax?
  public var typeParameters: [Identifier]
  public var parameters: [Parameter]
  /// `: base(…)` / `: this(…)` constructor initializer arguments.
  public var constructorInitializer: [Argument]?
  public var body: Body?
  public var range: ByteRange

  public init(
    modifiers: [String] = [], returnType: TypeSyntax?, name: Identifier, explicitInterface: TypeSyntax? = nil,
    typeParameters: [Identifier] = [], parameters: [Parameter], constructorInitializer: [Argument]? = nil,
    body: Body?, range: ByteRange
  ) {
    self.modifiers = modifiers
    self.returnType = returnType
    self.name = name
    self.explicitInterface = explicitInterface
    self.typeParameters = typeParameters
    self.parameters = parameters
    self.constructorInitializer = constructorInitializer
    self.body = body
    self.range = range
  }

  public var isAsync: Bool { modifiers.contains("async") }
}

public struct Parameter: Sendable, Hashable {
  public var attributes: [AttributeList]
  /// `ref`, `out`, `in`, `params`, `this`, `scoped`, `readonly` as written.
  public var modifiers: [String]
  /// `nil` for implicitly typed lambda parameters.
  public var type: TypeSyntax?
  public var name: Identifier
  public var defaultValue: Expr?

  public init(
    attributes: [AttributeList] = [], modifiers: [String] = [], type: TypeSyntax?, name: Identifier,
    defaultValue: Expr? = nil
  ) {
    self.attributes = attributes
    self.modifiers = modifiers
    self.type = type
    self.name = name
    self.defaultValue = defaultValue
  }
}

/// Properties, indexers and custom events.
public struct PropertyDeclaration: Sendable, Hashable {
  public var type: TypeSyntax
  /// `this` for indexers.
  public var name: Identifier
  public var explicitInterface: TypeSyntax?
  /// Indexer parameters; empty for properties and events.
  public var parameters: [Parameter]
  public var accessors: [Accessor]
  /// `int P => expr;`.
  public var expressionBody: Expr?
  /// `int P { get; } = expr;`.
  public var initializer: Expr?

  public init(
    type: TypeSyntax, name: Identifier, explicitInterface: TypeSyntax? = nil, parameters: [Parameter] = [],
    accessors: [Accessor] = [], expressionBody: Expr? = nil, initializer: Expr? = nil
  ) {
    self.type = type
    self.name = name
    self.explicitInterface = explicitInterface
    self.parameters = parameters
    self.accessors = accessors
    self.expressionBody = expressionBody
    self.initializer = initializer
  }
}

public struct Accessor: Sendable, Hashable {
  /// `get`, `set`, `init`, `add`, `remove`.
  public var keyword: String
  public var modifiers: [String]
  public var attributes: [AttributeList]
  public var body: MethodDeclaration.Body?
  public var range: ByteRange

  public init(
    keyword: String, modifiers: [String] = [], attributes: [AttributeList] = [], body: MethodDeclaration.Body?,
    range: ByteRange
  ) {
    self.keyword = keyword
    self.modifiers = modifiers
    self.attributes = attributes
    self.body = body
    self.range = range
  }
}
