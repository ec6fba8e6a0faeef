import SourceModel

/// A `{ … }` body.
public struct SwiftBlock: Sendable, Hashable {
  public var statements: [SwiftStmt]
  public var range: ByteRange

  public init(statements: [SwiftStmt], range: ByteRange) {
    self.statements = statements
    self.range = range
  }
}

/// A statement. Top-level code, bodies, closure bodies and `#if` branches are lists of these.
public struct SwiftStmt: Sendable, Hashable {
  public var kind: Kind
  public var range: ByteRange

  public init(_ kind: Kind, range: ByteRange) {
    self.kind = kind
    self.range = range
  }

  public indirect enum Kind: Sendable, Hashable {
    case expression(SwiftExpr)
    /// A local or top-level declaration (`let`, `var`, `async let`, nested `func`, types, …).
    case declaration(SwiftDecl)
    /// `if` in statement position (the same node as an `if` expression).
    case `if`(SwiftIf)
    case `guard`(conditions: [SwiftCondition], else: SwiftBlock)
    /// `switch` in statement position (the same node as a `switch` expression).
    case `switch`(SwiftSwitch)
    case forIn(SwiftForIn)
    case `while`(conditions: [SwiftCondition], body: SwiftBlock)
    case repeatWhile(body: SwiftBlock, condition: SwiftExpr)
    /// `do { } catch P where c { } …`; `do throws(E) { }` keeps the thrown type.
    case `do`(body: SwiftBlock, thrownType: SwiftType?, catches: [SwiftCatchClause])
    case `defer`(SwiftBlock)
    case `return`(SwiftExpr?)
    case `throw`(SwiftExpr)
    case `break`(label: SwiftIdentifier?)
    case `continue`(label: SwiftIdentifier?)
    case `fallthrough`
    /// `yield x` / `yield &x` in `_read`/`_modify`.
    case yield(SwiftExpr)
    /// `discard self` in consuming methods of noncopyable types.
    case discard(SwiftExpr)
    /// `label: for … { }`.
    case labeled(SwiftIdentifier, SwiftStmt)
    /// `#if … #endif` around statements; every branch is parsed.
    case ifConfig([SwiftIfConfigClause])
    /// `#sourceLocation(…)` and other directives with no meaning for the analysis.
    case directive
    /// Could not be parsed; the parser skipped to a recovery point and reported a diagnostic.
    case error
  }
}

/// `if conditions { } else if … { } else { }`, as a statement or an expression.
public struct SwiftIf: Sendable, Hashable {
  public indirect enum Else: Sendable, Hashable {
    case block(SwiftBlock)
    case `if`(SwiftIf)
  }

  public var conditions: [SwiftCondition]
  public var body: SwiftBlock
  public var elseBranch: Else?
  public var range: ByteRange

  public init(conditions: [SwiftCondition], body: SwiftBlock, elseBranch: Else?, range: ByteRange) {
    self.conditions = conditions
    self.body = body
    self.elseBranch = elseBranch
    self.range = range
  }
}

/// One comma-separated condition of `if`, `guard` and `while`.
public struct SwiftCondition: Sendable, Hashable {
  public var kind: Kind
  public var range: ByteRange

  public init(_ kind: Kind, range: ByteRange) {
    self.kind = kind
    self.range = range
  }

  public indirect enum Kind: Sendable, Hashable {
    /// A Boolean expression.
    case expression(SwiftExpr)
    /// `let x = e`, `var x: T = e`, `let x` (shorthand `if let x`, `initializer` nil). `keyword` is `let`,
    /// `var`, `inout`, `borrowing` or `consuming`.
    case optionalBinding(keyword: String, pattern: SwiftPattern, type: SwiftType?, initializer: SwiftExpr?)
    /// `case pattern = e`.
    case casePattern(SwiftPattern, type: SwiftType?, initializer: SwiftExpr)
    /// `#available(…)` / `#unavailable(…)` (`isUnavailable`).
    case availability(isUnavailable: Bool)
  }
}

/// `switch subject { case …: … default: … }`, as a statement or an expression. Cases inside a `#if` are
/// flattened into `cases` in source order.
public struct SwiftSwitch: Sendable, Hashable {
  public var subject: SwiftExpr
  public var cases: [SwiftSwitchCase]
  public var range: ByteRange

  public init(subject: SwiftExpr, cases: [SwiftSwitchCase], range: ByteRange) {
    self.subject = subject
    self.cases = cases
    self.range = range
  }
}

/// One `case p1, p2 where c:` or `default:` arm with its statements.
public struct SwiftSwitchCase: Sendable, Hashable {
  /// `@unknown default:`.
  public var attributes: [SwiftAttribute]
  /// Empty for `default`.
  public var items: [SwiftCaseItem]
  public var isDefault: Bool
  public var statements: [SwiftStmt]
  public var range: ByteRange

  public init(
    attributes: [SwiftAttribute] = [], items: [SwiftCaseItem], isDefault: Bool, statements: [SwiftStmt],
    range: ByteRange
  ) {
    self.attributes = attributes
    self.items = items
    self.isDefault = isDefault
    self.statements = statements
    self.range = range
  }
}

/// `pattern where guard` in a `case` label or a `catch` clause.
public struct SwiftCaseItem: Sendable, Hashable {
  public var pattern: SwiftPattern
  public var whereClause: SwiftExpr?

  public init(pattern: SwiftPattern, whereClause: SwiftExpr? = nil) {
    self.pattern = pattern
    self.whereClause = whereClause
  }
}

/// `for try await case let p in sequence where c { }`.
public struct SwiftForIn: Sendable, Hashable {
  public var isTry: Bool
  public var isAwait: Bool
  /// `for case let x? in …`.
  public var isCase: Bool
  public var pattern: SwiftPattern
  public var type: SwiftType?
  public var sequence: SwiftExpr
  public var whereClause: SwiftExpr?
  public var body: SwiftBlock
  public var range: ByteRange

  public init(
    isTry: Bool = false, isAwait: Bool = false, isCase: Bool = false, pattern: SwiftPattern, type: SwiftType? = nil,
    sequence: SwiftExpr, whereClause: SwiftExpr? = nil, body: SwiftBlock, range: ByteRange
  ) {
    self.isTry = isTry
    self.isAwait = isAwait
    self.isCase = isCase
    self.pattern = pattern
    self.type = type
    self.sequence = sequence
    self.whereClause = whereClause
    self.body = body
    self.range = range
  }
}

/// `catch`, `catch let e as E`, `catch .a, .b where c`.
public struct SwiftCatchClause: Sendable, Hashable {
  /// Empty for a bare `catch` (which binds `error`).
  public var items: [SwiftCaseItem]
  public var body: SwiftBlock
  public var range: ByteRange

  public init(items: [SwiftCaseItem], body: SwiftBlock, range: ByteRange) {
    self.items = items
    self.body = body
    self.range = range
  }
}
