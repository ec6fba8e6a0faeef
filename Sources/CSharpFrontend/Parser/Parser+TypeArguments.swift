/// Speculative scanning of types, used to tell generic names from `<` comparisons, casts from parenthesized
/// expressions, and declarations from expression statements. Scans move `pos` and build nothing; callers save
/// and restore `pos` around them, so a reset point is one integer.
extension CSharpParser {
  /// What a speculative type scan found.
  enum TypeScan {
    /// Not a type.
    case notType
    /// Only a type can look like this (`int`, `T?`, `T[]`, `(int a, int b)`, `List<int>`).
    case mustBeType
    /// A type, but an expression could be spelled the same (`A.B`).
    case typeOrExpression
  }

  /// Deepest generic nesting a speculative scan follows before it gives up (the input is then not a type).
  static let maximumScanDepth = 64

  /// Scans a type at `pos`, moving past it on success. `pos` is unspecified after `.notType`.
  /// `allowNullable: false` still accepts `T?[]` (a rank follows) and, with `allowAdjacentNullable`, a `?`
  /// written right after the type (`long? (x) => …`, where `c ? (x) => …` is spaced).
  mutating func scanType(allowNullable: Bool = true, allowAdjacentNullable: Bool = false, scanDepth: Int = 0)
    -> TypeScan
  {
    guard scanDepth < CSharpParser.maximumScanDepth else { return .notType }
    var result: TypeScan
    if kind == .kwRef {
      advance()
      eat(.kwReadonly)
    }
    if isAtPredefinedType {
      advance()
      result = .mustBeType
    } else if kind == .identifier {
      result = scanNamedType(scanDepth: scanDepth)
      if case .notType = result { return .notType }
    } else if kind == .openParen {
      // Tuple type: at least two elements, each a type with an optional name.
      advance()
      var count = 0
      while true {
        if case .notType = scanType(scanDepth: scanDepth + 1) { return .notType }
        if kind == .identifier { advance() }
        count += 1
        if eat(.comma) { continue }
        break
      }
      guard count >= 2, eat(.closeParen) else { return .notType }
      result = .mustBeType
    } else if kind == .kwDelegate && peekKind() == .star {
      advance()
      advance()
      if kind == .identifier { advance() }
      if kind == .openBracket { skipBalanced() }
      guard kind == .lessThan else { return .notType }
      skipAngleBrackets()
      result = .mustBeType
    } else {
      return .notType
    }
    // Suffixes.
    while true {
      switch kind {
      case .question
      where allowNullable || isAtNullableArraySuffix
        || allowAdjacentNullable && !current.flags.contains(.hasLeadingTrivia):
        advance()
        result = .mustBeType
      case .star:
        advance()
        result = .mustBeType
      case .openBracket where peekKind() == .comma || peekKind() == .closeBracket:
        advance()
        while eat(.comma) {}
        guard eat(.closeBracket) else { return .notType }
        result = .mustBeType
      default:
        return result
      }
    }
  }

  /// `?` followed by a rank specifier (`T?[]`, `T?[,]`), never a conditional with a collection expression.
  var isAtNullableArraySuffix: Bool {
    peekKind() == .openBracket && (peekKind(2) == .closeBracket || peekKind(2) == .comma)
  }

  /// `A::B<C>.D<E>` at `pos`.
  mutating func scanNamedType(scanDepth: Int) -> TypeScan {
    var result = TypeScan.typeOrExpression
    advance()
    if kind == .doubleColon {
      advance()
      guard kind == .identifier else { return .notType }
      advance()
    }
    while true {
      if kind == .lessThan {
        switch scanTypeArgumentList(scanDepth: scanDepth + 1) {
        case .notType: return .notType
        default: result = .mustBeType
        }
      }
      guard kind == .dot && peekKind() == .identifier else { return result }
      advance()
      advance()
    }
  }

  /// `<T, U>` or `<,>` at `pos`.
  mutating func scanTypeArgumentList(scanDepth: Int) -> TypeScan {
    advance()
    if kind == .comma || kind == .greaterThan {
      while eat(.comma) {}
      return eat(.greaterThan) ? .mustBeType : .notType
    }
    var result = TypeScan.typeOrExpression
    defer { if case .typeOrExpression = result { sawAmbiguousTypeArguments = true } }
    while true {
      if kind == .kwIn || kind == .kwOut { return .notType }
      switch scanType(scanDepth: scanDepth) {
      case .notType: return .notType
      case .mustBeType: result = .mustBeType
      case .typeOrExpression: break
      }
      if eat(.comma) { continue }
      break
    }
    return eat(.greaterThan) ? result : .notType
  }

  /// At a `<` after a name inside an expression: whether it opens type arguments, decided the way C# does
  /// (a type argument list must scan, then the token after `>` must be one that can follow a generic name).
  mutating func isAtGenericArgumentList() -> Bool {
    guard kind == .lessThan else { return false }
    let saved = pos
    defer { pos = saved }
    let scan = scanTypeArgumentList(scanDepth: 0)
    switch scan {
    case .notType:
      return false
    case .mustBeType, .typeOrExpression:
      let follower = current
      switch follower.kind {
      case .openParen, .closeParen, .closeBracket, .closeBrace, .colon, .semicolon, .comma, .dot, .question,
        .equalsEquals, .exclamationEquals, .bar, .caret, .ampersandAmpersand, .barBar, .ampersand,
        .openBracket, .lessThan, .lessThanEquals, .greaterThanEquals, .kwIs, .kwAs, .openBrace, .fatArrow,
        .endOfFile, .interpolationEnd, .interpolationFormat, .questionDot, .questionQuestion:
        return true
      case .greaterThan:
        // `F<A>>` cannot be a comparison chain either way; treat the list as type arguments.
        return true
      default:
        // Only a type can look like `<int>` or `<T[]>`, whatever follows.
        if case .mustBeType = scan { return true }
        return false
      }
    }
  }
}
