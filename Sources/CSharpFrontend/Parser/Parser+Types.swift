import SourceModel

/// Types as written: named (dotted, generic, alias-qualified), predefined, tuples, arrays, nullables,
/// pointers, `ref` types and function pointers.
extension CSharpParser {
  /// Where a type is being parsed; decides what a trailing `?` means.
  enum TypeContext {
    /// Declarations, generic arguments, `typeof`: `?` is always nullable.
    case normal
    /// After `as`: `?` is nullable unless an expression follows it (then it is a conditional).
    case afterAs
    /// In a pattern: `?` is never part of the type (`x is T ? a : b`).
    case pattern
    /// `new T[…]`: array ranks with sizes are left to the creation expression.
    case objectCreation
  }

  /// The spelling of a predefined type keyword, or nil.
  static func predefinedTypeName(_ kind: TokenKind) -> String? {
    switch kind {
    case .kwBool: return "bool"
    case .kwByte: return "byte"
    case .kwSbyte: return "sbyte"
    case .kwChar: return "char"
    case .kwDecimal: return "decimal"
    case .kwDouble: return "double"
    case .kwFloat: return "float"
    case .kwInt: return "int"
    case .kwUint: return "uint"
    case .kwLong: return "long"
    case .kwUlong: return "ulong"
    case .kwShort: return "short"
    case .kwUshort: return "ushort"
    case .kwObject: return "object"
    case .kwString: return "string"
    case .kwVoid: return "void"
    default: return nil
    }
  }

  var isAtPredefinedType: Bool { CSharpParser.predefinedTypeName(kind) != nil }

  /// Parses a type; on failure reports and returns `.missing` without consuming.
  mutating func parseType(_ context: TypeContext = .normal) -> TypeSyntax {
    let start = pos
    guard enterNesting() else { return TypeSyntax(.missing, range: range(from: start)) }
    defer { leaveNesting() }
    if kind == .kwRef {
      advance()
      let isReadonly = eat(.kwReadonly)
      let inner = parseType(context)
      return TypeSyntax(.ref(inner, isReadonly: isReadonly), range: range(from: start))
    }
    var type = parseNonArrayType(context)
    if case .missing = type.kind { return type }
    parseTypeSuffixes(&type, context, start: start)
    return type
  }

  /// `?`, `*` and `[,]` suffixes.
  mutating func parseTypeSuffixes(_ type: inout TypeSyntax, _ context: TypeContext, start: Int) {
    var progress = LoopProgress()
    while progress.check(&self) {
      switch kind {
      case .question:
        guard questionMarkIsNullable(context) else { return }
        advance()
        type = TypeSyntax(.nullable(type), range: range(from: start))
      case .star:
        advance()
        type = TypeSyntax(.pointer(type), range: range(from: start))
      case .openBracket:
        // Only rank specifiers (`[]`, `[,]`) belong to the type; `[n]` is an array size or an indexer.
        guard peekKind() == .comma || peekKind() == .closeBracket else { return }
        var ranks: [Int] = []
        while kind == .openBracket && (peekKind() == .comma || peekKind() == .closeBracket) {
          advance()
          var rank = 1
          while eat(.comma) { rank += 1 }
          expect(.closeBracket, "']'")
          ranks.append(rank)
        }
        type = TypeSyntax(.array(type, ranks: ranks), range: range(from: start))
      default:
        return
      }
    }
  }

  func questionMarkIsNullable(_ context: TypeContext) -> Bool {
    switch context {
    case .normal, .objectCreation: return true
    case .pattern: return isAtNullableArraySuffix  // `T?[]` only
    case .afterAs:
      return !canStartExpression(peek(1))
    }
  }

  /// A type without array, nullable or pointer suffixes.
  mutating func parseNonArrayType(_ context: TypeContext) -> TypeSyntax {
    let start = pos
    if let name = CSharpParser.predefinedTypeName(kind) {
      advance()
      return TypeSyntax(.predefined(name), range: range(from: start))
    }
    switch kind {
    case .identifier:
      return parseNamedType()
    case .openParen:
      return parseTupleType()
    case .kwDelegate where peekKind() == .star:
      advance()
      advance()
      // Calling convention `managed`/`unmanaged[Cdecl]` then `<…>`; parameters are not modelled.
      if kind == .identifier { advance() }
      if kind == .openBracket { skipBalanced() }
      if kind == .lessThan { skipAngleBrackets() }
      return TypeSyntax(.functionPointer, range: range(from: start))
    default:
      reportExpected("a type")
      return TypeSyntax(.missing, range: range(from: start))
    }
  }

  /// Skips `<…>` with nesting, for function pointer signatures.
  mutating func skipAngleBrackets() {
    var level = 0
    var progress = LoopProgress()
    while progress.check(&self) {
      switch kind {
      case .lessThan: level += 1
      case .greaterThan: level -= 1
      case .semicolon, .openBrace, .closeBrace: return
      default: break
      }
      advance()
      if level == 0 { return }
    }
  }

  /// `A.B<C>.D`, `global::X`, `alias::Y<T>`.
  mutating func parseNamedType() -> TypeSyntax {
    let start = pos
    var alias: String?
    if kind == .identifier && peekKind() == .doubleColon {
      alias = takeIdentifierText()
      advance()
    }
    var segments: [NameSegment] = [parseNameSegment()]
    while kind == .dot && peekKind() == .identifier {
      advance()
      segments.append(parseNameSegment())
    }
    return TypeSyntax(.named(alias: alias, segments: segments), range: range(from: start))
  }

  /// `Name` or `Name<T, U>` (or the unbound `Name<,>`) in a type context, where `<` is always type arguments.
  mutating func parseNameSegment() -> NameSegment {
    let start = pos
    guard kind == .identifier else {
      reportExpected("a name")
      return NameSegment(name: "", range: range(from: start))
    }
    let name = takeIdentifierText()
    var arguments: [TypeSyntax] = []
    if kind == .lessThan {
      arguments = parseTypeArgumentList()
    }
    return NameSegment(name: name, typeArguments: arguments, range: range(from: start))
  }

  /// `<T, U>` after a name, the `<` current. Unbound `<,>` yields no arguments.
  mutating func parseTypeArgumentList() -> [TypeSyntax] {
    advance()
    var arguments: [TypeSyntax] = []
    if kind == .comma || kind == .greaterThan {
      while eat(.comma) {}
      expect(.greaterThan, "'>'")
      return arguments
    }
    var progress = LoopProgress()
    while progress.check(&self) {
      // Attributes on type arguments are invalid but appear in type parameter lists reused here.
      if kind == .openBracket { _ = parseAttributeLists() }
      if kind == .kwIn || kind == .kwOut { advance() }
      arguments.append(parseType())
      if !eat(.comma) { break }
    }
    expect(.greaterThan, "'>'")
    return arguments
  }

  /// `(int, string name)`; a one-element parenthesis is not a tuple but is accepted with a diagnostic.
  mutating func parseTupleType() -> TypeSyntax {
    let start = pos
    advance()
    var elements: [TupleTypeElement] = []
    var progress = LoopProgress()
    while progress.check(&self) && kind != .closeParen {
      let type = parseType()
      var name: String?
      if kind == .identifier { name = takeIdentifierText() }
      elements.append(TupleTypeElement(type: type, name: name))
      if !eat(.comma) { break }
    }
    expect(.closeParen, "')'")
    return TypeSyntax(.tuple(elements), range: range(from: start))
  }
}

extension TokenKind {
  /// `int`, `string`, `object`…: a keyword that names a type.
  public var isPredefinedType: Bool { CSharpParser.predefinedTypeName(self) != nil }
}
