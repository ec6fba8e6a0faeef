/// C# binary precedence levels, loosest first (the spec's order; `switch` and `with` bind tighter than `*`,
/// ranges tighter still).
enum Precedence {
  static let coalescing = 1
  static let conditionalOr = 2
  static let conditionalAnd = 3
  static let logicalOr = 4
  static let logicalXor = 5
  static let logicalAnd = 6
  static let equality = 7
  static let relational = 8
  static let shift = 9
  static let additive = 10
  static let multiplicative = 11
  static let switchOrWith = 12
  static let range = 13
}

/// What the token(s) at the cursor mean as an infix operator.
struct InfixOperator {
  enum Form {
    case binary(BinaryOperator)
    case isPattern
    case asType
    case switchExpression
    case with
    case range
  }

  var form: Form
  var precedence: Int
  /// How many tokens spell it (`>>` is two `>` tokens, `>>>` three).
  var tokenCount: Int
}

extension CSharpParser {
  /// The infix operator at the cursor, joining adjacent `>` tokens into shifts.
  func infixOperatorAtCursor() -> InfixOperator? {
    func binary(_ op: BinaryOperator, _ precedence: Int, _ count: Int = 1) -> InfixOperator {
      InfixOperator(form: .binary(op), precedence: precedence, tokenCount: count)
    }
    switch kind {
    case .questionQuestion: return binary(.coalesce, Precedence.coalescing)
    case .barBar: return binary(.logicalOr, Precedence.conditionalOr)
    case .ampersandAmpersand: return binary(.logicalAnd, Precedence.conditionalAnd)
    case .bar: return binary(.bitwiseOr, Precedence.logicalOr)
    case .caret: return binary(.exclusiveOr, Precedence.logicalXor)
    case .ampersand: return binary(.bitwiseAnd, Precedence.logicalAnd)
    case .equalsEquals: return binary(.equal, Precedence.equality)
    case .exclamationEquals: return binary(.notEqual, Precedence.equality)
    case .lessThan: return binary(.lessThan, Precedence.relational)
    case .lessThanEquals: return binary(.lessThanOrEqual, Precedence.relational)
    case .greaterThanEquals: return binary(.greaterThanOrEqual, Precedence.relational)
    case .greaterThan:
      if isJoinedGreaterThan(at: 1) {
        if peekKind(2) == .greaterThanEquals || peekKind(1) == .greaterThanEquals { return nil }
        if isJoinedGreaterThan(at: 2) { return binary(.unsignedRightShift, Precedence.shift, 3) }
        return binary(.rightShift, Precedence.shift, 2)
      }
      return binary(.greaterThan, Precedence.relational)
    case .kwIs: return InfixOperator(form: .isPattern, precedence: Precedence.relational, tokenCount: 1)
    case .kwAs: return InfixOperator(form: .asType, precedence: Precedence.relational, tokenCount: 1)
    case .lessThanLessThan: return binary(.leftShift, Precedence.shift)
    case .plus: return binary(.add, Precedence.additive)
    case .minus: return binary(.subtract, Precedence.additive)
    case .star: return binary(.multiply, Precedence.multiplicative)
    case .slash: return binary(.divide, Precedence.multiplicative)
    case .percent: return binary(.modulo, Precedence.multiplicative)
    case .kwSwitch where peekKind() == .openBrace:
      return InfixOperator(form: .switchExpression, precedence: Precedence.switchOrWith, tokenCount: 1)
    case .identifier where isContextual(.with) && peekKind() == .openBrace:
      return InfixOperator(form: .with, precedence: Precedence.switchOrWith, tokenCount: 1)
    case .dotDot: return InfixOperator(form: .range, precedence: Precedence.range, tokenCount: 1)
    default: return nil
    }
  }

  /// Whether the token `offset` ahead is a `>` written right after the previous one (so the two form a shift).
  func isJoinedGreaterThan(at offset: Int) -> Bool {
    let token = peek(offset)
    return token.kind == .greaterThan && !token.flags.contains(.hasLeadingTrivia)
  }

  /// The assignment operator at the cursor and how many tokens spell it.
  func assignmentOperatorAtCursor() -> (AssignmentOperator, Int)? {
    switch kind {
    case .equals: return (.assign, 1)
    case .plusEquals: return (.add, 1)
    case .minusEquals: return (.subtract, 1)
    case .starEquals: return (.multiply, 1)
    case .slashEquals: return (.divide, 1)
    case .percentEquals: return (.modulo, 1)
    case .ampersandEquals: return (.and, 1)
    case .barEquals: return (.or, 1)
    case .caretEquals: return (.exclusiveOr, 1)
    case .lessThanLessThanEquals: return (.leftShift, 1)
    case .greaterThanGreaterThanEquals: return (.rightShift, 1)
    case .greaterThanGreaterThanGreaterThanEquals: return (.unsignedRightShift, 1)
    case .questionQuestionEquals: return (.coalesce, 1)
    case .greaterThan:
      // A lexer may hand `>>=` over as `>` `>=` or `>` `>` `>=`; accept the joined spellings too.
      let second = peek(1)
      if second.kind == .greaterThanEquals && !second.flags.contains(.hasLeadingTrivia) { return (.rightShift, 2) }
      if isJoinedGreaterThan(at: 1) {
        let third = peek(2)
        if third.kind == .greaterThanEquals && !third.flags.contains(.hasLeadingTrivia) {
          return (.unsignedRightShift, 3)
        }
      }
      return nil
    default: return nil
    }
  }

  /// Whether `token` can begin an expression.
  func canStartExpression(_ token: Token) -> Bool {
    switch token.kind {
    case .identifier, .integerLiteral, .realLiteral, .characterLiteral, .stringLiteral, .interpolatedStringStart,
      .openParen, .openBracket, .plus, .minus, .exclamation, .tilde, .plusPlus, .minusMinus, .caret, .ampersand,
      .star, .dotDot, .kwThis, .kwBase, .kwNew, .kwTypeof, .kwSizeof, .kwDefault, .kwChecked, .kwUnchecked,
      .kwDelegate, .kwStackalloc, .kwTrue, .kwFalse, .kwNull, .kwThrow, .kwRef, .kwStatic:
      return true
    default:
      return CSharpParser.predefinedTypeName(token.kind) != nil
    }
  }
}
