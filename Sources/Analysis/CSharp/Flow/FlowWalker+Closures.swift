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
    let start: UInt32
    switch body {
    case .lambda(let lambda): start = lambda.startOffset
    case .method(let method): start = method.range.start
    }
    guard queued.insert(start).inserted else { return }
    var outer: [(name: String, info: VariableInfo)] = []
    for scope in scopes {
      for (name, variable) in scope {
        var info = variables[variable]
        if case .tracked = info.kind { info.kind = .plain }
        outer.append((name, info))
      }
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
    let key: UInt32
    switch body {
    case .lambda(let lambda): key = lambda.startOffset
    case .method(let method): key = method.range.start
    }
    guard captureDepth < 8, mayUseCaptures(body) else { return }
    guard activeClosures.insert(key).inserted else { return }
    defer { activeClosures.remove(key) }
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
  }

  /// Could running this closure touch a captured value? Only if its text mentions a tracked variable, a
  /// closure or a local function in scope. A byte search of the body for those few names: walking closures
  /// that use nothing tracked (most of them) would dominate the analysis on lambda-heavy code.
  func mayUseCaptures(_ body: PendingFunction.Body) -> Bool {
    let range: ByteRange
    switch body {
    case .lambda(let lambda):
      switch lambda.body {
      case .expression(let expr): range = expr.range
      case .block(let block): range = block.range
      }
    case .method(let method): range = method.range
    }
    for scope in scopes {
      for (name, variable) in scope {
        switch variables[variable].kind {
        case .plain: continue
        case .tracked, .closure, .localFunction: break
        }
        if context.mentions(name, in: range) { return true }
      }
    }
    return false
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

extension Lambda {
  /// Where the lambda's body starts: a stable key for it.
  var startOffset: UInt32 {
    switch body {
    case .expression(let expr): return expr.range.start
    case .block(let block): return block.range.start
    }
  }
}
