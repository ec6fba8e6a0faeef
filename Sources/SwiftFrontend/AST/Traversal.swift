/// Direct sub-expressions, for walkers that look for calls or names anywhere in an expression.
extension SwiftExpr {
  /// The expressions directly inside this one, in source order. Closures, `if` and `switch` expressions
  /// hold statements rather than sub-expressions, so they report none here; walk their statements.
  public var children: [SwiftExpr] {
    switch kind {
    case .identifier, .literal, .keyPath, .type, .discard, .isPattern, .editorPlaceholder, .missing, .closure, .if,
      .switch:
      return []
    case .interpolatedString(let holes): return holes.flatMap { $0.map(\.value) }
    case .memberAccess(let base, _, _): return base.map { [$0] } ?? []
    case .call(let callee, let arguments, let trailing), .subscript(let callee, let arguments, let trailing):
      return [callee] + arguments.map(\.value) + trailing.map(\.value)
    case .try(_, let inner), .await(let inner), .unsafe(let inner), .ownership(_, let inner), .prefix(_, let inner),
      .postfix(_, let inner), .forceUnwrap(let inner), .optionalChain(let inner), .isType(let inner, _),
      .cast(let inner, _, _), .inout(let inner), .pack(_, let inner):
      return [inner]
    case .binary(_, let lhs, let rhs): return [lhs, rhs]
    case .assignment(let target, let value): return [target, value]
    case .ternary(let condition, let then, let otherwise): return [condition, then, otherwise]
    case .tuple(let elements): return elements.map(\.value)
    case .array(let elements): return elements
    case .dictionary(let elements): return elements.flatMap { [$0.key, $0.value] }
    case .macroExpansion(_, _, let arguments, let trailing): return arguments.map(\.value) + trailing.map(\.value)
    case .bindingPattern(_, let pattern):
      if case .expression(let inner) = pattern.kind { return [inner] }
      return []
    }
  }
}
