import CSharpFrontend
import SourceModel

/// Conditions split the paths: the state when the condition is true and when it is false. Completion
/// guards (`vt.IsCompleted`, `IsCompletedSuccessfully`, `IsFaulted`, `IsCanceled`) mark the value complete
/// on the true side; `!`, `&&`, `||`, `== true/false` and `is true/false` combine as in C#.
extension FlowWalker {
  func condition(_ expr: Expr) -> (onTrue: PathState, onFalse: PathState) {
    depth += 1
    defer { depth -= 1 }
    guard depth < Self.maxDepth else { return (state, state) }
    switch expr.kind {
    case .literal(.true):
      return (state, .unreachable)
    case .literal(.false):
      return (.unreachable, state)
    case .parenthesized(let inner), .suppressNullable(let inner):
      return condition(inner)
    case .prefixUnary(.not, let inner):
      let (t, f) = condition(inner)
      return (f, t)
    case .binary(.logicalAnd, let left, let right):
      let (leftTrue, leftFalse) = condition(left)
      state = leftTrue
      let (rightTrue, rightFalse) = condition(right)
      return (rightTrue, join(leftFalse, rightFalse))
    case .binary(.logicalOr, let left, let right):
      let (leftTrue, leftFalse) = condition(left)
      state = leftFalse
      let (rightTrue, rightFalse) = condition(right)
      return (join(leftTrue, rightTrue), rightFalse)
    case .binary(let op, let left, let right) where op == .equal || op == .notEqual:
      if let literal = boolLiteral(right) {
        let (t, f) = condition(left)
        return (literal == (op == .equal)) ? (t, f) : (f, t)
      }
      if let literal = boolLiteral(left) {
        let (t, f) = condition(right)
        return (literal == (op == .equal)) ? (t, f) : (f, t)
      }
    case .isPattern(let subject, let pattern):
      if case .constant(let constant) = pattern.kind, let literal = boolLiteral(constant) {
        let (t, f) = condition(subject)
        return literal ? (t, f) : (f, t)
      }
    case .memberAccess(let receiver, let name, _, _):
      switch name.text {
      case "IsCompleted", "IsCompletedSuccessfully", "IsFaulted", "IsCanceled":
        if let value = checkedValue(receiver) {
          noteUse(value, completionCheck: true)
          var onTrue = state
          if onTrue.reachable, var known = onTrue.values[value] {
            known.complete = true
            onTrue.values[value] = known
          }
          return (onTrue, state)
        }
      default:
        break
      }
    default:
      break
    }
    walk(expr, .ignored)
    return (state, state)
  }

  /// The tracked value whose completion `receiver.IsCompleted` reads: `vt`, an awaiter local of it, or
  /// `vt.GetAwaiter()` / `vt.ConfigureAwait(…).GetAwaiter()` written in place (looking, not consuming).
  func checkedValue(_ receiver: Expr) -> Int? {
    var subject = stripped(receiver)
    if case .invocation(let callee, let arguments) = subject.kind, arguments.isEmpty,
      case .memberAccess(let awaited, let name, _, _) = callee.kind, name.text == "GetAwaiter"
    {
      subject = withoutConfigureAwait(stripped(awaited))
    }
    guard case .name(let n, _) = subject.kind, let tracked = trackedValue(n.text) else { return nil }
    return tracked.value
  }

  /// `vt.ConfigureAwait(…)` on a one-shot `vt`: `vt` (the same value, configured); anything else as it is.
  func withoutConfigureAwait(_ expr: Expr) -> Expr {
    if case .invocation(let callee, _) = expr.kind, case .memberAccess(let inner, let name, _, _) = callee.kind,
      name.text == "ConfigureAwait", denotesOneShot(stripped(inner))
    {
      return stripped(inner)
    }
    return expr
  }

  func boolLiteral(_ expr: Expr) -> Bool? {
    switch expr.kind {
    case .literal(.true): return true
    case .literal(.false): return false
    case .parenthesized(let inner): return boolLiteral(inner)
    default: return nil
    }
  }
}
