import CSharpFrontend
import SourceModel

/// Walking statements: sequencing, branches joined at merges, loops iterated to a fixed point (a value
/// defined outside a loop and consumed inside is consumed again by the next iteration unless that path
/// leaves the loop), `try`/`catch`/`finally`, and jumps.
extension FlowWalker {
  func walkBlock(_ block: Block) {
    pushScope()
    registerLocalFunctions(block.statements)
    for statement in block.statements { walk(statement) }
    popScope()
  }

  /// Local functions can be called before their declaration: declare them when their block starts.
  func registerLocalFunctions(_ statements: [Stmt]) {
    for statement in statements {
      guard case .localFunction(let method) = statement.kind else { continue }
      var info = VariableInfo(name: method.name.text, kind: .localFunction(method), typeName: nil)
      info.invocationReturnsOneShot = context.types.isOneShot(method.returnType)
      _ = declareVariable(method.name.text, info)
    }
  }

  func walk(_ statement: Stmt) {
    depth += 1
    defer { depth -= 1 }
    guard depth < Self.maxDepth else { return }
    switch statement.kind {
    case .block(let block):
      walkBlock(block)
    case .localDeclaration(let declaration):
      declareLocals(declaration)
    case .expression(let expr):
      walk(expr, .dropped(discard: false))
      switch neverReturns(expr) {
      case .throwing:
        noteException()
        state = .unreachable
      case .exiting:
        state = .unreachable
      case nil:
        break
      }
    case .if(let test, let then, let otherwise):
      let (onTrue, onFalse) = condition(test)
      state = onTrue
      walkScoped(then)
      let afterThen = state
      state = onFalse
      if let otherwise { walkScoped(otherwise) }
      state = join(afterThen, state)
    case .switch(let subject, let sections):
      walkSwitch(subject, sections)
    case .for(let declaration, let initializers, let test, let incrementors, let body):
      pushScope()
      if let declaration { declareLocals(declaration) }
      for initializer in initializers { walk(initializer, .unknown) }
      walkLoop(test: test, body: body, incrementors: incrementors, testFirst: true)
      popScope()
    case .foreach(_, let type, let designation, let collection, let body):
      walk(collection, .unknown)
      // `foreach (var r in items)` over a local or parameter declared `List<Remote>`: `r` is a `Remote`, to
      // resolve calls on it (a collection of one-shot values is left as it was: not tracked).
      var elementType = type
      if case .implicit = type.kind, case .name(let name, _) = stripped(collection).kind,
        let variable = lookup(name.text), let element = variables[variable].elementTypeName
      {
        let written = TypeSyntax(
          .named(alias: nil, segments: [NameSegment(name: element, range: type.range)]), range: type.range)
        if !context.types.isOneShot(written) { elementType = written }
      }
      pushScope()
      walkLoop(test: nil, body: body, incrementors: [], testFirst: true, exitsWithoutTest: true) {
        self.declare(designation, type: elementType)
      }
      popScope()
    case .while(let test, let body):
      walkLoop(test: test, body: body, incrementors: [], testFirst: true)
    case .doWhile(let body, let test):
      walkLoop(test: test, body: body, incrementors: [], testFirst: false)
    case .try(let body, let catches, let finally):
      walkTry(body, catches, finally)
    case .lock(let expr, let body):
      walk(expr, .unknown)
      walkScoped(body)
    case .checked(let block, _), .unsafe(let block):
      walkBlock(block)
    case .fixed(let declaration, let body):
      pushScope()
      declareLocals(declaration)
      walkScoped(body)
      popScope()
    case .using(_, let declaration, let expr, let body):
      pushScope()
      if let declaration { declareLocals(declaration) }
      if let expr { walk(expr, .unknown) }
      walkScoped(body)
      popScope()
    case .return(let expr):
      if let expr { walk(expr, .consumed(form: "returned", site: expr.range)) }
      leave(toReturn: true)
    case .throw(let expr):
      if let expr { walk(expr, .unknown) }
      noteException()
      state = .unreachable
    case .yieldReturn(let expr):
      walk(expr, .consumed(form: "yielded", site: expr.range))
    case .yieldBreak:
      leave(toReturn: true)
    case .break:
      jump(isBreak: true)
    case .continue:
      jump(isBreak: false)
    case .goto:
      gaveUp = true
      state = .unreachable
    case .labeled(_, let inner):
      gaveUp = true
      walk(inner)
    case .localFunction(let method):
      // Declared when its block started; runs where it is called. Analyzed on its own from here, where the
      // locals before it are visible.
      queueStandalone(.method(method))
    case .empty, .error:
      break
    }
  }

  /// An embedded statement has its own scope even without braces.
  func walkScoped(_ statement: Stmt) {
    pushScope()
    walk(statement)
    popScope()
  }

  func declareLocals(_ declaration: LocalDeclaration) {
    for declarator in declaration.declarators {
      let name = declarator.name.text
      if let initializer = declarator.initializer {
        switch stripped(initializer).kind {
        case .lambda(let lambda), .anonymousMethod(let lambda):
          var info = VariableInfo(name: name, kind: .closure(lambda), typeName: declaration.type.lastName)
          info.invocationReturnsOneShot = context.invocationReturnsOneShot(declaration.type)
          _ = declareVariable(name, info)
          queueStandalone(.lambda(lambda), dropsResult: declaration.type.lastName == "Action")
          continue
        default:
          break
        }
      }
      // `var awaiter = vt.GetAwaiter()`: a view of the same value. `awaiter.IsCompleted` checks it and
      // `awaiter.GetResult()` consumes it, so the local stands for the value itself.
      if captureDepth == 0, declaration.usingKind == .none, let awaited = declarator.initializer.flatMap(awaitedValue) {
        var info = VariableInfo(name: name, kind: .tracked, typeName: declaration.type.lastName ?? "ValueTaskAwaiter")
        info.isAwaiter = true
        let variable = declareVariable(name, info)
        assignTracked(variable, awaited, site: declarator.name.range)
        continue
      }
      let explicitOneShot = context.types.isOneShot(declaration.type)
      var inferredOneShot = false
      if case .implicit = declaration.type.kind, let initializer = declarator.initializer {
        inferredOneShot = denotesOneShot(stripped(initializer))
      }
      let preserved = declarator.initializer.map(isPreserveCall) ?? false
      if (explicitOneShot || inferredOneShot) && captureDepth == 0 && declaration.usingKind == .none && !preserved {
        let variable = declareVariable(
          name, VariableInfo(name: name, kind: .tracked, typeName: declaration.type.lastName ?? "ValueTask"))
        if let initializer = declarator.initializer {
          assignTracked(variable, initializer, site: declarator.name.range)
        }
        continue
      }
      if let initializer = declarator.initializer { walk(initializer, .unknown) }
      var info = VariableInfo(name: name, kind: .plain, typeName: declaration.type.lastName)
      info.elementTypeName = declaration.type.elementName
      if case .implicit = declaration.type.kind, let initializer = declarator.initializer {
        // `var client = new HttpClient()`, `var client = CreateClient()`, `var s = (Stream)o`.
        switch stripped(initializer).kind {
        case .objectCreation, .invocation, .cast, .asType, .name, .memberAccess:
          info.typeName = staticType(of: stripped(initializer))
        default: break
        }
      }
      info.invocationReturnsOneShot = context.invocationReturnsOneShot(declaration.type)
      _ = declareVariable(name, info)
    }
  }

  /// For `E.GetAwaiter()` (or `E.ConfigureAwait(…).GetAwaiter()`) on a one-shot `E`: `E`.
  func awaitedValue(_ initializer: Expr) -> Expr? {
    guard case .invocation(let callee, let arguments) = stripped(initializer).kind, arguments.isEmpty,
      case .memberAccess(let receiver, let name, _, _) = callee.kind, name.text == "GetAwaiter"
    else { return nil }
    let awaited = withoutConfigureAwait(stripped(receiver))
    return denotesOneShot(awaited) ? awaited : nil
  }

  /// `vt.Preserve()` returns a value that may be consumed any number of times.
  func isPreserveCall(_ expr: Expr) -> Bool {
    guard case .invocation(let callee, _) = stripped(expr).kind, case .memberAccess(_, let name, _, _) = callee.kind
    else { return false }
    return name.text == "Preserve"
  }

  // MARK: - Jumps

  /// `return` (or `yield break`): the path ends, after any enclosing `finally`.
  func leave(toReturn: Bool) {
    guard state.reachable else { return }
    noteException()
    // The frame is changed where it lies: a copy taken out and written back shared its lists with the
    // original, so changing it copied them.
    let last = frames.count - 1
    if let index = frames[last].tries.lastIndex(where: \.hasFinally) {
      let joined = join(frames[last].tries[index].pendingReturns, state)
      frames[last].tries[index].pendingReturns = joined
    } else {
      // No use follows a return: differing bindings here are harmless.
      let joined = frames[last].returns.joined(with: state).0
      frames[last].returns = joined
    }
    state = .unreachable
  }

  func jump(isBreak: Bool) {
    guard state.reachable else { return }
    let last = frames.count - 1
    let index = isBreak ? frames[last].jumps.indices.last : frames[last].jumps.lastIndex(where: \.isLoop)
    if let index {
      if isBreak {
        let joined = join(frames[last].jumps[index].breaks, state)
        frames[last].jumps[index].breaks = joined
      } else {
        let joined = join(frames[last].jumps[index].continues, state)
        frames[last].jumps[index].continues = joined
      }
    }
    state = .unreachable
  }

  /// An exception may leave from here: the enclosing `try`'s handlers see this state.
  func noteException() {
    guard state.reachable, let last = frames.indices.last, let index = frames[last].tries.indices.last else {
      return
    }
    let joined = join(frames[last].tries[index].observed, state)
    frames[last].tries[index].observed = joined
  }

  // MARK: - Loops

  /// Walks a loop to a fixed point of its head state (at most a few rounds: counts are capped at 2).
  ///
  /// Variables declared in the loop (its body's locals, a `foreach` variable, pattern variables in its
  /// test) get fresh ids on every walk, and none is in scope at the head or after the loop, so their
  /// bindings are dropped there: kept, they made every head differ from the last, and a loop declaring a
  /// tracked local took all 4 walks however soon its values settled. Their values' states are kept (the
  /// verdicts at the end of the function read them).
  func walkLoop(
    test: Expr?, body: Stmt, incrementors: [Expr], testFirst: Bool, exitsWithoutTest: Bool = false,
    atBodyStart: (() -> Void)? = nil
  ) {
    let firstInnerVariable = variables.count
    var head = state
    var exit = PathState.unreachable
    for _ in 0..<4 {
      loopIterations += 1
      if loopIterations > Self.loopIterationBudget { gaveUp = true }
      state = head
      var onFalse = PathState.unreachable
      if testFirst {
        if let test {
          let split = condition(test)
          state = split.onTrue
          onFalse = split.onFalse
        } else if exitsWithoutTest {
          onFalse = state
        }
      }
      frames[frames.count - 1].jumps.append(JumpTarget(isLoop: true))
      atBodyStart?()
      walkScoped(body)
      let target = frames[frames.count - 1].jumps.removeLast()
      state = join(state, target.continues)
      if !testFirst, let test {
        let split = condition(test)
        state = split.onTrue
        onFalse = split.onFalse
      }
      for incrementor in incrementors { walk(incrementor, .unknown) }
      exit = join(onFalse, target.breaks).droppingBindings(from: firstInnerVariable)
      let next = join(head, state).droppingBindings(from: firstInnerVariable)
      if next == head || gaveUp { break }
      head = next
    }
    state = exit
  }

  // MARK: - switch

  func walkSwitch(_ subject: Expr, _ sections: [SwitchSection]) {
    walk(subject, .unknown)
    let entry = state
    var out = PathState.unreachable
    var hasDefault = false
    frames[frames.count - 1].jumps.append(JumpTarget(isLoop: false))
    pushScope()
    for section in sections {
      state = entry
      var labelled = PathState.unreachable
      for label in section.labels {
        let before = state
        switch label {
        case .default:
          hasDefault = true
        case .pattern(let pattern, let guardExpr):
          walkPattern(pattern)
          if let guardExpr { state = condition(guardExpr).onTrue }
        }
        labelled = join(labelled, state)
        state = before
      }
      state = labelled
      registerLocalFunctions(section.statements)
      for statement in section.statements { walk(statement) }
      out = join(out, state)
    }
    popScope()
    let target = frames[frames.count - 1].jumps.removeLast()
    out = join(out, target.breaks)
    if !hasDefault { out = join(out, entry) }
    state = out
  }

  // MARK: - try

  func walkTry(_ body: Block, _ catches: [CatchClause], _ finally: Block?) {
    let entry = state
    frames[frames.count - 1].tries.append(TryContext(hasFinally: finally != nil, observed: entry))
    pushScope()
    registerLocalFunctions(body.statements)
    for statement in body.statements {
      walk(statement)
      noteException()
    }
    popScope()
    var context = frames[frames.count - 1].tries.removeLast()
    var normal = state
    // Handlers start from any state the protected block may have left from. Whether a consumption
    // happened before the exception is unknown, so a handler never makes a value "not consumed".
    var handlerEntry = context.observed
    for (value, known) in handlerEntry.values {
      var lenient = known
      lenient.minCount = known.maxCount
      handlerEntry.values[value] = lenient
    }
    if finally != nil {
      frames[frames.count - 1].tries.append(TryContext(hasFinally: true, observed: .unreachable))
    }
    for clause in catches {
      state = handlerEntry
      pushScope()
      if let name = clause.name {
        _ = declareVariable(name.text, VariableInfo(name: name.text, kind: .plain, typeName: clause.type?.lastName))
      }
      if let filter = clause.filter { state = condition(filter).onTrue }
      walkBlock(clause.body)
      popScope()
      normal = join(normal, state)
    }
    guard let finally else {
      state = normal
      return
    }
    let inner = frames[frames.count - 1].tries.removeLast()
    context.pendingReturns = join(context.pendingReturns, inner.pendingReturns)
    // The finally block as seen by every path (normal, exceptional, returning): reports problems.
    state = join(join(normal, handlerEntry), join(context.pendingReturns, inner.observed))
    walkBlock(finally)
    // Paths that were returning return after the finally block.
    if context.pendingReturns.reachable {
      state = context.pendingReturns
      walkBlock(finally)
      leave(toReturn: true)
    }
    // The normal continuation.
    state = normal
    if state.reachable { walkBlock(finally) }
  }
}
