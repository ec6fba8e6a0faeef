import SourceModel

extension SwiftParserCore {
  /// A binding pattern after `let`/`var` (or in `for`): a name, `_`, or a tuple of patterns. With
  /// `allowsKeyword`, a leading `let`/`var` (as in `for var x in`) is accepted.
  mutating func parseBindingPattern(allowsKeyword: Bool = false) -> SwiftPattern {
    let start = currentStart
    guard enter() else {
      skipDeepGroup()
      return SwiftPattern(.wildcard, range: range(from: start))
    }
    defer { leave() }
    if allowsKeyword && (at(.kwLet) || at(.kwVar)) {
      let keyword = text(current.range)
      advance()
      let inner = parseBindingPattern()
      return SwiftPattern(.binding(keyword: keyword, inner), range: range(from: start))
    }
    switch kind {
    case .kwUnderscore:
      advance()
      return SwiftPattern(.wildcard, range: range(from: start))
    case .openParen:
      advance()
      var elements: [SwiftTuplePatternElement] = []
      while !at(.closeParen) && !atEnd {
        let before = pos
        var label: SwiftIdentifier?
        if isNameLike(current) && peek().kind == .colon {
          label = takeIdentifier()
          advance()
        }
        elements.append(SwiftTuplePatternElement(label: label, pattern: parseBindingPattern(allowsKeyword: true)))
        if !consume(.comma) || pos == before { break }
      }
      if !consume(.closeParen) {
        error("expected ')' to end the tuple pattern")
        skipToCloser(.closeParen)
      }
      return SwiftPattern(.tuple(elements), range: range(from: start))
    default:
      if isNameLike(current) {
        let name = takeIdentifier()
        return SwiftPattern(.identifier(name), range: range(from: start))
      }
      error("expected pattern")
      return SwiftPattern(.wildcard, range: ByteRange(start: start, end: start))
    }
  }

  /// A `case`/`catch`/`if case` pattern, parsed as an expression in pattern mode and then classified.
  mutating func parseCasePattern() -> SwiftPattern {
    let saved = (inPattern, allowsTrailingClosure)
    inPattern = true
    let expr = parseExpression()
    (inPattern, allowsTrailingClosure) = saved
    return pattern(from: expr, binding: false)
  }

  /// Converts a pattern-mode expression to a pattern. Under `let`/`var` (`binding`), bare names bind.
  func pattern(from expr: SwiftExpr, binding: Bool) -> SwiftPattern {
    switch expr.kind {
    case .bindingPattern(let keyword, let inner):
      return SwiftPattern(.binding(keyword: keyword, inner), range: expr.range)
    case .discard: return SwiftPattern(.wildcard, range: expr.range)
    case .isPattern(let type): return SwiftPattern(.isType(type), range: expr.range)
    case .identifier(let name, let generics) where binding && generics.isEmpty:
      return SwiftPattern(.identifier(name), range: expr.range)
    case .optionalChain(let inner) where binding:
      return SwiftPattern(.optional(pattern(from: inner, binding: binding)), range: expr.range)
    case .cast(let inner, .plain, let type):
      return SwiftPattern(.cast(pattern(from: inner, binding: binding), type), range: expr.range)
    case .tuple(let elements) where binding || elements.count != 1:
      return SwiftPattern(
        .tuple(
          elements.map { SwiftTuplePatternElement(label: $0.label, pattern: pattern(from: $0.value, binding: binding)) }
        ),
        range: expr.range)
    default: return SwiftPattern(.expression(expr), range: expr.range)
    }
  }
}
