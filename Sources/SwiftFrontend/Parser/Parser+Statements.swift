import SourceModel

/// Where a statement list ends: it decides which tokens close the list.
enum SwiftStatementContext {
  /// The file: only end of file.
  case topLevel
  /// A `{ … }` body: `}`.
  case block
  /// A `case` body: `}`, `case`, `default`, `@unknown`.
  case caseBody
}

extension SwiftParserCore {
  mutating func parseTopLevel() -> [SwiftStmt] {
    var statements: [SwiftStmt] = []
    while !atEnd {
      let before = pos
      parseStatementList(into: &statements, context: .topLevel, inIfConfig: false)
      if atEnd { break }
      // A stray closer at top level.
      error("unexpected '\(text(current.range))' at top level")
      if pos == before || !atEnd { advance() }
    }
    return statements
  }

  /// True when the statement list in `context` ends at the cursor.
  func atStatementListEnd(_ context: SwiftStatementContext, inIfConfig: Bool) -> Bool {
    switch kind {
    // Closers end every list: a block's own `}` is consumed by its caller, a stray one is reported there.
    case .endOfFile, .closeBrace, .closeParen, .closeBracket: return true
    case .poundElse, .poundElseif, .poundEndif: return inIfConfig
    case .kwCase, .kwDefault: return context == .caseBody
    case .at:
      return context == .caseBody && tokenText(pos + 1, is: "unknown")
    default: return false
    }
  }

  /// Statements until the list's closer (not consumed).
  mutating func parseStatementList(into statements: inout [SwiftStmt], context: SwiftStatementContext, inIfConfig: Bool)
  {
    while true {
      while consume(.semicolon) {}
      if atStatementListEnd(context, inIfConfig: inIfConfig) { return }
      let before = pos
      let statement = parseStatement(context: context)
      statements.append(statement)
      if pos == before {
        error("unexpected '\(text(current.range))'")
        skipBalanced()
        continue
      }
      // Two statements on one line need a `;` between them.
      if !atStatementListEnd(context, inIfConfig: inIfConfig) && !at(.semicolon) && !current.isAtStartOfLine {
        error("consecutive statements on a line must be separated by ';'")
        recoverToStatementBoundary()
      }
    }
  }

  /// Skips tokens (whole bracketed groups at a time) until a token that starts a line, a `;` or a `}`.
  mutating func recoverToStatementBoundary() {
    while !atEnd && !at(.semicolon) && !at(.closeBrace) && !at(.closeParen) && !at(.closeBracket) {
      let before = pos
      skipBalanced()
      if current.isAtStartOfLine || pos == before { return }
    }
  }

  mutating func parseStatement(context: SwiftStatementContext) -> SwiftStmt {
    let start = currentStart
    guard enter() else {
      skipBalanced()
      return SwiftStmt(.error, range: range(from: start))
    }
    defer { leave() }
    switch kind {
    case .kwIf:
      let node = parseIf()
      return SwiftStmt(.if(node), range: node.range)
    case .kwGuard:
      advance()
      let conditions = parseConditions()
      expect(.kwElse, "'else' after guard conditions")
      let body = parseBlock()
      return SwiftStmt(.guard(conditions: conditions, else: body), range: range(from: start))
    case .kwSwitch:
      let node = parseSwitch()
      return SwiftStmt(.switch(node), range: node.range)
    case .kwFor: return parseForIn()
    case .kwWhile:
      advance()
      let conditions = parseConditions()
      let body = parseBlock()
      return SwiftStmt(.while(conditions: conditions, body: body), range: range(from: start))
    case .kwRepeat where peek().kind == .openBrace:
      advance()
      let body = parseBlock()
      expect(.kwWhile, "'while' after repeat body")
      let condition = parseExpression()
      return SwiftStmt(.repeatWhile(body: body, condition: condition), range: range(from: start))
    case .kwDo: return parseDo()
    case .kwDefer:
      advance()
      return SwiftStmt(.defer(parseBlock()), range: range(from: start))
    case .kwReturn:
      advance()
      let value = startsExpressionOnSameLine ? parseExpression() : nil
      return SwiftStmt(.return(value), range: range(from: start))
    case .kwThrow:
      advance()
      return SwiftStmt(.throw(parseExpression()), range: range(from: start))
    case .kwBreak, .kwContinue:
      let isBreak = at(.kwBreak)
      advance()
      var label: SwiftIdentifier?
      if at(.identifier) && !current.isAtStartOfLine { label = takeIdentifier() }
      return SwiftStmt(isBreak ? .break(label: label) : .continue(label: label), range: range(from: start))
    case .kwFallthrough:
      advance()
      return SwiftStmt(.fallthrough, range: range(from: start))
    case .poundIf where ifConfigHoldsAttributes():
      let decl = parseDeclaration()
      return SwiftStmt(.declaration(decl), range: decl.range)
    case .poundIf:
      let clauses = parseIfConfig { core in
        var items: [SwiftStmt] = []
        core.parseStatementList(into: &items, context: context, inIfConfig: true)
        return items
      }
      return SwiftStmt(.ifConfig(clauses), range: range(from: start))
    case .poundSourceLocation:
      advance()
      if at(.openParen) { skipBalanced() }
      return SwiftStmt(.directive, range: range(from: start))
    case .identifier:
      // `label: while …`
      if peek().kind == .colon && isLabelTarget(peek(2).kind) {
        let label = takeIdentifier()
        advance()
        let inner = parseStatement(context: context)
        return SwiftStmt(.labeled(label, inner), range: range(from: start))
      }
      if (at(contextual: .yield) || at(contextual: .discard) || at(contextual: .then)) && startsExpressionAfterWord {
        let isYield = at(contextual: .yield)
        let isDiscard = at(contextual: .discard)
        advance()
        let value = parseExpression()
        if isYield { return SwiftStmt(.yield(value), range: range(from: start)) }
        if isDiscard { return SwiftStmt(.discard(value), range: range(from: start)) }
        return SwiftStmt(.expression(value), range: range(from: start))
      }
    default: break
    }
    if isDeclarationStart() {
      let decl = parseDeclaration()
      return SwiftStmt(.declaration(decl), range: decl.range)
    }
    let expr = parseExpression()
    return SwiftStmt(.expression(expr), range: expr.range)
  }

  func isLabelTarget(_ kind: SwiftTokenKind) -> Bool {
    switch kind {
    case .kwFor, .kwWhile, .kwRepeat, .kwDo, .kwIf, .kwSwitch, .kwGuard: return true
    default: return false
    }
  }

  /// The next token can start an expression and sits on the current line (for `return`).
  var startsExpressionOnSameLine: Bool {
    if current.isAtStartOfLine { return false }
    switch kind {
    case .closeBrace, .closeParen, .closeBracket, .semicolon, .endOfFile, .kwCase, .kwDefault, .poundEndif,
      .poundElse, .poundElseif, .colon, .comma:
      return false
    default: return true
    }
  }

  /// `yield x` / `discard self` / `then x`: the word is followed by an expression on the same line that
  /// does not make the word itself a value (`yield(…)` is a call, `discard = 1` an assignment).
  var startsExpressionAfterWord: Bool {
    let next = peek()
    if next.isAtStartOfLine { return false }
    switch next.kind {
    case .identifier, .kwSelf, .ampersandPrefix, .integerLiteral, .stringStart, .kwTry, .dollarIdentifier: return true
    default: return false
    }
  }

  // MARK: - Blocks

  /// `{ statements }`; a missing `{` yields an empty block and a diagnostic.
  mutating func parseBlock() -> SwiftBlock {
    let start = currentStart
    guard at(.openBrace) else {
      error("expected '{'")
      return SwiftBlock(statements: [], range: ByteRange(start: start, end: start))
    }
    guard enter() else {
      skipBalanced()
      return SwiftBlock(statements: [], range: range(from: start))
    }
    defer { leave() }
    advance()
    let saved = (allowsTrailingClosure, inPattern, stopsAtNewline)
    (allowsTrailingClosure, inPattern, stopsAtNewline) = (true, false, false)
    defer { (allowsTrailingClosure, inPattern, stopsAtNewline) = saved }
    var statements: [SwiftStmt] = []
    parseStatementList(into: &statements, context: .block, inIfConfig: false)
    closeBlock()
    return SwiftBlock(statements: statements, range: range(from: start))
  }

  /// Consumes the `}` ending a body, skipping stray `)`/`]` first.
  mutating func closeBlock() {
    while at(.closeParen) || at(.closeBracket) {
      error("unexpected '\(text(current.range))'")
      advance()
    }
    expect(.closeBrace, "'}'")
  }

  // MARK: - if / guard / while conditions

  mutating func parseIf() -> SwiftIf {
    let start = currentStart
    advance()
    let conditions = parseConditions()
    let body = parseBlock()
    var elseBranch: SwiftIf.Else?
    if consume(.kwElse) {
      if at(.kwIf) {
        if enter() {
          elseBranch = .if(parseIf())
          leave()
        } else {
          skipBalanced()
        }
      } else {
        elseBranch = .block(parseBlock())
      }
    }
    return SwiftIf(conditions: conditions, body: body, elseBranch: elseBranch, range: range(from: start))
  }

  mutating func parseConditions() -> [SwiftCondition] {
    let saved = allowsTrailingClosure
    allowsTrailingClosure = false
    defer { allowsTrailingClosure = saved }
    var conditions: [SwiftCondition] = []
    repeat {
      let before = pos
      conditions.append(parseCondition())
      if pos == before { break }
    } while consume(.comma)
    return conditions
  }

  mutating func parseCondition() -> SwiftCondition {
    let start = currentStart
    switch kind {
    case .kwLet, .kwVar, .kwInout:
      let keyword = text(current.range)
      advance()
      return parseBindingCondition(keyword: keyword, start: start)
    case .identifier where (at(contextual: .borrowing) || at(contextual: .consuming)) && peek().kind == .identifier:
      let keyword = text(current.range)
      advance()
      return parseBindingCondition(keyword: keyword, start: start)
    case .kwCase:
      advance()
      let pattern = parseCasePattern()
      var type: SwiftType?
      if consume(.colon) { type = parseType() }
      expect(.equal, "'=' in case condition")
      let value = parseExpression()
      return SwiftCondition(.casePattern(pattern, type: type, initializer: value), range: range(from: start))
    case .poundAvailable, .poundUnavailable:
      let isUnavailable = at(.poundUnavailable)
      advance()
      if at(.openParen) { skipBalanced() } else { error("expected '(' after availability condition") }
      return SwiftCondition(.availability(isUnavailable: isUnavailable), range: range(from: start))
    default:
      let expr = parseExpression()
      return SwiftCondition(.expression(expr), range: expr.range)
    }
  }

  private mutating func parseBindingCondition(keyword: String, start: UInt32) -> SwiftCondition {
    let pattern = parseBindingPattern()
    var type: SwiftType?
    if consume(.colon) { type = parseType() }
    var value: SwiftExpr?
    if consume(.equal) { value = parseExpression() }
    return SwiftCondition(
      .optionalBinding(keyword: keyword, pattern: pattern, type: type, initializer: value), range: range(from: start))
  }

  // MARK: - switch

  mutating func parseSwitch() -> SwiftSwitch {
    let start = currentStart
    advance()
    let saved = allowsTrailingClosure
    allowsTrailingClosure = false
    let subject = parseExpression()
    allowsTrailingClosure = saved
    var cases: [SwiftSwitchCase] = []
    if expect(.openBrace, "'{' after switch subject") {
      parseSwitchCases(into: &cases, inIfConfig: false)
      closeBlock()
    }
    return SwiftSwitch(subject: subject, cases: cases, range: range(from: start))
  }

  /// Cases until `}` (or the next `#if` branch keyword when inside one); `#if` around cases is flattened.
  mutating func parseSwitchCases(into cases: inout [SwiftSwitchCase], inIfConfig: Bool) {
    while true {
      let before = pos
      switch kind {
      case .closeBrace, .endOfFile: return
      case .poundElse, .poundElseif, .poundEndif:
        if inIfConfig { return }
        error("unexpected '\(text(current.range))'")
        advance()
      case .poundIf:
        _ = parseIfConfig { core -> [SwiftStmt] in
          core.parseSwitchCases(into: &cases, inIfConfig: true)
          return []
        }
      case .kwCase, .kwDefault, .at:
        cases.append(parseSwitchCase())
      default:
        error("expected 'case' or 'default' in switch")
        var skipped: [SwiftStmt] = []
        parseStatementList(into: &skipped, context: .caseBody, inIfConfig: inIfConfig)
      }
      if pos == before { advance() }
    }
  }

  mutating func parseSwitchCase() -> SwiftSwitchCase {
    let start = currentStart
    let attributes = parseAttributes()
    var items: [SwiftCaseItem] = []
    var isDefault = false
    if consume(.kwDefault) {
      isDefault = true
    } else if expect(.kwCase, "'case'") {
      items = parseCaseItems()
    }
    expect(.colon, "':' after case label")
    var statements: [SwiftStmt] = []
    parseCaseBody(into: &statements)
    return SwiftSwitchCase(
      attributes: attributes, items: items, isDefault: isDefault, statements: statements, range: range(from: start))
  }

  /// A case body; a `#if` whose first branch holds `case` labels ends it (those cases are flattened).
  mutating func parseCaseBody(into statements: inout [SwiftStmt]) {
    while true {
      if at(.poundIf) && ifConfigHoldsCases() { return }
      let before = pos
      while consume(.semicolon) {}
      if atStatementListEnd(.caseBody, inIfConfig: true) { return }
      statements.append(parseStatement(context: .caseBody))
      if pos == before {
        error("unexpected '\(text(current.range))'")
        skipBalanced()
      } else if !atStatementListEnd(.caseBody, inIfConfig: true) && !at(.semicolon) && !current.isAtStartOfLine {
        error("consecutive statements on a line must be separated by ';'")
        recoverToStatementBoundary()
      }
    }
  }

  /// At `#if`: whether the first token of its first branch (after the condition line) is a case label.
  func ifConfigHoldsCases() -> Bool {
    var index = pos + 1
    while index < tokens.count && !tokens[index].isAtStartOfLine { index += 1 }
    guard index < tokens.count else { return false }
    switch tokens[index].kind {
    case .kwCase, .kwDefault: return true
    case .at: return index + 1 < tokens.count && tokenText(index + 1, is: "unknown")
    default: return false
    }
  }

  /// `p1 where c1, p2` up to the `:`.
  mutating func parseCaseItems() -> [SwiftCaseItem] {
    var items: [SwiftCaseItem] = []
    repeat {
      let before = pos
      let pattern = parseCasePattern()
      var whereClause: SwiftExpr?
      if consume(.kwWhere) { whereClause = parseExpression() }
      items.append(SwiftCaseItem(pattern: pattern, whereClause: whereClause))
      if pos == before { break }
    } while consume(.comma)
    return items
  }

  // MARK: - for, do

  mutating func parseForIn() -> SwiftStmt {
    let start = currentStart
    advance()
    var isTry = false
    var isAwait = false
    var isCase = false
    if consume(.kwTry) { isTry = true }
    if at(contextual: .await) {
      advance()
      isAwait = true
    }
    let pattern: SwiftPattern
    if consume(.kwCase) {
      isCase = true
      pattern = parseCasePattern()
    } else {
      pattern = parseBindingPattern(allowsKeyword: true)
    }
    var type: SwiftType?
    if consume(.colon) { type = parseType() }
    expect(.kwIn, "'in' in for loop")
    let saved = allowsTrailingClosure
    allowsTrailingClosure = false
    let sequence = parseExpression()
    var whereClause: SwiftExpr?
    if consume(.kwWhere) { whereClause = parseExpression() }
    allowsTrailingClosure = saved
    let body = parseBlock()
    let node = SwiftForIn(
      isTry: isTry, isAwait: isAwait, isCase: isCase, pattern: pattern, type: type, sequence: sequence,
      whereClause: whereClause, body: body, range: range(from: start))
    return SwiftStmt(.forIn(node), range: node.range)
  }

  mutating func parseDo() -> SwiftStmt {
    let start = currentStart
    advance()
    var thrownType: SwiftType?
    if consume(.kwThrows) {
      if consume(.openParen) {
        thrownType = parseType()
        expect(.closeParen, "')'")
      }
    }
    let body = parseBlock()
    var catches: [SwiftCatchClause] = []
    while at(.kwCatch) {
      let clauseStart = currentStart
      advance()
      var items: [SwiftCaseItem] = []
      if !at(.openBrace) {
        let saved = allowsTrailingClosure
        allowsTrailingClosure = false
        items = parseCaseItems()
        allowsTrailingClosure = saved
      }
      let clauseBody = parseBlock()
      catches.append(SwiftCatchClause(items: items, body: clauseBody, range: range(from: clauseStart)))
    }
    return SwiftStmt(.do(body: body, thrownType: thrownType, catches: catches), range: range(from: start))
  }

  // MARK: - #if

  /// `#if cond items (#elseif cond items)* (#else items)? #endif`; `parseItems` parses one branch.
  mutating func parseIfConfig(_ parseItems: (inout SwiftParserCore) -> [SwiftStmt]) -> [SwiftIfConfigClause] {
    var clauses: [SwiftIfConfigClause] = []
    guard enter() else {
      skipToEndif()
      return clauses
    }
    defer { leave() }
    while at(.poundIf) || at(.poundElseif) || at(.poundElse) {
      let start = currentStart
      let keyword: SwiftIfConfigClause.Keyword = at(.poundIf) ? .if : at(.poundElseif) ? .elseif : .else
      advance()
      var condition: SwiftExpr?
      if keyword != .else { condition = parseDirectiveCondition() }
      let items = parseItems(&self)
      clauses.append(
        SwiftIfConfigClause(keyword: keyword, condition: condition, items: items, range: range(from: start)))
      if keyword == .else && !at(.poundEndif) { break }
    }
    expect(.poundEndif, "'#endif'")
    return clauses
  }

  /// A `#if` condition: one line.
  mutating func parseDirectiveCondition() -> SwiftExpr {
    let saved = (stopsAtNewline, allowsTrailingClosure)
    (stopsAtNewline, allowsTrailingClosure) = (true, false)
    defer { (stopsAtNewline, allowsTrailingClosure) = saved }
    return parseExpression()
  }

  /// Used only when the depth limit is hit at a `#if`: skips to its `#endif`, counting nested ones.
  mutating func skipToEndif() {
    var nesting = 0
    while !atEnd {
      if at(.poundIf) { nesting += 1 }
      if at(.poundEndif) {
        nesting -= 1
        if nesting <= 0 {
          advance()
          return
        }
      }
      advance()
    }
  }
}
