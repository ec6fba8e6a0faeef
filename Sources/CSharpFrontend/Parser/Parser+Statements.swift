import SourceModel

/// Statements: blocks, declarations, control flow, `using`/`lock`/`fixed`, jumps, labels, local functions.
extension CSharpParser {
  /// `{ … }`; stops at `}` and recovers from bad statements inside.
  mutating func parseBlock() -> Block {
    let start = pos
    guard expect(.openBrace, "'{'") else { return Block(statements: [], range: range(from: start)) }
    guard enterNesting() else {
      eat(.closeBrace)
      return Block(statements: [], range: range(from: start))
    }
    defer { leaveNesting() }
    var statements: [Stmt] = []
    var progress = LoopProgress()
    while progress.check(&self) && kind != .closeBrace {
      statements.append(parseStatement())
    }
    expect(.closeBrace, "'}'")
    return Block(statements: statements, range: range(from: start))
  }

  mutating func parseStatement() -> Stmt {
    let start = pos
    // Local functions and top-level code are parsed whole even when member bodies are deferred.
    let wasDeferring = deferringMemberBodies
    deferringMemberBodies = false
    defer { deferringMemberBodies = wasDeferring }
    guard enterNesting() else { return Stmt(.error, range: range(from: start)) }
    defer { leaveNesting() }
    let statement = parseStatementCore()
    if pos == start {
      // Nothing made sense here: report once and skip to a statement boundary.
      reportExpected("a statement")
      advance()
      skipToStatementBoundary()
      return Stmt(.error, range: range(from: start))
    }
    return statement
  }

  private mutating func parseStatementCore() -> Stmt {
    let start = pos
    func made(_ kind: Stmt.Kind) -> Stmt { Stmt(kind, range: range(from: start)) }
    switch kind {
    case .openBrace:
      return made(.block(parseBlock()))
    case .semicolon:
      advance()
      return made(.empty)
    case .kwIf:
      return parseIf()
    case .kwSwitch:
      return parseSwitchStatement()
    case .kwWhile:
      advance()
      let condition = parseParenthesizedCondition()
      let body = parseEmbeddedStatement()
      return made(.while(condition: condition, body: body))
    case .kwDo:
      advance()
      let body = parseEmbeddedStatement()
      if !expect(.kwWhile, "'while'") {
        return made(.doWhile(body: body, condition: Expr(.missing, range: body.range)))
      }
      let condition = parseParenthesizedCondition()
      expectSemicolon()
      return made(.doWhile(body: body, condition: condition))
    case .kwFor:
      return parseFor()
    case .kwForeach:
      return parseForeach(isAwait: false, start: start)
    case .kwTry:
      return parseTry()
    case .kwLock:
      advance()
      let lockObject = parseParenthesizedCondition()
      let body = parseEmbeddedStatement()
      return made(.lock(lockObject, body: body))
    case .kwChecked where peekKind() == .openBrace, .kwUnchecked where peekKind() == .openBrace:
      let isChecked = advance().kind == .kwChecked
      return made(.checked(parseBlock(), isChecked: isChecked))
    case .kwUnsafe where peekKind() == .openBrace:
      advance()
      return made(.unsafe(parseBlock()))
    case .kwFixed:
      advance()
      expect(.openParen, "'('")
      let declaration = parseLocalDeclarationBody(usingKind: .none, isConst: false, modifiers: [])
      expectCloseParen()
      let body = parseEmbeddedStatement()
      return made(.fixed(declaration, body: body))
    case .kwReturn:
      advance()
      let value: Expr? = kind == .semicolon ? nil : parseExpression()
      expectSemicolon()
      return made(.return(value))
    case .kwThrow:
      advance()
      let value: Expr? = kind == .semicolon ? nil : parseExpression()
      expectSemicolon()
      return made(.throw(value))
    case .kwBreak:
      advance()
      expectSemicolon()
      return made(.break)
    case .kwContinue:
      advance()
      expectSemicolon()
      return made(.continue)
    case .kwGoto:
      return parseGoto()
    case .kwUsing:
      return parseUsingStatement(isAwait: false, start: start)
    case .kwConst:
      advance()
      let declaration = parseLocalDeclarationBody(usingKind: .none, isConst: true, modifiers: ["const"])
      expectSemicolon()
      return made(.localDeclaration(declaration))
    case .identifier:
      if let statement = parseIdentifierLedStatement(start: start) { return statement }
    default:
      break
    }
    if let statement = parseDeclarationOrLocalFunctionIfPresent(start: start) { return statement }
    let expression = parseExpression()
    if pos == start { return made(.error) }
    expectSemicolon()
    return made(.expression(expression))
  }

  /// Statements led by a contextual keyword (`yield`, `await using`, `await foreach`) or a label.
  private mutating func parseIdentifierLedStatement(start: Int) -> Stmt? {
    if peekKind() == .colon {
      let label = parseIdentifier()
      advance()
      if kind == .closeBrace {
        reportExpected("a statement")
        return Stmt(.labeled(label, Stmt(.empty, range: range(from: pos))), range: range(from: start))
      }
      let statement = parseStatement()
      return Stmt(.labeled(label, statement), range: range(from: start))
    }
    if isContextual(.yield) && (peekKind() == .kwReturn || peekKind() == .kwBreak) {
      advance()
      if advance().kind == .kwBreak {
        expectSemicolon()
        return Stmt(.yieldBreak, range: range(from: start))
      }
      let value = parseExpression()
      expectSemicolon()
      return Stmt(.yieldReturn(value), range: range(from: start))
    }
    if isContextual(.await) {
      if peekKind() == .kwUsing {
        advance()
        return parseUsingStatement(isAwait: true, start: start)
      }
      if peekKind() == .kwForeach {
        advance()
        return parseForeach(isAwait: true, start: start)
      }
    }
    return nil
  }

  /// The statement of an `if`, loop, `lock`, …: a declaration there is an error but is parsed anyway.
  mutating func parseEmbeddedStatement() -> Stmt {
    if kind == .closeBrace || isAtEnd {
      reportExpected("a statement")
      return Stmt(.error, range: range(from: pos))
    }
    return parseStatement()
  }

  /// `(expr)` after `if`, `while`, `lock`, `switch`.
  mutating func parseParenthesizedCondition() -> Expr {
    expect(.openParen, "'('")
    let condition = parseExpression()
    expectCloseParen()
    return condition
  }

  /// A `)` that is missing gets a diagnostic; tokens before a nearby `)` are skipped.
  mutating func expectCloseParen() {
    if eat(.closeParen) { return }
    reportExpected("')'")
    recoverToCloser(.closeParen)
  }

  /// A missing `;` gets a diagnostic. If the next token starts a new line the parser simply continues,
  /// otherwise it skips to the next statement boundary.
  mutating func expectSemicolon() {
    if eat(.semicolon) { return }
    reportExpected("';'")
    if kind == .closeBrace || isAtEnd || current.flags.contains(.atStartOfLine) { return }
    skipToStatementBoundary()
  }

  /// `if … else if … else …`. An `else if` chain is read in a loop, not by recursion, so generated code with
  /// hundreds of branches costs no parser stack; the nested tree it builds counts as a chain (see `parseBinary`).
  private mutating func parseIf() -> Stmt {
    var branches: [(start: Int, condition: Expr, then: Stmt)] = []
    var finalElse: Stmt?
    var chainDepth = 0
    defer { chainLinks -= chainDepth }
    var progress = LoopProgress()
    repeat {
      let start = pos
      advance()
      let condition = parseParenthesizedCondition()
      let then = parseEmbeddedStatement()
      branches.append((start, condition, then))
      guard eat(.kwElse) else { break }
      guard kind == .kwIf, enterChainLink() else {
        finalElse = parseEmbeddedStatement()
        break
      }
      chainDepth += 1
    } while progress.check(&self)
    // Build the tree from the last branch outwards; each `if` spans to the end of the whole chain.
    var result = finalElse
    for branch in branches.reversed() {
      result = Stmt(.if(condition: branch.condition, then: branch.then, else: result), range: range(from: branch.start))
    }
    return result ?? Stmt(.error, range: range(from: pos))
  }

  private mutating func parseSwitchStatement() -> Stmt {
    let start = pos
    advance()
    // `switch (a, b)` switches on a tuple; the parentheses are the tuple's own.
    let subject: Expr
    if kind == .openParen, let close = matchingIndex(of: pos), close + 1 < tokens.count,
      tokens[close + 1].kind == .openBrace
    {
      let parenthesized = parseParenthesizedOrTuple()
      if case .parenthesized(let inner) = parenthesized.kind { subject = inner } else { subject = parenthesized }
    } else {
      subject = parseParenthesizedCondition()
    }
    var sections: [SwitchSection] = []
    guard expect(.openBrace, "'{'") else {
      return Stmt(.switch(subject, sections: sections), range: range(from: start))
    }
    var progress = LoopProgress()
    while progress.check(&self) && kind != .closeBrace {
      let sectionStart = pos
      var labels: [SwitchLabel] = []
      var labelProgress = LoopProgress()
      while labelProgress.check(&self) && (kind == .kwCase || kind == .kwDefault && peekKind() == .colon) {
        if eat(.kwDefault) {
          advance()
          labels.append(.default)
          continue
        }
        advance()
        let pattern = parsePattern()
        var guardExpr: Expr?
        if isContextual(.when) {
          advance()
          guardExpr = parseExpression()
        }
        expect(.colon, "':'")
        labels.append(.pattern(pattern, guardExpr: guardExpr))
      }
      if labels.isEmpty { reportExpected("'case' or 'default'") }
      var statements: [Stmt] = []
      var statementProgress = LoopProgress()
      while statementProgress.check(&self) && kind != .closeBrace && kind != .kwCase
        && !(kind == .kwDefault && peekKind() == .colon)
      {
        statements.append(parseStatement())
      }
      sections.append(SwitchSection(labels: labels, statements: statements, range: range(from: sectionStart)))
    }
    expect(.closeBrace, "'}'")
    return Stmt(.switch(subject, sections: sections), range: range(from: start))
  }

  private mutating func parseFor() -> Stmt {
    let start = pos
    advance()
    expect(.openParen, "'('")
    var declaration: LocalDeclaration?
    var initializers: [Expr] = []
    if kind != .semicolon {
      if isAtLocalDeclaration() {
        let modifiers = parseLocalModifiers()
        declaration = parseLocalDeclarationBody(usingKind: .none, isConst: false, modifiers: modifiers)
      } else {
        initializers = parseExpressionList(until: .semicolon)
      }
    }
    expect(.semicolon, "';'")
    let condition: Expr? = kind == .semicolon ? nil : parseExpression()
    expect(.semicolon, "';'")
    let incrementors = kind == .closeParen ? [] : parseExpressionList(until: .closeParen)
    expectCloseParen()
    let body = parseEmbeddedStatement()
    return Stmt(
      .for(
        declaration: declaration, initializers: initializers, condition: condition, incrementors: incrementors,
        body: body), range: range(from: start))
  }

  private mutating func parseExpressionList(until closer: TokenKind) -> [Expr] {
    var expressions: [Expr] = []
    var progress = LoopProgress()
    while progress.check(&self) && kind != closer {
      expressions.append(parseExpression())
      if !eat(.comma) { break }
    }
    return expressions
  }

  /// `foreach (T x in e)`, `foreach (var (a, b) in e)`; `start` includes any `await`.
  private mutating func parseForeach(isAwait: Bool, start: Int) -> Stmt {
    advance()
    expect(.openParen, "'('")
    let type: TypeSyntax
    let designation: VariableDesignation
    if isContextual(.var) && peekKind() != .kwIn {
      type = TypeSyntax(.implicit, range: advance().range)
      designation = parseDesignation()
    } else if kind == .openParen && !isAtTupleTypeDeclaration() {
      // `foreach ((var a, var b) in pairs)`: a deconstructing tuple of declarations.
      let target = parseParenthesizedOrTuple()
      type = TypeSyntax(.implicit, range: target.range)
      designation = CSharpParser.designation(of: target)
    } else {
      type = parseType()
      designation = parseDesignation()
    }
    expect(.kwIn, "'in'")
    let collection = parseExpression()
    expectCloseParen()
    let body = parseEmbeddedStatement()
    return Stmt(
      .foreach(isAwait: isAwait, type: type, designation: designation, collection: collection, body: body),
      range: range(from: start))
  }

  /// `(int, string) pair` in a `foreach`: a tuple type followed by a name.
  private mutating func isAtTupleTypeDeclaration() -> Bool {
    let saved = pos
    defer { pos = saved }
    if case .notType = scanType() { return false }
    return kind == .identifier
  }

  /// The names a deconstructing tuple of declarations introduces.
  static func designation(of expr: Expr) -> VariableDesignation {
    switch expr.kind {
    case .tuple(let elements): return .parenthesized(elements.map { designation(of: $0.value) })
    case .declaration(_, let designation): return designation
    case .name(let name, _): return name.text == "_" ? .discard : .single(name)
    default: return .discard
    }
  }

  private mutating func parseTry() -> Stmt {
    let start = pos
    advance()
    let body = parseBlock()
    var catches: [CatchClause] = []
    var progress = LoopProgress()
    while progress.check(&self) && kind == .kwCatch {
      advance()
      var type: TypeSyntax?
      var name: Identifier?
      if eat(.openParen) {
        type = parseType()
        if kind == .identifier { name = parseIdentifier() }
        expectCloseParen()
      }
      var filter: Expr?
      if isContextual(.when) {
        advance()
        filter = parseParenthesizedCondition()
      }
      catches.append(CatchClause(type: type, name: name, filter: filter, body: parseBlock()))
    }
    var finallyBlock: Block?
    if eat(.kwFinally) { finallyBlock = parseBlock() }
    if catches.isEmpty && finallyBlock == nil { reportExpected("'catch' or 'finally'") }
    return Stmt(.try(body: body, catches: catches, finally: finallyBlock), range: range(from: start))
  }

  private mutating func parseGoto() -> Stmt {
    let start = pos
    advance()
    let target: GotoTarget
    if eat(.kwCase) {
      target = .caseLabel(parseExpression())
    } else if eat(.kwDefault) {
      target = .defaultLabel
    } else {
      target = .label(parseIdentifier())
    }
    expectSemicolon()
    return Stmt(.goto(target), range: range(from: start))
  }

  /// `using (…) body`, `using var x = …;`, and their `await` forms; `start` includes any `await`.
  private mutating func parseUsingStatement(isAwait: Bool, start: Int) -> Stmt {
    advance()
    if eat(.openParen) {
      var declaration: LocalDeclaration?
      var expression: Expr?
      if isAtLocalDeclaration() {
        let modifiers = parseLocalModifiers()
        declaration = parseLocalDeclarationBody(usingKind: .none, isConst: false, modifiers: modifiers)
      } else {
        expression = parseExpression()
      }
      expectCloseParen()
      let body = parseEmbeddedStatement()
      return Stmt(
        .using(isAwait: isAwait, declaration: declaration, expression: expression, body: body),
        range: range(from: start))
    }
    let modifiers = parseLocalModifiers()
    let declaration = parseLocalDeclarationBody(
      usingKind: isAwait ? .awaitUsing : .using, isConst: false, modifiers: modifiers)
    expectSemicolon()
    return Stmt(.localDeclaration(declaration), range: range(from: start))
  }
}
