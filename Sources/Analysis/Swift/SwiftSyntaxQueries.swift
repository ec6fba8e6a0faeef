import SourceModel
import SwiftFrontend

/// Small questions about Swift syntax that several analyses ask (names of callees, closures passed to a
/// call, whether a name is used somewhere). Names only: vtlint never resolves types.
enum SwiftSyntaxQueries {
  /// The called name: `f` for `f(…)`, `wait` for `x.y.wait()`, `Task` for `Task<Int, Never> { … }`.
  static func calleeName(_ callee: SwiftExpr) -> SwiftIdentifier? {
    switch callee.kind {
    case .identifier(let name, _): return name
    case .memberAccess(_, let name, _): return name
    case .type(let type):
      if case .named(let segments) = type.kind { return segments.last?.name }
      return nil
    default: return nil
    }
  }

  /// The receiver of a member call: `x.y` for `x.y.wait()`; nil for a free function.
  static func calleeBase(_ callee: SwiftExpr) -> SwiftExpr? {
    if case .memberAccess(let base, _, _) = callee.kind { return base }
    return nil
  }

  /// The expression without `try`, `await`, parentheses, `?` and `!` around it.
  static func stripped(_ expr: SwiftExpr) -> SwiftExpr {
    var current = expr
    for _ in 0..<64 {
      switch current.kind {
      case .try(_, let inner), .await(let inner), .optionalChain(let inner), .forceUnwrap(let inner),
        .unsafe(let inner):
        current = inner
      case .tuple(let elements) where elements.count == 1 && elements[0].label == nil:
        current = elements[0].value
      default: return current
      }
    }
    return current
  }

  /// Every identifier text in a dotted receiver chain (`RunLoop.current.run` → `RunLoop`, `current`).
  static func chainNames(_ expr: SwiftExpr) -> [String] {
    var names: [String] = []
    var current: SwiftExpr? = expr
    var steps = 0
    while let node = current, steps < 64 {
      steps += 1
      switch node.kind {
      case .identifier(let name, _):
        names.append(name.text)
        current = nil
      case .memberAccess(let base, let name, _):
        names.append(name.text)
        current = base
      case .call(let callee, _, _):
        current = callee
      case .optionalChain(let inner), .forceUnwrap(let inner):
        current = inner
      case .type(let type):
        if case .named(let segments) = type.kind { names += segments.map(\.name.text) }
        current = nil
      default:
        current = nil
      }
    }
    return names
  }

  /// The closures passed to a call, written as arguments or trailing closures, with their labels.
  static func closureArguments(_ arguments: [SwiftArgument], _ trailing: [SwiftArgument]) -> [(
    label: String?, closure: SwiftClosure
  )] {
    (arguments + trailing).compactMap { argument in
      if case .closure(let closure) = stripped(argument.value).kind { return (argument.label?.text, closure) }
      return nil
    }
  }

  /// True when `name` occurs as an identifier expression anywhere under `nodes` (closures included).
  static func uses(_ names: Set<String>, in nodes: [SwiftNode], budget: inout Int) -> Bool {
    var stack = nodes
    while let node = stack.popLast() {
      budget -= 1
      if budget < 0 { return true }  // too big to be sure: assume used (say less)
      switch node {
      case .expr(let expr):
        if case .identifier(let name, _) = expr.kind, names.contains(name.text) { return true }
        if case .if(let ifNode) = expr.kind, conditionsUse(names, ifNode.conditions) { return true }
      case .stmt(let stmt):
        switch stmt.kind {
        case .if(let ifNode): if conditionsUse(names, ifNode.conditions) { return true }
        case .guard(let conditions, _): if conditionsUse(names, conditions) { return true }
        case .while(let conditions, _): if conditionsUse(names, conditions) { return true }
        default: break
        }
      case .decl: break
      }
      stack += node.children
    }
    return false
  }

  /// `if let x` (shorthand) reads `x`.
  private static func conditionsUse(_ names: Set<String>, _ conditions: [SwiftCondition]) -> Bool {
    for condition in conditions {
      if case .optionalBinding(_, let pattern, _, nil) = condition.kind,
        pattern.boundNames.contains(where: { names.contains($0.text) })
      {
        return true
      }
    }
    return false
  }

  /// The names a declaration's or condition's pattern binds.
  static func boundNames(_ pattern: SwiftPattern) -> [String] { pattern.boundNames.map(\.text) }
}
