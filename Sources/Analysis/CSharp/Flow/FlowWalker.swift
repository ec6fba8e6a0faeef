import CSharpFrontend
import SourceModel

/// Walks one function body over the syntax tree, following every one-shot value through statements with
/// per-path consumption counts, and records facts. One walker per function body; closures found inside are
/// walked where they run (for the values they capture) and queued to be analyzed on their own.
final class FlowWalker {
  let context: FileContext
  let member: String?
  /// The simple name of the type whose member is walked (receiver type of unqualified calls).
  let currentTypeName: String?

  var facts: [OneShotFact] = []
  private var factKeys: Set<FactKey> = []
  var variables: [VariableInfo] = []
  /// The names in scope, each bound to an index into `variables`.
  var scopes = NameScopes()
  /// Changes whenever the tracked variables, closures or local functions in scope change: whether a
  /// closure walk can matter depends only on those (and the counts), so the answer is kept per generation.
  var scopeGeneration: Int { scopes.nonPlainGeneration }
  /// Per closure and scope generation: whether walking it there can matter.
  var walkNeeds: [WalkNeedKey: ClosureWalkNeed] = [:]

  struct WalkNeedKey: Hashable {
    var closure: UInt32
    var generation: Int
  }
  /// The last closure whose reachable bodies were worked out, in which scope generation, and those bodies.
  var lastReach: (key: UInt32, generation: Int, reach: [PendingFunction.Body])?
  /// Closure runs already walked, replayed when the same run comes again.
  var closureRuns = ClosureRunMemo()
  var values: [ValueInfo] = []
  /// Values by where they are defined (start and end: `a.B()` and `a.B().C()` start at the same byte).
  var valueIDs: [UInt64: Int] = [:]
  var state = PathState()
  var frames: [FunctionFrame] = [FunctionFrame()]
  /// A `goto` or label was seen, or the loops took more than `loopIterationBudget` walks of their bodies:
  /// the method's tracked values are not judged (say less).
  var gaveUp = false
  /// Walks of loop bodies so far. A loop is walked until its state settles (at most 4 times), so nested
  /// loops multiply: a loop walked again walks the loops inside it again. Plain nesting settles in about
  /// two walks a level, but loops that each consume the values made around them settle anew on every outer
  /// walk (ten such levels pass the budget). Past the budget the walker gives up, and every loop is walked
  /// once from then on.
  var loopIterations = 0
  static let loopIterationBudget = 2_000
  /// > 0 while walking a closure body where it runs: its own declarations are not tracked and its
  /// temporaries are left to its own analysis.
  var captureDepth = 0
  /// > 0 inside a closure vtlint cannot follow: captured values used there become opaque.
  var opaqueCaptureDepth = 0
  /// > 0 while consumptions may run concurrently with later ones.
  var concurrentDepth = 0
  /// While running a closure called by name, consumptions are reported at the call.
  var siteOverride: ByteRange?
  var activeClosures: Set<UInt32> = []
  var pending: [PendingFunction] = []
  /// Closures and local functions queued to be analyzed on their own, by this walker or (for the walker of
  /// a queued body) by those before it in the member: each is queued once.
  var queued: Set<UInt32> = []
  /// Guards against pathological nesting.
  var depth = 0
  static let maxDepth = 200

  private struct FactKey: Hashable {
    var kind: OneShotFact.Kind
    var valueID: Int
    var start: UInt32
  }

  init(context: FileContext, member: String?, currentTypeName: String?) {
    self.context = context
    self.member = member
    self.currentTypeName = currentTypeName
  }

  // MARK: - Names

  func declareVariable(_ name: String, _ info: VariableInfo) -> Int {
    // Room for a typical body's locals at once (see `NameScopes.initialCapacity`).
    if variables.capacity == 0 { variables.reserveCapacity(8) }
    variables.append(info)
    let id = variables.count - 1
    scopes.declare(name, variable: id, isNonPlain: !info.kind.isPlain)
    return id
  }

  func lookup(_ name: String) -> Int? { scopes.lookup(name) }

  func pushScope() { scopes.push() }
  func popScope() { scopes.pop() }

  /// The value a tracked variable holds on the current paths, if one (not a conflict).
  func trackedValue(_ name: String) -> (variable: Int, value: Int?)? {
    guard let variable = lookup(name), case .tracked = variables[variable].kind else { return nil }
    guard let value = state.binding[variable], value != PathState.conflict else { return (variable, nil) }
    return (variable, value)
  }

  // MARK: - Values

  /// The value defined at `definition` (stable across re-walks of loops), reset to unconsumed.
  func defineValue(subject: String, definition: ByteRange, origin: ValueInfo.Origin) -> Int {
    let id: Int
    if let existing = valueIDs[Self.key(definition)] {
      id = existing
    } else {
      values.append(ValueInfo(subject: subject, definition: definition, origin: origin))
      id = values.count - 1
      valueIDs[Self.key(definition)] = id
    }
    if state.reachable { state.values[id] = ValueState() }
    return id
  }

  func makeOpaque(_ value: Int) { values[value].opaque = true }

  static func key(_ range: ByteRange) -> UInt64 { UInt64(range.start) << 32 | UInt64(range.end) }

  func noteUse(_ value: Int, completionCheck: Bool) {
    if values[value].firstUse == .none { values[value].firstUse = completionCheck ? .completionCheck : .other }
  }

  /// One consumption of a tracked value on the current paths.
  func consume(_ value: Int, form: UseText, site: ByteRange, blocking: Bool) {
    guard state.reachable, var current = state.values[value] else { return }
    noteUse(value, completionCheck: false)
    if opaqueCaptureDepth > 0 {
      makeOpaque(value)
      return
    }
    let site = siteOverride ?? site
    // After a use vtlint cannot follow (`vt.Wait()`, an extension method that may block until it is done, or
    // a `ref` argument), whether the value is complete is unknown: its result read is not judged.
    if blocking && !current.complete && !values[value].completeByDesign && !values[value].opaque
      && !values[value].completionReadElsewhere
    {
      record(
        .blockingBeforeCompletion, value: value, range: site, subject: values[value].subject,
        detail: form.description)
    }
    if current.maxCount >= 1 && values[value].holdsNoSource {
      current.maxCount = 2
      current.minCount = min(current.minCount + 1, 2)
    } else if current.maxCount >= 1 {
      let concurrent = current.firstConcurrent
      record(
        concurrent ? .concurrentConsumption : .consumedTwice, value: value, range: site, earlier: current.first,
        subject: values[value].subject, detail: form.description)
      current.maxCount = 2
      current.minCount = min(current.minCount + 1, 2)
    } else {
      current.first = site
      current.firstConcurrent = concurrentDepth > 0
      current.minCount = 1
      current.maxCount = 1
    }
    state.values[value] = current
  }

  func record(
    _ kind: OneShotFact.Kind, value: Int, range: ByteRange, earlier: ByteRange? = nil, subject: String,
    detail: String
  ) {
    guard factKeys.insert(FactKey(kind: kind, valueID: value, start: range.start)).inserted else { return }
    facts.append(
      OneShotFact(
        kind: kind, valueID: value, range: range, earlier: earlier, subject: subject, detail: detail,
        enclosingMember: member))
  }

  /// A temporary one-shot value (a call result used in place): one fact, keyed by where it is produced.
  func temporary(_ expr: Expr, use: Use) {
    guard captureDepth == 0 else { return }
    let id = valueIDs[Self.key(expr.range)] ?? defineTemporary(expr)
    let subject = values[id].subject
    switch use {
    case .consumed(let form, _):
      record(.consumedOnce, value: id, range: expr.range, subject: subject, detail: form.description)
    case .blocking(let form, let site):
      if completesByDesign(expr) {
        record(
          .consumedOnce, value: id, range: expr.range, subject: subject,
          detail: form.description + ", complete by design")
      } else {
        record(
          .blockingBeforeCompletion, value: id, range: site, subject: subject,
          detail: form.description + " directly on the call")
      }
    case .dropped(let discard):
      record(
        .notConsumed, value: id, range: expr.range, subject: subject,
        detail: discard ? "discarded with '_ =' and never consumed" : "dropped without being consumed")
    case .stored(let destination, let site):
      // Keeping a value with no source behind it (`static readonly ValueTask Done = new ValueTask();`) is safe.
      if holdsNoSource(expr) { break }
      record(.storedInField, value: id, range: site, subject: subject, detail: destination.description)
    case .ignored, .moved, .unknown:
      break
    }
  }

  private func defineTemporary(_ expr: Expr) -> Int {
    var info = ValueInfo(subject: context.describe(expr), definition: expr.range, origin: .other)
    info.isTemporary = true
    values.append(info)
    valueIDs[Self.key(expr.range)] = values.count - 1
    return values.count - 1
  }

  // MARK: - Merging

  /// Joins two path states; values whose variable differs between the paths are no longer judged.
  func join(_ a: PathState, _ b: PathState) -> PathState {
    let (merged, conflicted) = a.joined(with: b)
    for value in conflicted { makeOpaque(value) }
    return merged
  }

  // MARK: - Verdicts at the end of the function

  /// Adds the verdicts that depend on every path: stored-in-local, not-consumed, consumed-once.
  func finish(exit: PathState) {
    if gaveUp {
      facts.removeAll { !values[$0.valueID].isTemporary }
      return
    }
    let judged = Set(facts.map(\.valueID))
    for (id, info) in values.enumerated() where !info.opaque && !info.escaped && !judged.contains(id) {
      guard info.origin == .call || info.origin == .parameter, let end = exit.values[id] else { continue }
      switch info.origin {
      case .call:
        if end.maxCount == 0 {
          record(.notConsumed, value: id, range: info.definition, subject: info.subject, detail: "never consumed")
        } else if end.minCount == 0 {
          record(
            .notConsumed, value: id, range: info.definition, subject: info.subject,
            detail: "not consumed on some path")
        } else if end.maxCount == 1 {
          if info.firstUse == .completionCheck {
            record(
              .consumedOnce, value: id, range: info.definition, subject: info.subject,
              detail: "completion fast path, then consumed once")
          } else {
            record(
              .storedInLocal, value: id, range: info.definition, subject: info.subject,
              detail: "consumed once on every path")
          }
        }
      case .parameter:
        if end.minCount == 1 && end.maxCount == 1 {
          record(.consumedOnce, value: id, range: info.definition, subject: info.subject, detail: "parameter")
        }
      default:
        break
      }
    }
  }
}
