import SourceModel

/// A type as written in source. vtlint never resolves types semantically; it reads their names.
public struct TypeSyntax: Sendable, Hashable {
  public var kind: Kind
  public var range: ByteRange

  public init(_ kind: Kind, range: ByteRange) {
    self.kind = kind
    self.range = range
  }

  /// Named and predefined types (nearly all of them) live inline; only the wrappers are boxed.
  public enum Kind: Sendable, Hashable {
    /// `A.B<C>.D`, `global::X.Y`, `alias::Z`. Segments in order; `alias` is the part before `::`.
    case named(alias: String?, segments: [NameSegment])
    /// `int`, `string`, `void`, `object`, `dynamic`, `nint`, … (keyword spelling).
    case predefined(String)
    /// `T[]`, `T[,]`: `ranks` holds the comma count + 1 of each bracket pair, outermost first.
    indirect case array(TypeSyntax, ranks: [Int])
    indirect case nullable(TypeSyntax)
    indirect case pointer(TypeSyntax)
    /// `(int a, string)`.
    case tuple([TupleTypeElement])
    /// `ref T`, `ref readonly T` (return and local types).
    indirect case ref(TypeSyntax, isReadonly: Bool)
    /// `delegate*<int, void>` and friends; parameters are not modelled.
    case functionPointer
    /// `var` in a declaration: the type is inferred (analysis looks at the initializer).
    case implicit
    /// Could not be parsed; a diagnostic was reported.
    case missing
  }

  /// The rightmost identifier of a named type (`ValueTask` for `System.Threading.Tasks.ValueTask<int>`), also
  /// of a nullable one (`ISource` for `ISource?`: calls on it reach the same members).
  public var lastName: String? {
    switch kind {
    case .named(_, let segments): return segments.last?.name
    case .predefined(let name): return name
    case .nullable(let inner): return inner.lastName
    default: return nil
    }
  }

  /// The element type's simple name of a collection type written with it: `T[]`, or a named type with one
  /// type argument (`List<Remote>`, `IEnumerable<Remote>`, `Channel<T>`…, as a guess a `foreach` reads).
  public var elementName: String? {
    switch kind {
    case .array(let inner, _): return inner.lastName
    case .nullable(let inner): return inner.elementName
    case .named:
      let arguments = lastTypeArguments
      return arguments.count == 1 ? arguments[0].lastName : nil
    default: return nil
    }
  }

  /// Type arguments of the rightmost segment of a named type.
  public var lastTypeArguments: [TypeSyntax] {
    if case .named(_, let segments) = kind { return segments.last?.typeArguments ?? [] }
    return []
  }
}

/// One dotted segment of a type or generic name: `List<int>` is `name: "List", typeArguments: [int]`.
public struct NameSegment: Sendable, Hashable {
  public var name: String
  public var typeArguments: [TypeSyntax]
  public var range: ByteRange

  public init(name: String, typeArguments: [TypeSyntax] = [], range: ByteRange) {
    self.name = name
    self.typeArguments = typeArguments
    self.range = range
  }
}

public struct TupleTypeElement: Sendable, Hashable {
  public var type: TypeSyntax
  public var name: String?

  public init(type: TypeSyntax, name: String?) {
    self.type = type
    self.name = name
  }
}

/// An identifier with where it was written.
public struct Identifier: Sendable, Hashable {
  public var text: String
  public var range: ByteRange

  public init(_ text: String, range: ByteRange) {
    self.text = text
    self.range = range
  }
}
