import SourceModel

/// Parameter lists of methods, constructors, delegates, indexers, primary constructors and lambdas.
extension CSharpParser {
  /// `(int a, ref T b = default, params object[] rest)` or `[int i]` for indexers. With `allowImplicitTypes`
  /// (lambdas), a bare name is a parameter without a type; with `allowUnnamed`, `extension(Type)` blocks may
  /// leave the receiver unnamed.
  mutating func parseParameterList(closer: TokenKind, allowImplicitTypes: Bool, allowUnnamed: Bool = false)
    -> [Parameter]
  {
    var parameters: [Parameter] = []
    guard kind == .openParen || kind == .openBracket else {
      reportExpected(closer == .closeParen ? "'('" : "'['")
      return parameters
    }
    advance()
    var progress = LoopProgress()
    while progress.check(&self) && kind != closer {
      parameters.append(parseParameter(allowImplicitType: allowImplicitTypes, allowUnnamed: allowUnnamed))
      if !eat(.comma) { break }
    }
    if !eat(closer) {
      reportExpected(closer == .closeParen ? "')'" : "']'")
      recoverToCloser(closer)
    }
    return parameters
  }

  private mutating func parseParameter(allowImplicitType: Bool, allowUnnamed: Bool) -> Parameter {
    let attributes = parseAttributeLists()
    var modifiers: [String] = []
    var progress = LoopProgress()
    while progress.check(&self) {
      switch kind {
      case .kwRef, .kwOut, .kwIn, .kwParams, .kwThis, .kwReadonly:
        modifiers.append(takeText())
        continue
      case .identifier
      where isContextual(.scoped) && peekKind() != .comma && peekKind() != .closeParen
        && peekKind() != .equals:
        modifiers.append(takeText())
        continue
      default:
        break
      }
      break
    }
    if kind == .identifier && identifierText(current) == "__arglist" {
      let token = advance()
      return Parameter(
        attributes: attributes, modifiers: modifiers, type: nil, name: Identifier("__arglist", range: token.range))
    }
    if allowImplicitType && kind == .identifier
      && (peekKind() == .comma || peekKind() == .closeParen || peekKind() == .equals)
    {
      let name = parseIdentifier()
      var defaultValue: Expr?
      if eat(.equals) { defaultValue = parseExpression() }
      return Parameter(
        attributes: attributes, modifiers: modifiers, type: nil, name: name, defaultValue: defaultValue)
    }
    let type = parseType()
    if allowUnnamed && (kind == .closeParen || kind == .comma) {
      return Parameter(
        attributes: attributes, modifiers: modifiers, type: type,
        name: Identifier("", range: ByteRange(start: type.range.end, end: type.range.end)))
    }
    let name = parseIdentifier()
    var defaultValue: Expr?
    if eat(.equals) { defaultValue = parseExpression() }
    return Parameter(attributes: attributes, modifiers: modifiers, type: type, name: name, defaultValue: defaultValue)
  }
}
