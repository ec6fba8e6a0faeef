import CSharpFrontend
import SourceModel

/// How a call runs the lambdas passed to it.
enum LauncherKind {
  case none
  /// Runs it once, concurrently with the caller: `Task.Run`, `StartNew`, `ThreadPool.QueueUserWorkItem`,
  /// `new Thread(…)`, each action of `Parallel.Invoke`.
  case once
  /// Runs it many times concurrently: `Parallel.For`, `Parallel.ForEach`, `Parallel.ForEachAsync`.
  case many
  /// `Task.WhenAll` / `WhenAny`: its arguments are all in flight together.
  case whenAll
  /// `list.Add(x)` and friends: the argument is stored.
  case collectionAdd
}

/// Closures: a capture is not a consumption until the closure runs. Lambdas passed to a launcher run there
/// (concurrently); closures stored in locals and local functions run where they are called; any other
/// lambda may run any number of times, so the values it uses are no longer judged.
extension FlowWalker {
  static let collectionAdders: Set<String> = [
    "Add", "Enqueue", "Push", "Insert", "TryAdd", "AddLast", "AddFirst", "TryEnqueue", "TryPush",
  ]

  func launcherKind(_ callee: Expr) -> LauncherKind {
    guard case .memberAccess(let receiver, let name, _, _) = callee.kind else { return .none }
    var receiverName: String?
    switch receiver.kind {
    case .name(let n, _): receiverName = n.text
    case .memberAccess(_, let n, _, _): receiverName = n.text
    default: break
    }
    switch name.text {
    case "Run" where receiverName == "Task": return .once
    case "StartNew": return .once
    case "For", "ForEach", "ForEachAsync":
      if receiverName == "Parallel" { return .many }
    case "Invoke" where receiverName == "Parallel": return .once
    case "QueueUserWorkItem", "UnsafeQueueUserWorkItem":
      if receiverName == "ThreadPool" { return .once }
    case "WhenAll", "WhenAny": return .whenAll
    default: break
    }
    if Self.collectionAdders.contains(name.text) { return .collectionAdd }
    return .none
  }

  /// The closure a call invokes by name: `f()`, `f.Invoke()`, `LocalFunction()`.
  func invokedClosure(_ callee: Expr) -> PendingFunction.Body? {
    var target = callee
    if case .memberAccess(let receiver, let name, _, _) = callee.kind, name.text == "Invoke" { target = receiver }
    guard case .name(let name, _) = stripped(target).kind, let variable = lookup(name.text) else { return nil }
    switch variables[variable].kind {
    case .closure(let lambda): return .lambda(lambda)
    case .localFunction(let method): return .method(method)
    default: return nil
    }
  }

  /// Queues a lambda or local function to be analyzed on its own (its own locals and temporaries).
  func queueStandalone(_ body: PendingFunction.Body, dropsResult: Bool = false) {
    guard captureDepth == 0 else { return }
    guard queued.insert(body.key).inserted else { return }
    // Only names its code can look up matter to its analysis: those written in the body or in the closures
    // and local functions it can reach by name (re-declaring every local for every lambda was a visible
    // share of the analysis). Escaped spellings defeat a byte search: keep everything then.
    let reach = reachableBodies(from: body)
    let filtered = !reach.contains { syntaxSummary($0).hasEscapedName }
    var outer: [(name: String, info: VariableInfo)] = []
    for entry in scopes.entries where entry.live {
      if filtered, !reach.contains(where: { mentions(entry.name, in: $0) }) { continue }
      var info = variables[entry.variable]
      if case .tracked = info.kind { info.kind = .plain }
      outer.append((entry.name, info))
    }
    pending.append(PendingFunction(body: body, outer: outer, dropsResult: dropsResult))
  }

  /// A closure handed somewhere vtlint cannot follow: values it uses are no longer judged.
  func closureEscapes(_ body: PendingFunction.Body) {
    queueStandalone(body)
    opaqueCaptureDepth += 1
    runClosure(body, site: nil, concurrent: false, times: 1)
    opaqueCaptureDepth -= 1
  }

  /// Walks a closure body here, for the captured values it consumes. `site` (a call by name) is where its
  /// consumptions are reported.
  func runClosure(_ body: PendingFunction.Body, site: ByteRange?, concurrent: Bool, times: Int) {
    let key = body.key
    guard captureDepth < 8, walkMayMatter(body) else { return }
    guard activeClosures.insert(key).inserted else { return }
    defer { activeClosures.remove(key) }
    let run = ClosureRunMemo.Key(
      closure: key, names: scopes.contentID, state: state, captureDepth: captureDepth, depth: depth,
      site: siteOverride ?? site, concurrent: concurrent || concurrentDepth > 0, opaque: opaqueCaptureDepth > 0,
      times: times, active: activeClosures)
    if let known = closureRuns.runs[run] {
      state = known
      return
    }
    let before = state
    let savedOverride = siteOverride
    if siteOverride == nil { siteOverride = site }
    captureDepth += 1
    if concurrent { concurrentDepth += 1 }
    for _ in 0..<times { walkClosureBody(body) }
    if concurrent { concurrentDepth -= 1 }
    captureDepth -= 1
    siteOverride = savedOverride
    // A launched closure that throws does not end the caller's path; a called one rarely always throws.
    if !state.reachable { state = before }
    closureRuns.runs[run] = state
  }

  /// Should the closure be walked here? The answer depends on the tracked variables, closures and local
  /// functions in scope, so it is worked out once per scope generation; only a `catch` in reach also
  /// depends on the current counts.
  func walkMayMatter(_ body: PendingFunction.Body) -> Bool {
    let key = body.key
    let need: ClosureWalkNeed
    let cacheKey = WalkNeedKey(closure: key, generation: scopeGeneration)
    if let known = walkNeeds[cacheKey] {
      need = known
    } else {
      need = mayUseCaptures(body) ? walkNeed(body) : .never
      walkNeeds[cacheKey] = need
    }
    switch need {
    case .never: return false
    case .always: return true
    // A handler's entry raises each value's fewest consumptions to its most: no change when they agree.
    case .whenCountsDiffer: return state.values.values.contains { $0.minCount != $0.maxCount }
    }
  }

  /// Could running this closure touch a captured value? Only if its text mentions a tracked variable, a
  /// closure or a local function in scope. A byte search of the body for those few names: walking closures
  /// that use nothing tracked (most of them) would dominate the analysis on lambda-heavy code.
  func mayUseCaptures(_ body: PendingFunction.Body) -> Bool {
    for entry in scopes.entries where entry.live && entry.isNonPlain {
      if mentions(entry.name, in: body) { return true }
    }
    return false
  }

  /// Does the closure's text mention `name`? Kept per file: the same closures are asked about the same
  /// few names each time the names in scope change, and local function bodies can be long.
  func mentions(_ name: String, in body: PendingFunction.Body) -> Bool {
    let key = ResolutionMemo.Mention(closure: body.key, name: name)
    if let known = context.resolutionMemo.mentions[key] { return known }
    let found = context.mentions(name, in: body.range)
    context.resolutionMemo.mentions[key] = found
    return found
  }

  /// Could walking this closure here change anything at all? A walk changes the walker only through a
  /// tracked variable named somewhere in the code it walks (values are never tracked inside a closure), a
  /// `goto` or label (the method is given up), or a `catch` handler, whose entry state counts every value
  /// as consumed as often as it may have been. The code a walk can reach is the body itself plus, by name,
  /// the closures and local functions in scope that it or they mention; when none of it names a tracked
  /// variable or holds those statements, the walk would leave everything as it was, so it is skipped.
  /// Local functions calling each other inside loops made these empty walks most of the analysis.
  func walkNeed(_ body: PendingFunction.Body) -> ClosureWalkNeed {
    let reach = reachableBodies(from: body)
    var hasCatch = false
    for next in reach {
      let summary = syntaxSummary(next)
      if summary.hasGotoOrLabel || summary.hasEscapedName { return .always }
      if summary.hasCatch { hasCatch = true }
    }
    for entry in scopes.entries where entry.live && entry.isNonPlain {
      guard case .tracked = variables[entry.variable].kind else { continue }
      for next in reach where mentions(entry.name, in: next) { return .always }
    }
    return hasCatch ? .whenCountsDiffer : .never
  }

  /// The body and every closure or local function in scope that it reaches by name, directly or through
  /// others: all the code a walk of it here can enter (closures declared inside lie within these).
  func reachableBodies(from body: PendingFunction.Body) -> [PendingFunction.Body] {
    // A lambda is queued and then run right away: the second question is the same as the first.
    if let last = lastReach, last.key == body.key, last.generation == scopeGeneration { return last.reach }
    let reach = findReachableBodies(from: body)
    lastReach = (body.key, scopeGeneration, reach)
    return reach
  }

  private func findReachableBodies(from body: PendingFunction.Body) -> [PendingFunction.Body] {
    var callables: [(name: String, variable: Int)] = []
    for entry in scopes.entries where entry.live && entry.isNonPlain {
      switch variables[entry.variable].kind {
      case .closure, .localFunction: callables.append((entry.name, entry.variable))
      case .tracked, .plain: continue
      }
    }
    var reach: [PendingFunction.Body] = [body]
    guard !callables.isEmpty else { return reach }
    var seen: Set<UInt32> = [body.key]
    var added = [Bool](repeating: false, count: callables.count)
    var index = 0
    while index < reach.count {
      let next = reach[index]
      index += 1
      for (position, callable) in callables.enumerated() where !added[position] {
        guard mentions(callable.name, in: next), let found = variables[callable.variable].kind.closureBody else {
          continue
        }
        added[position] = true
        if seen.insert(found.key).inserted { reach.append(found) }
      }
    }
    return reach
  }

  /// The closure's syntax summary, worked out once per file.
  func syntaxSummary(_ body: PendingFunction.Body) -> ClosureSyntaxSummary {
    if let known = context.resolutionMemo.closureSummaries[body.key] { return known }
    var summary = ClosureSyntaxSummary(body)
    summary.hasEscapedName = context.mayHoldEscapedIdentifier(body.range)
    context.resolutionMemo.closureSummaries[body.key] = summary
    return summary
  }

  private func walkClosureBody(_ body: PendingFunction.Body) {
    pushScope()
    frames.append(FunctionFrame())
    let parameters: [Parameter]
    switch body {
    case .lambda(let lambda): parameters = lambda.parameters
    case .method(let method): parameters = method.parameters
    }
    for parameter in parameters {
      _ = declareVariable(
        parameter.name.text, VariableInfo(name: parameter.name.text, kind: .plain, typeName: parameter.type?.lastName))
    }
    switch body {
    case .lambda(let lambda):
      switch lambda.body {
      case .expression(let expr): walk(expr, .consumed(form: "returned from a lambda", site: expr.range))
      case .block(let block): walkBlock(block)
      }
    case .method(let method):
      switch method.body {
      case .expression(let expr): walk(expr, .consumed(form: "returned from a local function", site: expr.range))
      case .block(let block): walkBlock(block)
      case nil: break
      }
    }
    let frame = frames.removeLast()
    state = join(state, frame.returns)
    popScope()
  }
}

/// Whether walking a closure where it runs can change anything, as far as the names in scope tell.
enum ClosureWalkNeed {
  case never
  case always
  /// Only through a `catch` handler: when some value's fewest and most consumptions differ.
  case whenCountsDiffer
}

extension VariableInfo.Kind {
  /// The body a closure or local function variable runs.
  var closureBody: PendingFunction.Body? {
    switch self {
    case .closure(let lambda): return .lambda(lambda)
    case .localFunction(let method): return .method(method)
    case .tracked, .plain: return nil
    }
  }
}

extension PendingFunction.Body {
  /// Where the body starts: a stable key for the closure within its file.
  var key: UInt32 {
    switch self {
    case .lambda(let lambda): return lambda.startOffset
    case .method(let method): return method.range.start
    }
  }

  /// The bytes a mention of a captured name must fall in.
  var range: ByteRange {
    switch self {
    case .lambda(let lambda):
      switch lambda.body {
      case .expression(let expr): return expr.range
      case .block(let block): return block.range
      }
    case .method(let method): return method.range
    }
  }
}

extension Lambda {
  /// Where the lambda's body starts: a stable key for it.
  var startOffset: UInt32 {
    switch body {
    case .expression(let expr): return expr.range.start
    case .block(let block): return block.range.start
    }
  }
}
