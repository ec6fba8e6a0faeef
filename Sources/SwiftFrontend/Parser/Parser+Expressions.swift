import SourceModel

/// Binary operator precedence, from Swift's standard precedence groups. Higher binds tighter.
enum SwiftPrecedence {
  static let assignment = 1
  static let ternary = 2
  static let `default` = 3
  static let disjunction = 4
  static let conjunction = 5
  static let comparison = 6
  static let nilCoalescing = 7
  static let casting = 8
  static let rangeFormation = 9
  static let addition = 10
  static let multiplication = 11
  static let shift = 12
}

extension SwiftParserCore {
  mutating func parseExpression() -> SwiftExpr {
    let start = currentStart
    guard enter() else {
      skipDeepGroup()
      return SwiftExpr(.missing, range: range(from: start))
    }
    defer { leave() }
    return parseBinary(minPrecedence: 0)
  }

  /// The binary operator at the cursor: its precedence and right-associativity, or nil.
  func binaryOperatorAtCursor() -> (precedence: Int, rightAssociative: Bool)? {
    if stopsAtNewline && current.isAtStartOfLine { return nil }
    switch kind {
    case .equal: return inPattern ? nil : (SwiftPrecedence.assignment, true)
    case .infixQuestion: return (SwiftPrecedence.ternary, true)
    case .kwIs, .kwAs: return (SwiftPrecedence.casting, false)
    case .binaryOperator: return operatorPrecedence()
    default: return nil
    }
  }

  private func operatorPrecedence() -> (Int, Bool) {
    let range = current.range
    let length = range.length
    let base = Int(range.start)
    let first = bytes[base]
    let last = bytes[base + length - 1]
    switch length {
    case 1:
      switch first {
      case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "|"), UInt8(ascii: "^"):
        return (SwiftPrecedence.addition, false)
      case UInt8(ascii: "*"), UInt8(ascii: "/"), UInt8(ascii: "%"), UInt8(ascii: "&"):
        return (SwiftPrecedence.multiplication, false)
      case UInt8(ascii: "<"), UInt8(ascii: ">"): return (SwiftPrecedence.comparison, false)
      default: return (SwiftPrecedence.default, false)
      }
    default:
      if currentIs("&&") { return (SwiftPrecedence.conjunction, false) }
      if currentIs("||") { return (SwiftPrecedence.disjunction, false) }
      if currentIs("??") { return (SwiftPrecedence.nilCoalescing, true) }
      if currentIs("==") || currentIs("!=") || currentIs("===") || currentIs("!==") || currentIs("<=")
        || currentIs(">=") || currentIs("~=") || (first == UInt8(ascii: ".") && last == UInt8(ascii: "="))
        || currentIs(".<") || currentIs(".>")
      {
        return (SwiftPrecedence.comparison, false)
      }
      if currentIs("..<") || currentIs("...") { return (SwiftPrecedence.rangeFormation, false) }
      if currentIs("<<") || currentIs(">>") || currentIs("&<<") || currentIs("&>>") {
        return (SwiftPrecedence.shift, false)
      }
      if currentIs("&+") || currentIs("&-") { return (SwiftPrecedence.addition, false) }
      if currentIs("&*") { return (SwiftPrecedence.multiplication, false) }
      if last == UInt8(ascii: "=") && first != UInt8(ascii: "=") && first != UInt8(ascii: "!") {
        return (SwiftPrecedence.assignment, true)  // `+=`, `<<=`, `&+=`, …
      }
      return (SwiftPrecedence.default, false)
    }
  }

  /// Precedence climbing over a sequence of prefix-expressions and binary operators.
  mutating func parseBinary(minPrecedence: Int) -> SwiftExpr {
    let start = currentStart
    var lhs = parseSequenceElement()
    var count = 0
    while let (precedence, rightAssociative) = binaryOperatorAtCursor(), precedence >= minPrecedence {
      count += 1
      if count > Self.maxChain {
        error("expression too long; skipped")
        recoverToStatementBoundary()
        break
      }
      let opToken = current
      switch opToken.kind {
      case .infixQuestion:
        advance()
        let thenExpr = parseExpression()
        expect(.colon, "':' in ternary expression")
        let elseExpr = enterAndParseBinary(SwiftPrecedence.ternary)
        lhs = SwiftExpr(.ternary(condition: lhs, then: thenExpr, else: elseExpr), range: range(from: start))
      case .kwIs:
        advance()
        let type = parseType()
        lhs = SwiftExpr(.isType(lhs, type), range: range(from: start))
      case .kwAs:
        advance()
        var castKind = SwiftCastKind.plain
        if at(.postfixQuestion) || (at(.infixQuestion) && !current.flags.contains(.hasLeadingTrivia)) {
          castKind = .conditional
          advance()
        } else if at(.postfixExclamation) {
          castKind = .forced
          advance()
        }
        let type = parseType()
        lhs = SwiftExpr(.cast(lhs, castKind, type), range: range(from: start))
      case .equal:
        advance()
        let rhs = enterAndParseBinary(precedence)
        lhs = SwiftExpr(.assignment(target: lhs, value: rhs), range: range(from: start))
      default:
        advance()
        let rhs = enterAndParseBinary(rightAssociative ? precedence : precedence + 1)
        let op = SwiftOperator(text(opToken.range), range: opToken.range)
        lhs = SwiftExpr(.binary(op: op, lhs: lhs, rhs: rhs), range: range(from: start))
      }
    }
    return lhs
  }

  private mutating func enterAndParseBinary(_ minPrecedence: Int) -> SwiftExpr {
    let start = currentStart
    guard enter() else {
      skipDeepGroup()
      return SwiftExpr(.missing, range: range(from: start))
    }
    defer { leave() }
    return parseBinary(minPrecedence: minPrecedence)
  }

  /// `try`/`await`/`unsafe` cover the rest of the sequence to their right; prefix operators bind tighter.
  mutating func parseSequenceElement() -> SwiftExpr {
    let start = currentStart
    switch kind {
    case .kwTry:
      advance()
      var tryKind = SwiftTryKind.plain
      if at(.postfixQuestion) {
        tryKind = .optional
        advance()
      } else if at(.postfixExclamation) {
        tryKind = .forced
        advance()
      }
      let inner = enterAndParseBinary(SwiftPrecedence.assignment + 1)
      return SwiftExpr(.try(tryKind, inner), range: range(from: start))
    case .identifier where at(contextual: .await) && startsOperand(peek()):
      advance()
      let inner = enterAndParseBinary(SwiftPrecedence.assignment + 1)
      return SwiftExpr(.await(inner), range: range(from: start))
    case .identifier where at(contextual: .unsafe) && startsOperand(peek()) && !peek().isAtStartOfLine:
      advance()
      let inner = enterAndParseBinary(SwiftPrecedence.assignment + 1)
      return SwiftExpr(.unsafe(inner), range: range(from: start))
    default:
      return parseUnary()
    }
  }

  /// Whether `token` can start an operand (used to tell `await x` from a variable named `await`).
  func startsOperand(_ token: SwiftToken) -> Bool {
    switch token.kind {
    case .identifier, .dollarIdentifier, .integerLiteral, .floatLiteral, .stringStart, .regexLiteral, .openParen,
      .openBracket, .openBrace, .dot, .backslash, .prefixOperator, .ampersandPrefix, .kwSelf, .kwCapitalSelf,
      .kwSuper, .kwTry, .kwTrue, .kwFalse, .kwNil, .kwIf, .kwSwitch, .poundIdentifier, .kwAny, .kwInit,
      .kwUnderscore:
      return true
    default: return false
    }
  }

  mutating func parseUnary() -> SwiftExpr {
    let start = currentStart
    switch kind {
    case .prefixOperator:
      let opToken = current
      advance()
      let inner = enterAndParseUnary()
      return SwiftExpr(
        .prefix(op: SwiftOperator(text(opToken.range), range: opToken.range), inner), range: range(from: start))
    case .ampersandPrefix:
      advance()
      let inner = enterAndParseUnary()
      return SwiftExpr(.inout(inner), range: range(from: start))
    case .identifier where !current.flags.contains(.backticked) && !peek().isAtStartOfLine:
      let token = current
      let next = peek()
      let word = token.contextual
      if (word == .consume || word == .copy || word == .borrow || word == .each)
        && (next.kind == .identifier || next.kind == .kwSelf || next.kind == .dollarIdentifier)
      {
        advance()
        let inner = enterAndParseUnary()
        if word == .each { return SwiftExpr(.pack(keyword: "each", inner), range: range(from: start)) }
        return SwiftExpr(.ownership(keyword: text(token.range), inner), range: range(from: start))
      }
      if (word == .any || word == .some) && startsType(next) && next.kind != .openParen {
        let type = parseType()
        return parsePostfix(SwiftExpr(.type(type), range: type.range), start: start)
      }
    case .kwRepeat where !peek().isAtStartOfLine && startsOperand(peek()):
      advance()
      let inner = enterAndParseBinary(SwiftPrecedence.assignment + 1)
      return SwiftExpr(.pack(keyword: "repeat", inner), range: range(from: start))
    case _ where (kind == .kwLet || kind == .kwVar) && inPattern:
      let keyword = text(current.range)
      advance()
      let inner = enterAndParseUnary()
      return SwiftExpr(
        .bindingPattern(keyword: keyword, pattern(from: inner, binding: true)), range: range(from: start))
    case .kwIs where inPattern:
      advance()
      let type = parseType()
      return SwiftExpr(.isPattern(type), range: range(from: start))
    default: break
    }
    let primary = parsePrimary()
    return parsePostfix(primary, start: start)
  }

  private mutating func enterAndParseUnary() -> SwiftExpr {
    let start = currentStart
    guard enter() else {
      skipDeepGroup()
      return SwiftExpr(.missing, range: range(from: start))
    }
    defer { leave() }
    return parseUnary()
  }
}
