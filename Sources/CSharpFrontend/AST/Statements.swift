import SourceModel

/// A `{ … }` block.
public struct Block: Sendable, Hashable {
  public var statements: [Stmt]
  public var range: ByteRange
  /// Set when the parser skipped this member body (`Parser.parse(…, deferMemberBodies: true)`): the
  /// statements are empty until `DeferredBodyParser` parses the body on demand.
  public var deferred: DeferredBody?

  public init(statements: [Stmt], range: ByteRange, deferred: DeferredBody? = nil) {
    self.statements = statements
    self.range = range
    self.deferred = deferred
  }
}

/// Where a skipped member body's tokens are, and the parser state it is parsed in.
public struct DeferredBody: Sendable, Hashable {
  /// Index of the body's `{` token (of a skipped attribute argument list, its `(`).
  public var openToken: Int32
  /// Whether the member is `async` (`await` is then always the operator).
  public var isAsync: Bool
  /// The nesting depth the body would have been parsed at, so the depth limit is the same either way.
  public var depth: Int32
  /// Whether "nesting too deep" was already reported in this file by then (it is reported once).
  public var depthLimitReported: Bool

  public init(openToken: Int32, isAsync: Bool, depth: Int32, depthLimitReported: Bool = false) {
    self.openToken = openToken
    self.isAsync = isAsync
    self.depth = depth
    self.depthLimitReported = depthLimitReported
  }
}

/// Where a skipped member value is (`=> value;` of a method, property, indexer or accessor, or `= value;`
/// of a field, property or event), and the parser state it is parsed in: the tokens from `firstToken` up
/// to the `;` at `endToken`.
public struct DeferredExpression: Sendable, Hashable {
  public var firstToken: Int32
  /// Index of the `;` that ends the member (the value's extent was found by bracket matching).
  public var endToken: Int32
  /// An initializer (`= { 1, 2 }` is an array initializer there) rather than an expression body.
  public var isInitializer: Bool
  /// Whether the member is `async` (`await` is then always the operator).
  public var isAsync: Bool
  /// The nesting depth the expression would have been parsed at.
  public var depth: Int32
  /// Whether "nesting too deep" was already reported in this file by then (it is reported once).
  public var depthLimitReported: Bool

  public init(
    firstToken: Int32, endToken: Int32, isInitializer: Bool, isAsync: Bool, depth: Int32,
    depthLimitReported: Bool = false
  ) {
    self.firstToken = firstToken
    self.endToken = endToken
    self.isInitializer = isInitializer
    self.isAsync = isAsync
    self.depth = depth
    self.depthLimitReported = depthLimitReported
  }
}

/// A statement node.
public struct Stmt: Sendable, Hashable {
  public var kind: Kind
  public var range: ByteRange

  public init(_ kind: Kind, range: ByteRange) {
    self.kind = kind
    self.range = range
  }

  public indirect enum Kind: Sendable, Hashable {
    case block(Block)
    /// `int x = 1, y;`, `var t = F();`, `using var s = …;`, `await using var s = …;`, `const int k = 1;`.
    case localDeclaration(LocalDeclaration)
    /// `var (a, b) = …;` and other expression statements.
    case expression(Expr)
    case `if`(condition: Expr, then: Stmt, else: Stmt?)
    case `switch`(Expr, sections: [SwitchSection])
    /// `for (init; condition; incrementors) body`. `initializers` holds either one declaration or expressions.
    case `for`(declaration: LocalDeclaration?, initializers: [Expr], condition: Expr?, incrementors: [Expr], body: Stmt)
    /// `foreach (T x in e)`, `await foreach (var (a, b) in e)`.
    case foreach(isAwait: Bool, type: TypeSyntax, designation: VariableDesignation, collection: Expr, body: Stmt)
    case `while`(condition: Expr, body: Stmt)
    case doWhile(body: Stmt, condition: Expr)
    case `try`(body: Block, catches: [CatchClause], finally: Block?)
    case lock(Expr, body: Stmt)
    /// `checked { }`, `unchecked { }`.
    case checked(Block, isChecked: Bool)
    case unsafe(Block)
    case fixed(LocalDeclaration, body: Stmt)
    /// `using (var r = …) body`, `using (expr) body`, `await using (…) body`.
    case using(isAwait: Bool, declaration: LocalDeclaration?, expression: Expr?, body: Stmt)
    case `return`(Expr?)
    case `throw`(Expr?)
    case yieldReturn(Expr)
    case yieldBreak
    case `break`
    case `continue`
    /// `goto label;`, `goto case x;`, `goto default;`.
    case goto(GotoTarget)
    case labeled(Identifier, Stmt)
    case localFunction(MethodDeclaration)
    case empty
    /// Could not be parsed; the parser skipped to a recovery point and reported a diagnostic.
    case error
  }
}

public enum GotoTarget: Sendable, Hashable {
  case label(Identifier)
  case caseLabel(Expr)
  case defaultLabel
}

/// The declaration part of a local declaration statement, `for`, `using` and `fixed`.
public struct LocalDeclaration: Sendable, Hashable {
  public enum UsingKind: Sendable, Hashable { case none, using, awaitUsing }

  public var usingKind: UsingKind
  public var isConst: Bool
  /// `ref`, `ref readonly`, `scoped` and other modifiers, as written.
  public var modifiers: [String]
  public var type: TypeSyntax
  public var declarators: [VariableDeclarator]

  public init(
    usingKind: UsingKind = .none, isConst: Bool = false, modifiers: [String] = [], type: TypeSyntax,
    declarators: [VariableDeclarator]
  ) {
    self.usingKind = usingKind
    self.isConst = isConst
    self.modifiers = modifiers
    self.type = type
    self.declarators = declarators
  }
}

/// `name = initializer` in a declaration (locals and fields).
public struct VariableDeclarator: Sendable, Hashable {
  public var name: Identifier
  public var initializer: Expr?
  /// C-style fixed buffer / array size arguments `x[10]`, rare.
  public var bracketArguments: [Argument]

  public init(name: Identifier, initializer: Expr?, bracketArguments: [Argument] = []) {
    self.name = name
    self.initializer = initializer
    self.bracketArguments = bracketArguments
  }
}

public struct SwitchSection: Sendable, Hashable {
  public var labels: [SwitchLabel]
  public var statements: [Stmt]
  public var range: ByteRange

  public init(labels: [SwitchLabel], statements: [Stmt], range: ByteRange) {
    self.labels = labels
    self.statements = statements
    self.range = range
  }
}

public enum SwitchLabel: Sendable, Hashable {
  /// `case pattern when guard:` (a constant case is a `.constant` pattern).
  case pattern(Pattern, guardExpr: Expr?)
  case `default`
}

public struct CatchClause: Sendable, Hashable {
  public var type: TypeSyntax?
  public var name: Identifier?
  public var filter: Expr?
  public var body: Block

  public init(type: TypeSyntax?, name: Identifier?, filter: Expr?, body: Block) {
    self.type = type
    self.name = name
    self.filter = filter
    self.body = body
  }
}
