import CSharpFrontend
import SourceModel

/// Walking expressions in evaluation order, each with what its parent does with its value.
extension FlowWalker {
  func walk(_ expr: Expr, _ use: Use) {
    depth += 1
    defer { depth -= 1 }
    guard depth < Self.maxDepth else { return }
    switch expr.kind {
    case .name(let name, _):
      useName(name.text, use)
    case .parenthesized(let inner), .suppressNullable(let inner), .checked(let inner, _):
      walk(inner, use)
    case .cast(let type, let inner):
      walk(inner, context.types.isOneShot(type) ? use : .unknown)
    case .await(let inner):
      walk(inner, .consumed(form: "await", site: expr.range))
    case .invocation(let callee, let arguments):
      walkInvocation(expr, callee: callee, arguments: arguments, use: use)
    case .memberAccess(let receiver, let name, _, _):
      walkMemberAccess(expr, receiver: receiver, name: name.text, use: use)
    case .conditional(let test, let whenTrue, let whenFalse):
      let (onTrue, onFalse) = condition(test)
      state = onTrue
      walk(whenTrue, use)
      let afterTrue = state
      state = onFalse
      walk(whenFalse, use)
      state = join(afterTrue, state)
    case .binary(let op, let left, let right):
      switch op {
      case .logicalAnd, .logicalOr:
        let (onTrue, onFalse) = condition(expr)
        state = join(onTrue, onFalse)
      case .coalesce:
        walk(left, use)
        let afterLeft = state
        walk(right, use)
        state = join(afterLeft, state)
      case .equal, .notEqual:
        walk(left, .ignored)
        walk(right, .ignored)
      default:
        walk(left, .unknown)
        walk(right, .unknown)
      }
    case .assignment(let op, let target, let value):
      walkAssignment(expr, op: op, target: target, value: value)
    case .lambda(let lambda), .anonymousMethod(let lambda):
      closureEscapes(.lambda(lambda))
    case .objectCreation(let type, let arguments, let initializer):
      walkObjectCreation(expr, type: type, arguments: arguments, initializer: initializer, use: use)
    case .arrayCreation(_, let sizes, let initializer, _):
      for size in sizes { walk(size, .unknown) }
      if let initializer { walkElements(initializer, destination: "an array") }
    case .initializerList(let initializer):
      walkElements(initializer, destination: "an array")
    case .collection(let elements):
      for element in elements {
        switch element {
        case .value(let value): walk(value, .stored(destination: "a collection", site: value.range))
        case .spread(let value): walk(value, .unknown)
        }
      }
    case .anonymousObject(let elements):
      walkElements(Initializer(elements: elements, range: expr.range), destination: "an anonymous object")
    case .tuple(let arguments):
      for argument in arguments { walk(argument.value, .unknown) }
    case .isPattern(let subject, let pattern):
      walk(subject, .unknown)
      walkPattern(pattern)
    case .asType(let subject, _):
      walk(subject, .unknown)
    case .switchExpression(let subject, let arms):
      walk(subject, .unknown)
      let entry = state
      var out = PathState.unreachable
      for arm in arms {
        state = entry
        walkPattern(arm.pattern)
        if let guardExpr = arm.guardExpr { state = condition(guardExpr).onTrue }
        walk(arm.value, use)
        out = join(out, state)
      }
      if !arms.isEmpty { state = out }
    case .interpolatedString(let holes):
      for hole in holes { walk(hole, .ignored) }
    case .elementAccess(let receiver, let arguments, _):
      walk(receiver, .unknown)
      for argument in arguments { walk(argument.value, .unknown) }
    case .throwExpression(let operand):
      // `ok ? await vt : throw …`, `x ?? throw …`: the path ends here (the enclosing `?:`, `??` or
      // `switch` joins the others).
      walk(operand, .unknown)
      noteException()
      state = .unreachable
    case .prefixUnary(_, let operand), .postfixUnary(_, let operand), .refExpression(let operand),
      .pointerMemberAccess(let operand, _):
      walk(operand, .unknown)
    case .with(let subject, let initializer):
      walk(subject, .unknown)
      walkElements(initializer, destination: "a property")
    case .range(let from, let to):
      if let from { walk(from, .unknown) }
      if let to { walk(to, .unknown) }
    case .declaration(let type, let designation):
      declare(designation, type: type)
    case .query(let parts), .other(let parts):
      for part in parts { walk(part, .unknown) }
    case .this, .base, .predefinedType, .literal, .aliasQualified, .typeOf, .sizeOf, .defaultValue, .missing:
      break
    case .deferred:
      // The work plan resolves member expressions before walking them; one left unparsed says nothing.
      break
    }
  }

  /// Whether `expr` names an awaiter local (`VariableInfo.isAwaiter`).
  func isAwaiter(_ expr: Expr) -> Bool {
    guard case .name(let name, _) = stripped(expr).kind, let variable = lookup(name.text) else { return false }
    return variables[variable].isAwaiter
  }

  /// A simple name: a tracked value being used, a closure referenced without a call, or nothing we track.
  func useName(_ name: String, _ use: Use) {
    guard let variable = lookup(name) else { return }
    var use = use
    if variables[variable].isAwaiter {
      // Passing, returning or keeping an awaiter (to register a continuation on it) consumes nothing, and
      // what is done with it there cannot be seen.
      switch use {
      case .consumed, .stored: use = .unknown
      default: break
      }
    }
    switch variables[variable].kind {
    case .tracked:
      guard let value = state.binding[variable], value != PathState.conflict else { return }
      if opaqueCaptureDepth > 0 {
        if case .ignored = use { return }
        makeOpaque(value)
        return
      }
      switch use {
      case .consumed(let form, let site): consume(value, form: form, site: site, blocking: false)
      case .blocking(let form, let site): consume(value, form: form, site: site, blocking: true)
      case .stored(let destination, let site):
        noteUse(value, completionCheck: false)
        guard state.reachable else { return }
        values[value].escaped = true
        record(
          .storedInField, value: value, range: site, subject: values[value].subject, detail: destination.description)
      case .ignored, .dropped: break
      case .moved, .unknown:
        noteUse(value, completionCheck: false)
        makeOpaque(value)
      }
    case .closure(let lambda):
      if case .ignored = use { return }
      closureEscapes(.lambda(lambda))
    case .localFunction(let method):
      if case .ignored = use { return }
      closureEscapes(.method(method))
    case .plain:
      break
    }
  }

  func walkMemberAccess(_ expr: Expr, receiver: Expr, name: String, use: Use) {
    switch name {
    case "IsCompleted", "IsCompletedSuccessfully", "IsFaulted", "IsCanceled":
      if let value = checkedValue(receiver) {
        noteUse(value, completionCheck: true)
        values[value].completionReadElsewhere = true  // not in a condition, which `condition` reads
        return
      }
      walk(receiver, .ignored)
      return
    case "Result":
      if denotesOneShot(stripped(receiver)) {
        walk(receiver, .blocking(form: ".Result", site: expr.range))
        return
      }
    default:
      break
    }
    if producesOneShot(expr) {
      walk(receiver, .unknown)
      temporary(expr, use: use)
      return
    }
    walk(receiver, .unknown)
  }

  func walkInvocation(_ expr: Expr, callee: Expr, arguments: [Argument], use: Use) {
    if case .memberAccess(let receiver, let name, _, _) = callee.kind {
      if denotesOneShot(stripped(receiver)) {
        switch name.text {
        case "ConfigureAwait":
          walk(receiver, use)
          for argument in arguments { walk(argument.value, .unknown) }
          return
        case "AsTask", "Preserve":
          walk(receiver, .consumed(form: UseText("", name.text, "()"), site: expr.range))
          return
        case "GetAwaiter":
          // An awaiter kept where vtlint does not follow it (`aw = vt.GetAwaiter()` into a declared variable,
          // `_ =`, a tuple): its `GetResult()` is the consumption, which cannot be seen from here.
          walk(receiver, .unknown)
          return
        case "GetResult" where arguments.isEmpty && isAwaiter(receiver):
          walk(receiver, .blocking(form: "GetResult()", site: expr.range))
          return
        case "ToString", "GetHashCode", "Equals", "GetType":
          walk(receiver, .ignored)
          for argument in arguments { walk(argument.value, .ignored) }
          return
        default:
          break
        }
      }
      if name.text == "GetResult", arguments.isEmpty,
        case .invocation(let inner, let innerArguments) = stripped(receiver).kind,
        innerArguments.isEmpty, case .memberAccess(let awaited, let getAwaiter, _, _) = inner.kind,
        getAwaiter.text == "GetAwaiter", denotesOneShot(stripped(awaited))
      {
        walk(awaited, .blocking(form: "GetAwaiter().GetResult()", site: expr.range))
        return
      }
      if name.text == "Assert", case .name(let debug, _) = receiver.kind, debug.text == "Debug",
        let first = arguments.first
      {
        state = condition(first.value).onTrue
        for argument in arguments.dropFirst() { walk(argument.value, .ignored) }
        return
      }
    }
    if case .name(let name, _) = callee.kind, name.text == "nameof" { return }
    if let closure = invokedClosure(callee) {
      for argument in arguments { walkArgument(argument, launcher: .none, passed: "passed to the closure") }
      runClosure(closure, site: expr.range, concurrent: false, times: 1)
      if producesOneShot(expr) { temporary(expr, use: use) }
      return
    }
    let launcher = launcherKind(callee)
    var passed: UseText = "passed to a call"
    switch callee.kind {
    case .memberAccess(let receiver, let name, _, _):
      walk(receiver, .unknown)
      passed = UseText("passed to ", name.text, "(…)")
    case .name(let name, _):
      passed = UseText("passed to ", name.text, "(…)")
    default:
      walk(callee, .unknown)
    }
    for argument in arguments { walkArgument(argument, launcher: launcher, passed: passed) }
    if producesOneShot(expr) { temporary(expr, use: use) }
  }

  /// `passed`: how the message names the consumption (`passed to Load(…)`).
  func walkArgument(_ argument: Argument, launcher: LauncherKind, passed: UseText) {
    let value = argument.value
    if argument.modifier != .none {
      walk(value, .unknown)
      return
    }
    switch stripped(value).kind {
    case .lambda(let lambda), .anonymousMethod(let lambda):
      switch launcher {
      case .once, .many:
        queueStandalone(.lambda(lambda))
        runClosure(.lambda(lambda), site: nil, concurrent: true, times: launcher == .many ? 2 : 1)
      default:
        closureEscapes(.lambda(lambda))
      }
      return
    case .name(let name, _):
      if launcher == .once || launcher == .many, let variable = lookup(name.text) {
        switch variables[variable].kind {
        case .closure(let lambda):
          runClosure(.lambda(lambda), site: value.range, concurrent: true, times: launcher == .many ? 2 : 1)
          return
        case .localFunction(let method):
          runClosure(.method(method), site: value.range, concurrent: true, times: launcher == .many ? 2 : 1)
          return
        default: break
        }
      }
    default:
      break
    }
    switch launcher {
    case .collectionAdd where denotesOneShot(stripped(value)):
      walk(value, .stored(destination: "a collection", site: value.range))
    case .whenAll:
      concurrentDepth += 1
      walk(value, .consumed(form: passed, site: value.range))
      concurrentDepth -= 1
    default:
      walk(value, .consumed(form: passed, site: value.range))
    }
  }

  func walkObjectCreation(_ expr: Expr, type: TypeSyntax?, arguments: [Argument], initializer: Initializer?, use: Use) {
    let launcher: LauncherKind = type?.lastName == "Thread" ? .once : .none
    let name = type?.lastName ?? "object"
    for argument in arguments {
      walkArgument(argument, launcher: launcher, passed: UseText("passed to new ", name, "(…)"))
    }
    if let initializer { walkElements(initializer, destination: "a collection") }
    if producesOneShot(expr) { temporary(expr, use: use) }
  }

  func walkElements(_ initializer: Initializer, destination: UseText) {
    for element in initializer.elements {
      switch element {
      case .assignment(let target, let value):
        var what = destination
        if case .name(let name, _) = target.kind { what = UseText("property '", name.text, "'") }
        if case .elementAccess(_, let arguments, _) = target.kind {
          for argument in arguments { walk(argument.value, .unknown) }
        }
        walk(value, .stored(destination: what, site: value.range))
      case .value(let value):
        walk(value, .stored(destination: destination, site: value.range))
      }
    }
  }

  func walkAssignment(_ expr: Expr, op: AssignmentOperator, target: Expr, value: Expr) {
    guard op == .assign else {
      walk(target, .ignored)
      walk(value, .unknown)
      return
    }
    switch stripped(target).kind {
    case .name(let name, _):
      guard let variable = lookup(name.text) else {
        if name.text == "_" {
          walk(value, .dropped(discard: true))
        } else {
          walk(value, .stored(destination: UseText("field or property '", name.text, "'"), site: expr.range))
        }
        return
      }
      switch variables[variable].kind {
      case .tracked where captureDepth == 0:
        assignTracked(variable, value, site: expr.range)
      case .tracked:
        walk(value, .unknown)
        if let bound = state.binding[variable], bound != PathState.conflict { makeOpaque(bound) }
      case .closure:
        // `step = …` after `Func<Task> step = async () => await vt;`: a call from here on may run another
        // body, so calls of the variable are no longer followed.
        walk(value, .unknown)
        variables[variable].kind = .plain
        variables[variable].invocationReturnsOneShot = false
      default:
        walk(value, .unknown)
      }
    case .memberAccess(let receiver, let name, _, _):
      walk(receiver, .ignored)
      walk(value, .stored(destination: UseText("'", name.text, "'"), site: expr.range))
    case .elementAccess(let receiver, let arguments, _):
      walk(receiver, .ignored)
      for argument in arguments { walk(argument.value, .unknown) }
      walk(value, .stored(destination: "an array or collection element", site: expr.range))
    default:
      walk(target, .unknown)
      walk(value, .unknown)
    }
  }

  /// `variable = value` (or its declaration): an alias of another tracked value, or a new value.
  func assignTracked(_ variable: Int, _ value: Expr, site: ByteRange) {
    let source = stripped(value)
    if case .name(let name, _) = source.kind, let tracked = trackedValue(name.text), let existing = tracked.value {
      if state.reachable { state.binding[variable] = existing }
      return
    }
    walk(value, .moved)
    let isCall: Bool
    switch source.kind {
    case .invocation, .objectCreation: isCall = true
    default: isCall = producesOneShot(source)
    }
    let id = defineValue(subject: variables[variable].name, definition: site, origin: isCall ? .call : .other)
    values[id].completeByDesign = completesByDesign(source)
    values[id].holdsNoSource = holdsNoSource(source) || isPreserveCall(source)
    if state.reachable { state.binding[variable] = id }
  }

  /// Declares pattern and `out var` names (plain: they only shadow fields, except one-shot typed ones,
  /// which are tracked for BAD verdicts).
  func declare(_ designation: VariableDesignation, type: TypeSyntax?) {
    switch designation {
    case .single(let name):
      if captureDepth == 0, context.types.isOneShot(type) {
        let variable = declareVariable(
          name.text, VariableInfo(name: name.text, kind: .tracked, typeName: type?.lastName))
        let id = defineValue(subject: name.text, definition: name.range, origin: .iteration)
        if state.reachable { state.binding[variable] = id }
      } else {
        _ = declareVariable(name.text, VariableInfo(name: name.text, kind: .plain, typeName: type?.lastName))
      }
    case .discard:
      break
    case .parenthesized(let parts):
      for part in parts { declare(part, type: nil) }
    }
  }

  func walkPattern(_ pattern: Pattern) {
    depth += 1
    defer { depth -= 1 }
    guard depth < Self.maxDepth else { return }
    switch pattern.kind {
    case .constant(let expr), .relational(_, let expr):
      walk(expr, .ignored)
    case .declaration(let type, let designation):
      if let designation { declare(designation, type: type) }
    case .recursive(let type, let positional, let properties, let designation):
      for sub in positional { walkPattern(sub) }
      for property in properties { walkPattern(property.pattern) }
      if let designation { declare(designation, type: type) }
    case .not(let inner), .parenthesized(let inner):
      walkPattern(inner)
    case .and(let a, let b), .or(let a, let b):
      walkPattern(a)
      walkPattern(b)
    case .list(let items, let designation):
      for item in items { walkPattern(item) }
      if let designation { declare(designation, type: nil) }
    case .slice(let inner):
      if let inner { walkPattern(inner) }
    case .discard, .type, .missing:
      break
    }
  }
}
