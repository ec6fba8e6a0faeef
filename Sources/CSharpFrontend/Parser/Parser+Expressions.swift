import SourceModel

/// Expressions by precedence climbing: assignment and lambdas, conditional, binary levels (one loop for all),
/// unary and casts, then primaries with their postfix chains.
extension CSharpParser {
  /// A full expression (assignment level). Counts one level of nesting.
  mutating func parseExpression() -> Expr {
    let start = pos
    guard enterNesting() else { return Expr(.missing, range: range(from: start)) }
    defer { leaveNesting() }
    return parseAssignmentLevel()
  }

  mutating func parseAssignmentLevel() -> Expr {
    let start = pos
    if depth != switchArmGuardDepth && isAtLambda() { return parseLambda() }
    if isAtQueryExpression() { return parseQueryExpression() }
    switch kind {
    case .kwThrow:
      advance()
      let thrown = parseExpression()
      return Expr(.throwExpression(thrown), range: range(from: start))
    case .kwRef:
      advance()
      eat(.kwReadonly)
      let target = parseExpression()
      return Expr(.refExpression(target), range: range(from: start))
    default:
      break
    }
    let left = parseConditional()
    guard let (op, count) = assignmentOperatorAtCursor() else { return left }
    pos += count
    let right = parseExpression()
    return Expr(.assignment(op, left, right), range: range(from: start))
  }

  /// `c ? a : b` over a coalescing-level condition.
  mutating func parseConditional() -> Expr {
    let start = pos
    let condition = parseBinary(Precedence.coalescing)
    guard kind == .question else { return condition }
    advance()
    let whenTrue = parseExpression()
    expect(.colon, "':'")
    let whenFalse = parseExpression()
    return Expr(.conditional(condition, whenTrue, whenFalse), range: range(from: start))
  }

  /// Every binary level from `??` to ranges, by precedence climbing. `??` is right-associative.
  mutating func parseBinary(_ minimum: Int) -> Expr {
    let start = pos
    var left: Expr
    if kind == .dotDot {
      advance()
      let right: Expr? = canStartExpression(current) ? parseBinary(Precedence.range + 1) : nil
      left = Expr(.range(nil, right), range: range(from: start))
    } else {
      left = parseUnary()
    }
    // Each operator applied deepens the tree by one level (`a + b + c` nests to the left) without deepening the
    // parser's own recursion: chains count against the tree-depth limit, which consumers of the tree rely on.
    var chainDepth = 0
    defer { chainLinks -= chainDepth }
    var progress = LoopProgress()
    while progress.check(&self) {
      guard let op = infixOperatorAtCursor(), op.precedence >= minimum else { break }
      guard enterChainLink() else { break }
      chainDepth += 1
      pos += op.tokenCount
      switch op.form {
      case .binary(let binary):
        // Right operand binds tighter, except `??` which groups to the right.
        let next = binary == .coalesce ? op.precedence : op.precedence + 1
        let right = parseBinary(next)
        left = Expr(.binary(binary, left, right), range: range(from: start))
      case .isPattern:
        let pattern = parsePattern(afterIs: true)
        left = Expr(.isPattern(left, pattern), range: range(from: start))
      case .asType:
        let type = parseType(.afterAs)
        left = Expr(.asType(left, type), range: range(from: start))
      case .switchExpression:
        let arms = parseSwitchExpressionArms()
        left = Expr(.switchExpression(left, arms: arms), range: range(from: start))
      case .with:
        let initializer = parseInitializer()
        left = Expr(.with(left, initializer), range: range(from: start))
      case .range:
        let right: Expr? = canStartExpression(current) ? parseBinary(Precedence.range + 1) : nil
        left = Expr(.range(left, right), range: range(from: start))
      }
    }
    return left
  }

  /// Prefix operators, `await`, casts, then a primary with its postfix chain.
  mutating func parseUnary() -> Expr {
    let start = pos
    let op: UnaryOperator?
    switch kind {
    case .plus: op = .plus
    case .minus: op = .minus
    case .exclamation: op = .not
    case .tilde: op = .bitwiseNot
    case .plusPlus: op = .increment
    case .minusMinus: op = .decrement
    case .caret: op = .indexFromEnd
    case .ampersand: op = .addressOf
    case .star: op = .dereference
    default: op = nil
    }
    if let op {
      advance()
      guard enterNesting() else { return Expr(.missing, range: range(from: start)) }
      defer { leaveNesting() }
      let operand = parseUnary()
      return Expr(.prefixUnary(op, operand), range: range(from: start))
    }
    if isContextual(.await) && isAtAwaitOperator() {
      advance()
      guard enterNesting() else { return Expr(.missing, range: range(from: start)) }
      defer { leaveNesting() }
      let operand = parseUnary()
      return Expr(.await(operand), range: range(from: start))
    }
    if kind == .openParen && isAtCast() {
      advance()
      let type = parseType()
      expect(.closeParen, "')'")
      guard enterNesting() else { return Expr(.missing, range: range(from: start)) }
      defer { leaveNesting() }
      let operand = parseUnary()
      return Expr(.cast(type, operand), range: range(from: start))
    }
    let primary = parsePrimary()
    return parsePostfix(primary, start: start)
  }

  /// `await` is the operator when an operand follows; outside async code, a token that could also continue
  /// an expression with `await` as a plain name (`await(x)`, `await - 1`) keeps it a name.
  func isAtAwaitOperator() -> Bool {
    let next = peek(1)
    guard canStartExpression(next) else { return false }
    if isInAsyncContext { return true }
    switch next.kind {
    case .openParen, .openBracket, .plus, .minus, .star, .ampersand, .caret, .dotDot, .plusPlus, .minusMinus:
      return false
    default:
      return true
    }
  }

  /// At `(`: whether this is a cast `(T)x` rather than a parenthesized expression, by the C# rules: the
  /// parenthesized tokens must form a type, and what follows `)` must be able to start the operand.
  mutating func isAtCast() -> Bool {
    guard let close = matchingIndex(of: pos), close + 1 < tokens.count else { return false }
    let saved = pos
    advance()
    let scan = scanType()
    let scannedToClose = pos == close
    pos = saved
    guard scannedToClose else { return false }
    let follower = tokens[close + 1]
    switch scan {
    case .notType:
      return false
    case .mustBeType:
      if follower.kind == .openBracket || follower.kind == .dotDot { return false }
      return canStartExpression(follower) && follower.kind != .kwThrow
    case .typeOrExpression:
      switch follower.kind {
      case .identifier:
        if follower.contextual == .none || follower.flags.contains(.verbatimIdentifier) { return true }
        switch follower.contextual {
        case .and, .or, .when: return false
        case .with: return peekKind(close + 2 - pos) != .openBrace
        case .select, .where, .orderby, .group, .join, .let, .into, .on, .equals, .by, .ascending,
          .descending, .from:
          return queryDepth == 0
        default: return true
        }
      case .integerLiteral, .realLiteral, .characterLiteral, .stringLiteral, .interpolatedStringStart, .openParen,
        .tilde:
        return true
      case .exclamation:
        return canStartExpression(peek(close + 2 - pos))
      case .kwAs, .kwIs, .kwSwitch, .kwIn, .kwOut:
        return false
      default:
        return follower.kind.rawValue >= TokenKind.kwAbstract.rawValue
      }
    }
  }

  // MARK: - Postfix

  mutating func parsePostfix(_ primary: Expr, start: Int) -> Expr {
    var expr = primary
    // A long chain (`a.B().C()…`) deepens the tree as operator chains do; see `parseBinary`.
    var chainDepth = 0
    defer { chainLinks -= chainDepth }
    var progress = LoopProgress()
    while progress.check(&self) {
      switch kind {
      case .dot, .questionDot, .question, .openParen, .openBracket, .plusPlus, .minusMinus, .exclamation, .arrow:
        if kind == .question && peekKind() != .dot && peekKind() != .openBracket { return expr }
        guard enterChainLink() else { return expr }
        chainDepth += 1
      default:
        return expr
      }
      switch kind {
      case .dot:
        advance()
        let (name, arguments) = parseMemberName()
        expr = Expr(
          .memberAccess(expr, name: name, typeArguments: arguments, isConditional: false), range: range(from: start))
      case .questionDot:
        advance()
        if kind == .openBracket {
          let arguments = parseArgumentList(closer: .closeBracket)
          expr = Expr(.elementAccess(expr, arguments: arguments, isConditional: true), range: range(from: start))
        } else {
          let (name, arguments) = parseMemberName()
          expr = Expr(
            .memberAccess(expr, name: name, typeArguments: arguments, isConditional: true), range: range(from: start))
        }
      case .question where peekKind() == .dot:
        // `a?` newline `.b`: the lexer keeps `?` and `.` apart when trivia separates them.
        advance()
        advance()
        let (name, arguments) = parseMemberName()
        expr = Expr(
          .memberAccess(expr, name: name, typeArguments: arguments, isConditional: true), range: range(from: start))
      case .question where peekKind() == .openBracket && !peek(1).flags.contains(.hasLeadingTrivia):
        advance()
        let arguments = parseArgumentList(closer: .closeBracket)
        expr = Expr(.elementAccess(expr, arguments: arguments, isConditional: true), range: range(from: start))
      case .openParen:
        let arguments = parseArgumentList(closer: .closeParen)
        expr = Expr(.invocation(expr, arguments: arguments), range: range(from: start))
      case .openBracket:
        let arguments = parseArgumentList(closer: .closeBracket)
        expr = Expr(.elementAccess(expr, arguments: arguments, isConditional: false), range: range(from: start))
      case .plusPlus:
        advance()
        expr = Expr(.postfixUnary(.increment, expr), range: range(from: start))
      case .minusMinus:
        advance()
        expr = Expr(.postfixUnary(.decrement, expr), range: range(from: start))
      case .exclamation:
        advance()
        expr = Expr(.suppressNullable(expr), range: range(from: start))
      case .arrow:
        advance()
        let name = parseIdentifier()
        expr = Expr(.pointerMemberAccess(expr, name: name), range: range(from: start))
      default:
        return expr
      }
    }
    return expr
  }

  /// The name after `.` or `?.`, with type arguments when they are type arguments.
  mutating func parseMemberName() -> (Identifier, [TypeSyntax]) {
    let name = parseIdentifier()
    if kind == .lessThan && isAtGenericArgumentList() {
      return (name, parseTypeArgumentList())
    }
    return (name, [])
  }

  /// An identifier, or a diagnostic and an empty name.
  mutating func parseIdentifier() -> Identifier {
    if kind == .identifier {
      let token = advance()
      return Identifier(identifierText(token), range: token.range)
    }
    reportExpected("an identifier")
    return Identifier("", range: ByteRange(start: current.range.start, end: current.range.start))
  }

  // MARK: - Arguments

  /// `(…)` or `[…]` argument lists; the opener is current.
  mutating func parseArgumentList(closer: TokenKind) -> [Argument] {
    advance()
    var arguments: [Argument] = []
    var progress = LoopProgress()
    while progress.check(&self) && kind != closer {
      arguments.append(parseArgument())
      if !eat(.comma) { break }
    }
    if !eat(closer) {
      reportExpected(closer == .closeParen ? "')'" : "']'")
      recoverToCloser(closer)
    }
    return arguments
  }

  /// After a broken list: skip to the closer if one is near on this line of thought, consuming it.
  mutating func recoverToCloser(_ closer: TokenKind) {
    var progress = LoopProgress()
    while progress.check(&self) {
      switch kind {
      case closer:
        advance()
        return
      case .semicolon, .closeBrace, .closeParen, .closeBracket, .interpolationEnd:
        return
      case .openParen, .openBracket, .openBrace:
        skipBalanced()
      default:
        advance()
      }
    }
  }

  mutating func parseArgument() -> Argument {
    var name: Identifier?
    if kind == .identifier && peekKind() == .colon {
      name = parseIdentifier()
      advance()
    }
    var modifier = Argument.Modifier.none
    switch kind {
    case .kwRef:
      advance()
      modifier = eat(.kwReadonly) ? .refReadonly : .ref
    case .kwOut:
      advance()
      modifier = .out
    case .kwIn:
      advance()
      modifier = .in
    default:
      break
    }
    if modifier != .none, let declaration = parseDeclarationExpressionIfPresent(afterModifier: true) {
      return Argument(name: name, modifier: modifier, value: declaration)
    }
    return Argument(name: name, modifier: modifier, value: parseExpression())
  }

  /// `var x`, `int x`, `var (a, b)`, `T _` used as an expression (out arguments, deconstruction targets).
  /// `afterModifier`: after `out`/`ref`/`in`, where `a<b, c> d` can only be a declaration; elsewhere (tuple
  /// elements) it reads as two comparisons, as C# decides for `(a < b, c > d)`.
  mutating func parseDeclarationExpressionIfPresent(afterModifier: Bool = false) -> Expr? {
    guard isAtDeclarationExpression(afterModifier: afterModifier) else { return nil }
    let start = pos
    let type: TypeSyntax
    if isContextual(.var) {
      let token = advance()
      type = TypeSyntax(.implicit, range: token.range)
    } else {
      type = parseType()
    }
    let designation = parseDesignation()
    return Expr(.declaration(type, designation), range: range(from: start))
  }

  /// Whether a type and a designation (not an expression) start here: `var x`, `var (a, b)`, `T x`.
  mutating func isAtDeclarationExpression(afterModifier: Bool = false) -> Bool {
    let saved = pos
    defer { pos = saved }
    if isContextual(.var) && (peekKind() == .openParen || peekKind() == .identifier) {
      if peekKind() == .openParen {
        // `var (a, b)` versus a call to a method named `var`: a designation list holds only names.
        pos += 1
        return isAtParenthesizedDesignation()
      }
      return true
    }
    // `(await t)`, `(await a, await b)`: a type named `await` followed by a name is nearly unheard of, while
    // an awaited operand is everywhere; any expression-starting follower makes it the operator.
    if isContextual(.await) && canStartExpression(peek(1)) { return false }
    sawAmbiguousTypeArguments = false
    if case .notType = scanType() { return false }
    guard kind == .identifier, afterModifier || !sawAmbiguousTypeArguments else { return false }
    switch peekKind() {
    case .comma, .closeParen, .closeBracket: return true
    default: return false
    }
  }

  /// `(a, (b, _))` of plain names.
  mutating func isAtParenthesizedDesignation() -> Bool {
    guard let close = matchingIndex(of: pos) else { return false }
    var index = pos + 1
    while index < close {
      switch tokens[index].kind {
      case .identifier, .comma, .openParen, .closeParen: index += 1
      default: return false
      }
    }
    return true
  }

  /// `x`, `_`, `(a, b)`.
  mutating func parseDesignation() -> VariableDesignation {
    if kind == .openParen {
      advance()
      var parts: [VariableDesignation] = []
      var progress = LoopProgress()
      while progress.check(&self) && kind != .closeParen {
        parts.append(parseDesignation())
        if !eat(.comma) { break }
      }
      expect(.closeParen, "')'")
      return .parenthesized(parts)
    }
    let name = parseIdentifier()
    return name.text == "_" ? .discard : .single(name)
  }
}
