import SourceModel

/// A name with where it was written. Backticks are stripped from `text` (`` `default` `` is `default`);
/// the range still covers them.
public struct SwiftIdentifier: Sendable, Hashable {
  public var text: String
  public var range: ByteRange

  public init(_ text: String, range: ByteRange) {
    self.text = text
    self.range = range
  }
}

/// A type as written. vtlint never resolves types; it reads their names.
public struct SwiftType: Sendable, Hashable {
  public var kind: Kind
  public var range: ByteRange

  public init(_ kind: Kind, range: ByteRange) {
    self.kind = kind
    self.range = range
  }

  /// Named types (nearly all of them) live inline; only the wrappers are boxed.
  public enum Kind: Sendable, Hashable {
    /// `A.B<C>.D`, `Self`, `Any`, `_`: dotted segments in order.
    case named([SwiftTypeSegment])
    /// `T?`.
    indirect case optional(SwiftType)
    /// `T!`.
    indirect case implicitlyUnwrapped(SwiftType)
    /// `[T]`.
    indirect case array(SwiftType)
    /// `[K: V]`.
    indirect case dictionary(key: SwiftType, value: SwiftType)
    /// `[N of T]` (inline arrays); the count is kept as a type-like expression range only.
    indirect case inlineArray(count: ByteRange, element: SwiftType)
    /// `(A, label: B)`; `()` is an empty tuple; `(T)` is a one-element tuple.
    case tuple([SwiftTupleTypeElement])
    /// `(A, B) async throws(E) -> R`.
    indirect case function(parameters: [SwiftTupleTypeElement], effects: SwiftEffects, result: SwiftType)
    /// `T.Type` (`isProtocol` false) or `T.Protocol` (true).
    indirect case metatype(SwiftType, isProtocol: Bool)
    /// `some P`, `any P`, `each T`, `repeat T`: the keyword as written.
    indirect case prefixed(keyword: String, SwiftType)
    /// `A & B`.
    case composition([SwiftType])
    /// `inout T`, `borrowing T`, `sending T`, `@escaping @Sendable T`: specifiers and attributes before a
    /// type.
    indirect case attributed(specifiers: [String], attributes: [SwiftAttribute], SwiftType)
    /// `T...` in a parameter list.
    indirect case variadic(SwiftType)
    /// Could not be parsed; a diagnostic was reported.
    case missing
  }

  /// The rightmost segment's name of a named type (`AsyncThrowingStream` for `AsyncThrowingStream<Int, Error>`),
  /// looking through optionals and attributes.
  public var lastName: String? {
    switch kind {
    case .named(let segments): return segments.last?.name.text
    case .optional(let inner), .implicitlyUnwrapped(let inner), .attributed(_, _, let inner):
      return inner.lastName
    default: return nil
    }
  }
}

/// One dotted segment of a type name: `Array<Int>` is `name: Array, genericArguments: [Int]`.
public struct SwiftTypeSegment: Sendable, Hashable {
  public var name: SwiftIdentifier
  public var genericArguments: [SwiftType]
  public var range: ByteRange

  public init(name: SwiftIdentifier, genericArguments: [SwiftType] = [], range: ByteRange) {
    self.name = name
    self.genericArguments = genericArguments
    self.range = range
  }
}

/// An element of a tuple type or a function type's parameter list: `label name: T` or just `T`.
public struct SwiftTupleTypeElement: Sendable, Hashable {
  public var label: SwiftIdentifier?
  /// The second name in `(_ x: Int) -> Void`.
  public var secondName: SwiftIdentifier?
  public var type: SwiftType

  public init(label: SwiftIdentifier? = nil, secondName: SwiftIdentifier? = nil, type: SwiftType) {
    self.label = label
    self.secondName = secondName
    self.type = type
  }
}

/// `async`, `throws`, `rethrows`, `throws(E)` as written after a parameter list or closure signature.
public struct SwiftEffects: Sendable, Hashable {
  public enum Throwing: Sendable, Hashable { case none, `throws`, `rethrows` }

  public var isAsync: Bool
  /// `reasync` (rare; stdlib-only) also sets `isAsync`.
  public var isReasync: Bool
  public var throwing: Throwing
  /// The `E` of typed throws `throws(E)`.
  public var thrownType: SwiftType?

  public init(isAsync: Bool = false, isReasync: Bool = false, throwing: Throwing = .none, thrownType: SwiftType? = nil)
  {
    self.isAsync = isAsync
    self.isReasync = isReasync
    self.throwing = throwing
    self.thrownType = thrownType
  }

  public var isThrowing: Bool { throwing != .none }
}

/// `@name` or `@name(arguments)`, e.g. `@available(*, noasync)`, `@MainActor`, `@Sendable`.
public struct SwiftAttribute: Sendable, Hashable {
  /// The name without `@` (`available`, `MainActor`, `preconcurrency`); dotted names keep their dots.
  public var name: String
  /// The identifiers and keywords written inside the parentheses at top level, in order (`*` as `*`):
  /// `@available(*, noasync)` gives `["*", "noasync"]`, `@available(macOS 13, *)` gives `["macOS", "13", "*"]`.
  public var argumentWords: [String]
  /// The parenthesized argument list, parentheses included; `nil` when there is none.
  public var argumentsRange: ByteRange?
  public var range: ByteRange

  public init(name: String, argumentWords: [String] = [], argumentsRange: ByteRange? = nil, range: ByteRange) {
    self.name = name
    self.argumentWords = argumentWords
    self.argumentsRange = argumentsRange
    self.range = range
  }

  /// `@available(*, noasync)` (or any `@available` naming `noasync`).
  public var isNoasync: Bool { name == "available" && argumentWords.contains("noasync") }
}

/// A declaration modifier such as `public`, `static`, `private(set)`, `nonisolated(unsafe)`, `async` (in
/// `async let`), `override`, `mutating`.
public struct SwiftModifier: Sendable, Hashable {
  public var name: String
  /// The word in parentheses: `set` for `private(set)`, `unsafe` for `nonisolated(unsafe)`.
  public var detail: String?
  public var range: ByteRange

  public init(name: String, detail: String? = nil, range: ByteRange) {
    self.name = name
    self.detail = detail
    self.range = range
  }
}

/// A generic parameter `T`, `T: P`, `each T`, `let N: Int` (value generics).
public struct SwiftGenericParameter: Sendable, Hashable {
  public var name: SwiftIdentifier
  /// `each T` (parameter packs).
  public var isPack: Bool
  public var constraint: SwiftType?
  public var range: ByteRange

  public init(name: SwiftIdentifier, isPack: Bool = false, constraint: SwiftType? = nil, range: ByteRange) {
    self.name = name
    self.isPack = isPack
    self.constraint = constraint
    self.range = range
  }
}
