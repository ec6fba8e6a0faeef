import SourceModel
import SwiftFrontend

/// One path's knowledge at a program point inside a continuation closure: how many resumes it has run
/// (0, 1, or 2 meaning "two or more") and where the first one was.
struct ResumePathState: Hashable {
  var count: UInt8 = 0
  var first: ByteRange?
  /// The first resume happened in an escaping callback (so a second one races rather than follows).
  var firstInCallback = false
}

/// Follows every path through a continuation closure (or one completion callback inside it), counting
/// resumes per path. Branches fork the state set, joins take unions; loops are followed for zero or one
/// iteration; `do`/`catch` enters each `catch` from the states at the `try`s of the body; `defer` runs at
/// block exits and `return`s. Problems are reported once per second resume.
final class ResumePathInterpreter {
  typealias States = Set<ResumePathState>

  /// A place where a path leaves the closure, and how.
  struct Exit {
    var state: ResumePathState
    /// The `return` statement, or nil when the path falls off the end.
    var at: ByteRange?
    /// The `return` sits in the `else` of a `guard` that leaves for good: one in a completion handler, or one
    /// that binds `self` (`guard let self else { return }`: once `self` is gone it stays gone, however often
    /// the closure is called).
    var fromGuard: Bool
    /// Left through an uncaught `try`/`throw`.
    var byThrow: Bool
    /// That `guard` binds `self`; otherwise it is a completion handler's.
    var selfGuard = false
  }

  /// A second resume: direct (both in this closure's own flow) or racing (one of them in a callback).
  struct Problem: Hashable {
    var second: ByteRange
    var first: ByteRange
    var racing: Bool
  }

  private let scan: ContinuationScan
  private let depth: Int
  private(set) var exits: [Exit] = []
  private(set) var problems: [Problem] = []
  /// Something made the counts unreliable (a loop or callback touching the continuation, a parse error, a
  /// throw out of the closure): say nothing about leaks, and no GOOD.
  private(set) var imprecise = false
  /// A closure kept for later (not passed to a call) resumes the continuation.
  private(set) var storedResumer = false
  /// Callbacks (escaping closures) that resume, as found on any path.
  private(set) var callbackCount = 0
  /// Problems found inside nested callbacks (reported with their own sites).
  private(set) var nestedProblems: [Problem] = []
  private(set) var nestedExits: [Exit] = []

  private var deferScopes: [[SwiftBlock]] = []
  private var loopTargets: [(label: String?, isLoop: Bool, breaks: States, continues: States)] = []
  private var catchCollectors: [States] = []
  /// The states reaching a `fallthrough` in each switch case being followed, innermost last.
  private var fallthroughs: [States] = []
  /// Inside the `else` of a `guard` that leaves for good (see `Exit.fromGuard`), and of one binding `self`.
  private var guardDepth = 0
  private var selfGuardDepth = 0
  /// The closure followed is a completion handler (`isCompletionHandler`): called once, so every `guard`
  /// that leaves it leaves for good.
  private let completionHandler: Bool
  /// Inline closures being followed: a `return` inside ends the closure, not the path.
  private var inlineReturns: [States] = []
  private var reportedSeconds: Set<ByteRange> = []
  private var budget = 50_000

  /// The file's own functions declared `-> Never`: a call to one ends its path.
  private let neverReturning: Set<String>

  /// The continuation is awaited in an instance method's own body: `self` outlives the wait (see
  /// `SwiftWalkContext.selfKeptAlive`), so a `guard let self` cannot fail before the resume.
  private let selfKeptAlive: Bool

  init(
    scan: ContinuationScan, depth: Int = 0, completionHandler: Bool = false, neverReturning: Set<String> = [],
    selfKeptAlive: Bool = false
  ) {
    self.scan = scan
    self.depth = depth
    self.completionHandler = completionHandler
    self.neverReturning = neverReturning
    self.selfKeptAlive = selfKeptAlive
  }

  /// Runs a closure body from a state with no resume; fills `exits`, `problems`.
  func run(_ closure: SwiftClosure) {
    let end = runBlock(closure.statements, [ResumePathState()])
    for state in end { exits.append(Exit(state: state, at: nil, fromGuard: false, byThrow: false)) }
    if budget < 0 { imprecise = true }
  }

  // MARK: statements

  private func runBlock(_ statements: [SwiftStmt], _ input: States) -> States {
    deferScopes.append([])
    var states = input
    for statement in statements {
      if states.isEmpty { break }
      states = runStmt(statement, states)
    }
    let defers = deferScopes.removeLast()
    for block in defers.reversed() where !states.isEmpty { states = runDeferBody(block, states) }
    return states
  }

  private func runDeferBody(_ block: SwiftBlock, _ input: States) -> States {
    let saved = deferScopes
    deferScopes = []
    defer { deferScopes = saved }
    return runBlock(block.statements, input)
  }

  private func runStmt(_ stmt: SwiftStmt, _ input: States) -> States {
    budget -= 1
    if budget < 0 { return [] }
    switch stmt.kind {
    case .expression(let expr): return runExpr(expr, input)
    case .declaration(let decl):
      guard case .variable(let variable) = decl.kind else { return input }
      var states = input
      for binding in variable.bindings { if let value = binding.initializer { states = runExpr(value, states) } }
      return states
    case .if(let ifNode): return runIf(ifNode, input)
    case .guard(let conditions, let elseBlock):
      let states = runConditions(conditions, input)
      let bindsSelf = !selfKeptAlive && conditions.contains(where: Self.bindsSelf)
      // A completion handler's guard that only unwraps (`guard let data else { return }`); one that also
      // tests a condition (`guard let r, r.isFinal`, `guard error == nil`) may filter repeated calls, and
      // one that only unwraps a `self` kept alive cannot fail.
      let onlyKeptSelf = selfKeptAlive && conditions.allSatisfy(Self.bindsSelf)
      let leavesForGood =
        bindsSelf || completionHandler && conditions.allSatisfy(Self.onlyUnwraps) && !onlyKeptSelf
      if leavesForGood { guardDepth += 1 }
      if bindsSelf { selfGuardDepth += 1 }
      let fallOut = runBlock(elseBlock.statements, states)
      if leavesForGood { guardDepth -= 1 }
      if bindsSelf { selfGuardDepth -= 1 }
      return states.union(fallOut)
    case .switch(let switchNode): return runSwitch(switchNode, input, label: nil)
    case .forIn(let loop):
      let states = runExpr(loop.sequence, input)
      return runLoop(label: nil, states, mayRunZeroTimes: true) { self.runBlock(loop.body.statements, $0) }
    case .while(let conditions, let body):
      return runLoop(label: nil, input, mayRunZeroTimes: true) {
        self.runBlock(body.statements, self.runConditions(conditions, $0))
      }
    case .repeatWhile(let body, let condition):
      return runLoop(label: nil, input, mayRunZeroTimes: false) {
        self.runExpr(condition, self.runBlock(body.statements, $0))
      }
    case .do(let body, _, let catches):
      if catches.isEmpty { return runBlock(body.statements, input) }
      catchCollectors.append([])
      let bodyOut = runBlock(body.statements, input)
      let thrown = catchCollectors.removeLast()
      var result = bodyOut
      for clause in catches { result.formUnion(runBlock(clause.body.statements, thrown)) }
      // A catch list that is not exhaustive rethrows; inside a non-throwing closure it must be exhaustive.
      return result
    case .defer(let block):
      if !deferScopes.isEmpty { deferScopes[deferScopes.count - 1].append(block) }
      return input
    case .return(let value):
      var states = value.map { runExpr($0, input) } ?? input
      if !inlineReturns.isEmpty {
        inlineReturns[inlineReturns.count - 1].formUnion(states)
        return []
      }
      for scope in deferScopes.reversed() {
        for block in scope.reversed() where !states.isEmpty { states = runDeferBody(block, states) }
      }
      for state in states {
        exits.append(
          Exit(state: state, at: stmt.range, fromGuard: guardDepth > 0, byThrow: false, selfGuard: selfGuardDepth > 0))
      }
      return []
    case .throw(let value):
      let states = runExpr(value, input)
      throwFrom(states, at: stmt.range)
      return []
    case .break(let label):
      if let index = target(label: label?.text, loopsOnly: false) { loopTargets[index].breaks.formUnion(input) }
      return []
    case .continue(let label):
      if let index = target(label: label?.text, loopsOnly: true) { loopTargets[index].continues.formUnion(input) }
      return []
    case .labeled(let label, let inner):
      switch inner.kind {
      case .forIn(let loop):
        let states = runExpr(loop.sequence, input)
        return runLoop(label: label.text, states, mayRunZeroTimes: true) { self.runBlock(loop.body.statements, $0) }
      case .while(let conditions, let body):
        return runLoop(label: label.text, input, mayRunZeroTimes: true) {
          self.runBlock(body.statements, self.runConditions(conditions, $0))
        }
      case .repeatWhile(let body, let condition):
        return runLoop(label: label.text, input, mayRunZeroTimes: false) {
          self.runExpr(condition, self.runBlock(body.statements, $0))
        }
      case .switch(let switchNode): return runSwitch(switchNode, input, label: label.text)
      default: return runStmt(inner, input)
      }
    case .ifConfig(let clauses):
      // One clause is compiled: the others are alternatives, and an `#if false` one never is.
      var result: States = []
      let compiled = clauses.filter { $0.condition.flatMap(UnreachableCode.literalCondition) != false }
      for clause in compiled { result.formUnion(runBlock(clause.items, input)) }
      let exhaustive = compiled.contains {
        $0.keyword == .else || $0.condition.flatMap(UnreachableCode.literalCondition) == true
      }
      return exhaustive ? result : result.union(input)
    case .yield(let value), .discard(let value): return runExpr(value, input)
    case .fallthrough:
      // Into the next case's body: its switch collects the states (`runSwitch`).
      guard !fallthroughs.isEmpty else { return input }
      fallthroughs[fallthroughs.count - 1].formUnion(input)
      return []
    case .directive: return input
    case .error:
      imprecise = true
      return input
    }
  }

  private func runIf(_ ifNode: SwiftIf, _ input: States) -> States {
    let states = runConditions(ifNode.conditions, input)
    var result = runBlock(ifNode.body.statements, states)
    switch ifNode.elseBranch {
    case .block(let block): result.formUnion(runBlock(block.statements, states))
    case .if(let next): result.formUnion(runIf(next, states))
    case nil: result.formUnion(states)
    }
    return result
  }

  private func runSwitch(_ switchNode: SwiftSwitch, _ input: States, label: String?) -> States {
    let states = runExpr(switchNode.subject, input)
    loopTargets.append((label, false, [], []))
    var result: States = []
    var carried: States = []
    for arm in switchNode.cases {
      var armStates = states
      for item in arm.items { if let clause = item.whereClause { armStates = runExpr(clause, armStates) } }
      // A `fallthrough` above enters this body without matching its patterns.
      armStates.formUnion(carried)
      fallthroughs.append([])
      result.formUnion(runBlock(arm.statements, armStates))
      carried = fallthroughs.removeLast()
    }
    result.formUnion(carried)  // a `fallthrough` in the last case (not valid Swift) goes nowhere known
    let target = loopTargets.removeLast()
    // An empty case list (or one the parser lost) is not a proof that every value is handled.
    if switchNode.cases.isEmpty { result.formUnion(states) }
    return result.union(target.breaks)
  }

  private func runLoop(label: String?, _ input: States, mayRunZeroTimes: Bool, body: (States) -> States) -> States {
    let problemsBefore = problems.count
    let exitsBefore = exits.count
    let callbacksBefore = callbackCount
    loopTargets.append((label, true, [], []))
    let once = body(input)
    let target = loopTargets.removeLast()
    let touched =
      once != input || !target.breaks.isSubset(of: input) || problems.count != problemsBefore
      || exits.count != exitsBefore || callbackCount != callbacksBefore
    if touched { imprecise = true }
    var result = once.union(target.continues).union(target.breaks)
    if mayRunZeroTimes { result.formUnion(input) }
    return result
  }

  private func target(label: String?, loopsOnly: Bool) -> Int? {
    for index in loopTargets.indices.reversed() {
      if let label {
        if loopTargets[index].label == label { return index }
      } else if loopTargets[index].isLoop || !loopsOnly {
        return index
      }
    }
    return nil
  }

  private func runConditions(_ conditions: [SwiftCondition], _ input: States) -> States {
    var states = input
    for condition in conditions {
      switch condition.kind {
      case .expression(let expr): states = runExpr(expr, states)
      case .optionalBinding(_, _, _, let initializer): if let initializer { states = runExpr(initializer, states) }
      case .casePattern(_, _, let initializer): states = runExpr(initializer, states)
      case .availability: break
      }
    }
    return states
  }

  private func throwFrom(_ states: States, at range: ByteRange) {
    if !catchCollectors.isEmpty {
      catchCollectors[catchCollectors.count - 1].formUnion(states)
    } else if !states.isEmpty {
      imprecise = true
      for state in states { exits.append(Exit(state: state, at: range, fromGuard: false, byThrow: true)) }
    }
  }

  // MARK: expressions

  func runExpr(_ expr: SwiftExpr, _ input: States) -> States {
    budget -= 1
    if budget < 0 || input.isEmpty { return [] }
    switch expr.kind {
    case .call(let callee, let arguments, let trailing):
      return runCall(expr, callee: callee, arguments: arguments, trailing: trailing, input)
    case .try(let kind, let inner):
      if kind == .plain { throwFrom(input, at: expr.range) }
      return runExpr(inner, input)
    case .if(let ifNode): return runIf(ifNode, input)
    case .switch(let switchNode): return runSwitch(switchNode, input, label: nil)
    case .ternary(let condition, let then, let otherwise):
      let states = runExpr(condition, input)
      return runExpr(then, states).union(runExpr(otherwise, states))
    case .binary(let op, let lhs, let rhs) where op.text == "??" && touches(lhs) && touches(rhs):
      // `v.map { c.resume(…) } ?? c.resume(…)`: the right side runs when the left gave nothing, which the
      // paths cannot tell from what the left did: neither side is taken as following the other, and the
      // counts are not trusted for leaks.
      imprecise = true
      return runExpr(lhs, input).union(runExpr(rhs, input))
    case .binary(let op, let lhs, let rhs) where op.text == "&&" || op.text == "||" || op.text == "??":
      let states = runExpr(lhs, input)
      return states.union(runExpr(rhs, states))
    case .closure(let closure):
      // A closure kept for later: if it resumes, nobody can say when (or whether) it runs.
      if references(closure) {
        storedResumer = true
        imprecise = true
      }
      return input
    default:
      var states = input
      for child in expr.children { states = runExpr(child, states) }
      return states
    }
  }

  private func runCall(
    _ expr: SwiftExpr, callee: SwiftExpr, arguments: [SwiftArgument], trailing: [SwiftArgument], _ input: States
  ) -> States {
    var states = input
    if let site = scan.resumeSite(callee) {
      for argument in arguments + trailing { states = runExpr(argument.value, states) }
      return resume(states, at: site, inCallback: false)
    }
    let name = SwiftSyntaxQueries.calleeName(callee)?.text
    states = runExpr(callee, states)
    if SwiftCallKinds.isTerminatorCall(callee) || Self.spelledCall(callee).map(neverReturning.contains) == true {
      for argument in arguments + trailing { states = runExpr(argument.value, states) }
      return []
    }
    let inline = name.map { SwiftCallKinds.runsClosureInline($0) } ?? false
    let repeats = name.map { SwiftCallKinds.runsClosureRepeatedly($0) } ?? false
    // Closures given to one call are alternatives (success/failure handlers): they fork, then join.
    // `withTaskCancellationHandler`'s handler races its operation instead.
    let racingArguments = name == "withTaskCancellationHandler"
    var callbackOutcomes: States = []
    var sawCallback = false
    for argument in arguments + trailing {
      guard case .closure(let closure) = SwiftSyntaxQueries.stripped(argument.value).kind else {
        states = runExpr(argument.value, states)
        continue
      }
      if inline && (argument.label == nil || argument.label?.text == "operation" || argument.label?.text == "body") {
        if repeats {
          states = runLoop(label: nil, states, mayRunZeroTimes: true) { self.runInline(closure, $0) }
        } else {
          states = runInline(closure, states)
        }
        continue
      }
      guard references(closure) else { continue }
      let outcome = runCallback(closure, states, calledBy: name)
      if racingArguments {
        states = outcome
      } else {
        callbackOutcomes.formUnion(outcome)
        sawCallback = true
      }
    }
    if sawCallback { states = callbackOutcomes }
    return states
  }

  /// A closure that runs here, once (`withLock { … }`): its `return`s end the closure, not the path.
  private func runInline(_ closure: SwiftClosure, _ input: States) -> States {
    inlineReturns.append([])
    // An error thrown inside leaves through the call (`try lock.withLock { … }`, `Result { … }`): the
    // call's own `try` is the throw point that matters.
    catchCollectors.append([])
    let saved = deferScopes
    deferScopes = []
    let end = runBlock(closure.statements, input)
    deferScopes = saved
    catchCollectors.removeLast()
    return end.union(inlineReturns.removeLast())
  }

  /// An escaping closure that uses the continuation: followed on its own (it may run later, once), then
  /// counted on this path as one resume made by a callback.
  private func runCallback(_ closure: SwiftClosure, _ input: States, calledBy callee: String?) -> States {
    guard depth < 8 else {
      imprecise = true
      return input
    }
    let inner = ResumePathInterpreter(
      scan: scan, depth: depth + 1, completionHandler: Self.isCompletionHandler(closure, calledBy: callee),
      neverReturning: neverReturning, selfKeptAlive: selfKeptAlive)
    inner.run(closure)
    nestedProblems += inner.problems + inner.nestedProblems
    nestedExits += inner.nestedExits
    if inner.imprecise || inner.storedResumer { imprecise = true }
    let resumingExits = inner.exits.filter { $0.state.count > 0 }
    guard let first = resumingExits.compactMap(\.state.first).min() else {
      // Uses the continuation without resuming it on any path: the scan counted that as an escape.
      return input
    }
    callbackCount += 1
    // A callback that resumes on some paths only, or that gives up when its owner is gone, is judged on its
    // own exits; for the enclosing path it stands for one resume.
    // A completion handler's guard leaks only if the handler resumes on every other way out: one that
    // sometimes just returns (`if results.count == 2 { resume }`) is called more than once.
    let othersResume = inner.exits.allSatisfy { $0.fromGuard || $0.state.count >= 1 }
    nestedExits += inner.exits.map { exit in
      var copy = exit
      copy.state.firstInCallback = true
      if !othersResume && !exit.selfGuard { copy.fromGuard = false }
      return copy
    }
    if inner.exits.contains(where: { $0.state.count != 1 }) { imprecise = true }
    return resume(input, at: first, inCallback: true)
  }

  private func resume(_ input: States, at site: ByteRange, inCallback: Bool) -> States {
    var result: States = []
    for var state in input {
      if state.count == 0 {
        state.count = 1
        state.first = site
        state.firstInCallback = inCallback
      } else {
        if let first = state.first, first != site, !reportedSeconds.contains(site) {
          reportedSeconds.insert(site)
          problems.append(Problem(second: site, first: first, racing: inCallback || state.firstInCallback))
        }
        state.count = 2
      }
      result.insert(state)
    }
    return result
  }

  /// Whether the expression mentions a tracked name.
  private func touches(_ expr: SwiftExpr) -> Bool {
    var budget = 20_000
    return SwiftSyntaxQueries.uses(scan.names, in: [.expr(expr)], budget: &budget)
  }

  /// Whether the closure mentions a tracked name at all.
  private func references(_ closure: SwiftClosure) -> Bool {
    var budget = 20_000
    return SwiftSyntaxQueries.uses(scan.names, in: closure.statements.map { .stmt($0) }, budget: &budget)
  }
}
