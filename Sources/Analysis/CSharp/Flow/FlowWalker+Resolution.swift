import CSharpFrontend
import SourceModel

/// Type knowledge without a compiler: which expressions produce a one-shot value.
extension FlowWalker {
  /// Strips wrappers that do not change which value an expression denotes: parentheses, `!`, casts to a
  /// one-shot type and `.ConfigureAwait(…)`.
  func stripped(_ expr: Expr) -> Expr {
    var current = expr
    var steps = 0
    while steps < 64 {
      steps += 1
      switch current.kind {
      case .parenthesized(let inner), .suppressNullable(let inner):
        current = inner
      case .cast(let type, let inner) where context.types.isOneShot(type):
        current = inner
      case .invocation(let callee, _):
        if case .memberAccess(let receiver, let name, _, _) = callee.kind, name.text == "ConfigureAwait",
          denotesOneShot(receiver)
        {
          current = receiver
        } else {
          return current
        }
      default:
        return current
      }
    }
    return current
  }

  /// Does the expression denote a one-shot value: a tracked variable or a producer?
  func denotesOneShot(_ expr: Expr) -> Bool {
    if case .name(let name, _) = expr.kind, trackedValue(name.text) != nil { return true }
    return producesOneShot(expr)
  }

  /// Does evaluating the expression produce a *new* one-shot value (a call, an object creation, a property)?
  func producesOneShot(_ expr: Expr) -> Bool {
    switch expr.kind {
    case .parenthesized(let inner), .suppressNullable(let inner):
      return producesOneShot(inner)
    case .cast(let type, _):
      return context.types.isOneShot(type)
    case .objectCreation(let type, _, _):
      return context.types.isOneShot(type)
    case .invocation(let callee, let arguments):
      return invocationProducesOneShot(callee: callee, arguments: arguments)
    case .memberAccess(let receiver, let name, _, _):
      guard context.mayResolveToOneShot(name) else { return false }
      return context.propertyIsOneShot(
        name: name.text, receiverType: staticType(of: receiver), receiverIsType: namesType(receiver))
    case .conditional(_, let a, let b):
      let left = producesOneShot(a) || isDefaultLiteral(a)
      let right = producesOneShot(b) || isDefaultLiteral(b)
      return left && right && !(isDefaultLiteral(a) && isDefaultLiteral(b))
    default:
      return false
    }
  }

  /// Values that are complete when produced, or that block safely: `new ValueTask<T>(result)` and
  /// `new ValueTask<T>(task)` (one argument: no `IValueTaskSource` behind them), `ValueTask.FromResult` and
  /// friends, and calls in the "synchronous mode" idiom of database drivers, which pass a `false` literal
  /// (`ReadAsync(async: false)`) or an `…Synchronous` flag (`IOBehavior.Synchronous`) so the callee
  /// completes before returning.
  func completesByDesign(_ expr: Expr) -> Bool {
    if holdsNoSource(expr) { return true }
    switch stripped(expr).kind {
    case .invocation(_, let arguments):
      return arguments.contains { argument in
        switch argument.value.kind {
        case .literal(.false): return true
        case .memberAccess(_, let name, _, _): return name.text == "Synchronous"
        default: return false
        }
      }
    default:
      return false
    }
  }

  /// A value with no `IValueTaskSource` behind it, which may be consumed any number of times: `new
  /// ValueTask<T>(result)`, `new ValueTask(task)`, `new ValueTask()`, `default`, `ValueTask.FromResult(x)` and
  /// friends, `ValueTask.CompletedTask`.
  func holdsNoSource(_ expr: Expr) -> Bool {
    if isDefaultLiteral(stripped(expr)) { return true }  // `ValueTask<int> vt = default;`: complete, empty
    switch stripped(expr).kind {
    case .objectCreation(_, let arguments, _):
      return arguments.count <= 1
    case .memberAccess(let receiver, let name, _, _):
      if case .name(let type, _) = receiver.kind, type.text == "ValueTask" { return name.text == "CompletedTask" }
      return false
    case .invocation(let callee, _):
      guard case .memberAccess(let receiver, let name, _, _) = callee.kind, case .name(let type, _) = receiver.kind
      else { return false }
      return type.text == "ValueTask" && name.text.hasPrefix("From")
    default:
      return false
    }
  }

  func isDefaultLiteral(_ expr: Expr) -> Bool {
    switch expr.kind {
    case .literal(.default), .defaultValue: return true
    case .parenthesized(let inner): return isDefaultLiteral(inner)
    default: return false
    }
  }

  private func invocationProducesOneShot(callee: Expr, arguments: [Argument]) -> Bool {
    switch callee.kind {
    case .name(let name, _):
      if let variable = lookup(name.text) {
        switch variables[variable].kind {
        case .localFunction(let method): return context.types.isOneShot(method.returnType)
        case .closure: return variables[variable].invocationReturnsOneShot
        case .tracked: return false
        case .plain: return variables[variable].invocationReturnsOneShot
        }
      }
      if context.oneShotInvokableMembers.contains(name.text) { return true }
      guard context.mayResolveToOneShot(name) else { return false }
      return context.methodReturnsOneShot(
        name: name.text, arguments: arguments.count, lambdaPositions: lambdaPositions(arguments),
        receiverType: currentTypeName, receiverMember: nil)
    case .memberAccess(let receiver, let name, _, _):
      switch name.text {
      case "ConfigureAwait": return denotesOneShot(receiver)
      case "AsTask", "Preserve", "GetAwaiter", "GetResult": return false
      case "Invoke":
        if case .name(let n, _) = receiver.kind, let variable = lookup(n.text) {
          return variables[variable].invocationReturnsOneShot
        }
      default: break
      }
      if case .this = receiver.kind, context.oneShotInvokableMembers.contains(name.text) { return true }
      guard context.mayResolveToOneShot(name) else { return false }
      return context.methodReturnsOneShot(
        name: name.text, arguments: arguments.count, lambdaPositions: lambdaPositions(arguments),
        receiverType: staticType(of: receiver), receiverIsType: namesType(receiver),
        receiverMember: lastMemberName(receiver))
    default:
      return false
    }
  }

  /// The simple type name of a receiver when it can be read from a declaration: a local or parameter, a
  /// field of this file, `this`, or a type name itself (static calls such as `ValueTask.FromResult`).
  func staticType(of receiver: Expr) -> String? {
    switch receiver.kind {
    case .this, .base: return currentTypeName
    case .parenthesized(let inner), .suppressNullable(let inner): return staticType(of: inner)
    case .name(let name, _):
      if let variable = lookup(name.text) { return variables[variable].typeName }
      if let known = context.memberTypes[name.text] { return known }
      if let known = context.memberTypeElsewhere(name.text, in: currentTypeName) { return known }
      // Not a local or member: a type name (`ValueTask.FromResult`) when capitalized, else unknown (a
      // field declared in another part of a partial class, say).
      guard let first = name.text.unicodeScalars.first, first.properties.isUppercase else { return nil }
      return name.text
    case .memberAccess(let inner, let name, _, _):
      if case .this = inner.kind {
        if let known = context.memberTypes[name.text] { return known }
        return context.memberTypeElsewhere(name.text, in: currentTypeName)
      }
      // A property of a project type (`hub.Remote.Get()`).
      guard let owner = staticType(of: inner), context.index.declaresType(owner) else { return nil }
      return context.memberTypeElsewhere(name.text, in: owner)
    case .predefinedType(let name): return name
    // Written in the expression itself: `new FieldBuilder().Build(…)`, `((Stream)x).ReadAsync(…)`.
    case .objectCreation(let type?, _, _), .cast(let type, _), .asType(_, let type): return type.lastName
    // A call to a method of this type, or of a project type the receiver has: its declared return type
    // (`CreateClient().GetStringAsync(…)`, `hub.Remote().Get()`).
    case .invocation(let callee, let arguments):
      switch callee.kind {
      case .name(let name, _) where lookup(name.text) == nil:
        return context.ownMethodReturnType(name.text, arguments: arguments.count, in: currentTypeName)
      case .memberAccess(let inner, let name, _, _):
        guard let owner = staticType(of: inner), context.index.declaresType(owner) else { return nil }
        return context.ownMethodReturnType(name.text, arguments: arguments.count, in: owner)
      default:
        return nil
      }
    default: return nil
    }
  }

  /// Whether a receiver is a type's name (`ValueTask.FromResult`, `int.Parse`) rather than a value: a name
  /// that is no local and no member of this file (as `staticType` reads it), or a predefined type. Only such
  /// a receiver reaches a static member; the pre-check counts on it (`OneShotPrecheck.staticMembersOnly`).
  func namesType(_ receiver: Expr) -> Bool {
    switch receiver.kind {
    case .predefinedType: return true
    case .name(let name, _): return lookup(name.text) == nil && context.memberTypes[name.text] == nil
    default: return false
    }
  }

  /// Positions (the first 64, positional arguments only) where a lambda or anonymous method is passed.
  func lambdaPositions(_ arguments: [Argument]) -> UInt64 {
    var mask: UInt64 = 0
    for (position, argument) in arguments.prefix(64).enumerated() {
      if argument.name != nil { break }
      switch argument.value.kind {
      case .lambda, .anonymousMethod: mask |= 1 << UInt64(position)
      default: break
      }
    }
    return mask
  }

  func lastMemberName(_ receiver: Expr) -> String? {
    switch receiver.kind {
    case .memberAccess(_, let name, _, _): return name.text
    case .parenthesized(let inner), .suppressNullable(let inner): return lastMemberName(inner)
    default: return nil
    }
  }
}
