import SourceModel
import SwiftFrontend

/// VT0105 and the GOOD verdict for streams: within one function, which bodies (the function itself, each
/// task or child-task closure) consume each stream local, and whether two of them can run at once.
enum StreamAnalysis {
  /// Type names whose second concurrent consumer traps.
  static let trappingTypes: Set<String> = [
    "AsyncThrowingStream", "NIOAsyncSequenceProducer", "NIOThrowingAsyncSequenceProducer",
    "NIOAsyncChannelInboundStream", "HTTPClientResponse.Body",
  ]

  static func facts(in statements: [SwiftStmt], parameters: [SwiftParameter] = [], enclosingMember: String?)
    -> [StreamFact]
  {
    var collector = StreamCollector()
    for parameter in parameters {
      guard let name = parameter.localName?.text, let type = parameter.type else { continue }
      collector.declare(name, typeName: typeKey(type))
    }
    collector.collectList(statements, body: 0, loopDepth: 0, depth: 0)
    return collector.facts(enclosingMember: enclosingMember)
  }

  /// `AsyncThrowingStream` for `AsyncThrowingStream<Int, Error>`, `HTTPClientResponse.Body` for that type.
  static func typeKey(_ type: SwiftType) -> String? {
    switch type.kind {
    case .named(let segments):
      let names = segments.map(\.name.text)
      if names.count >= 2 && trappingTypes.contains(names.suffix(2).joined(separator: ".")) {
        return names.suffix(2).joined(separator: ".")
      }
      return names.last
    case .attributed(_, _, let inner): return typeKey(inner)
    default: return nil
    }
  }

  static func kind(ofTypeKey key: String) -> StreamKind? {
    if key == "AsyncStream" { return .splitting }
    return trappingTypes.contains(key) ? .trapping : nil
  }
}

/// The walk behind `StreamAnalysis`; its arms and joins are in `StreamAnalysis+Arms.swift`.
struct StreamCollector {
  struct Body {
    var parent: Int
    /// The call that started it.
    var spawn: ByteRange
    /// Started inside a loop: several copies run at once.
    var spawnedInLoop: Bool
    /// The local holding its task (`let t = Task { … }`), if any: `await t.value` waits for it to finish.
    var handle: String? = nil
    /// The branches around the call that started it, and how many loops of its parent hold that call.
    var spawnPath: BranchPath = []
    var spawnLoopDepth = 0
  }

  /// Which arm of which `if`/`switch` a point sits in: one step per enclosing branch, outermost first.
  typealias BranchPath = [(statement: UInt32, arm: Int)]

  /// `await t.value` / `await t.result`: body `body` waits here for the task held in `handle`.
  struct Join {
    var handle: String
    var offset: UInt32
    var body: Int
    var path: BranchPath
    var loopDepth: Int
  }

  struct Site {
    var name: String
    var range: ByteRange
    var body: Int
    var inLoop: Bool
    /// Inside a closure of unknown timing (not a task, not run inline).
    var inCallback: Bool
    /// A `next()` on an iterator made from the stream (the same consumer as the `makeAsyncIterator()`).
    var isIteratorUse = false
    var path: BranchPath = []
  }

  var streamTypes: [String: String] = [:]
  var declarationCounts: [String: Int] = [:]
  var references: [String: Int] = [:]
  /// `var iterator = stream.makeAsyncIterator()`: iterator name → stream name.
  var iterators: [String: String] = [:]
  var bodies: [Body] = [Body(parent: -1, spawn: ByteRange(start: 0, end: 0), spawnedInLoop: false)]
  var sites: [Site] = []
  var budget = 300_000
  var callbackDepth = 0
  /// The branches around the point being collected (`BranchPath`).
  var branchPath: BranchPath = []
  /// For an `if`/`switch`/`guard` some of whose arms always leave: those arms (the code after it is arm
  /// `afterArms`).
  var leavingArms: [UInt32: Set<Int>] = [:]
  var joins: [Join] = []
  /// Set while collecting the initializer of `let name = …`: a task started there is held in `name`.
  var pendingHandle: String?

  mutating func declare(_ name: String, typeName: String?) {
    declarationCounts[name, default: 0] += 1
    if let typeName, StreamAnalysis.kind(ofTypeKey: typeName) != nil { streamTypes[name] = typeName }
  }

  mutating func collect(_ node: SwiftNode, body: Int, loopDepth: Int, depth: Int) {
    budget -= 1
    guard budget > 0, depth < 500 else { return }
    switch node {
    case .decl(let decl):
      switch decl.kind {
      case .variable(let variable):
        let asyncLet = decl.hasModifier("async")
        for binding in variable.bindings {
          noteDeclaration(binding)
          if let value = binding.initializer {
            if asyncLet {
              let child = spawn(at: binding.range, parent: body, inLoop: loopDepth > 0)
              collect(.expr(value), body: child, loopDepth: 0, depth: depth + 1)
            } else {
              let names = binding.pattern.boundNames
              pendingHandle = names.count == 1 ? names[0].text : nil
              collect(.expr(value), body: body, loopDepth: loopDepth, depth: depth + 1)
              pendingHandle = nil
            }
          }
        }
      case .function(let function):
        // A nested function is another body; its parameters may shadow.
        for parameter in function.parameters {
          if let n = parameter.localName?.text { declarationCounts[n, default: 0] += 2 }
        }
      default: break
      }
      return
    case .stmt(let stmt):
      switch stmt.kind {
      case .forIn(let loop):
        for name in loop.pattern.boundNames { declarationCounts[name.text, default: 0] += 2 }
        if loop.isAwait, let name = SwiftSyntaxQueries.stripped(loop.sequence).identifierName {
          sites.append(
            Site(
              name: name, range: loop.sequence.range, body: body, inLoop: loopDepth > 0,
              inCallback: callbackDepth > 0, path: branchPath))
          references[name, default: 0] -= 1  // the identifier itself is counted again below
        }
        collect(.expr(loop.sequence), body: body, loopDepth: loopDepth, depth: depth + 1)
        if let clause = loop.whereClause {
          collect(.expr(clause), body: body, loopDepth: loopDepth + 1, depth: depth + 1)
        }
        collectList(loop.body.statements, body: body, loopDepth: loopDepth + 1, depth: depth + 1)
        return
      case .while, .repeatWhile:
        for child in node.children { collect(child, body: body, loopDepth: loopDepth + 1, depth: depth + 1) }
        return
      case .if(let ifNode):
        collectBranches(ifNode, at: stmt.range.start, arm: 0, body: body, loopDepth: loopDepth, depth: depth)
        return
      case .ifConfig(let clauses):
        // One clause is compiled (never an `#if false` one): the clauses are exclusive arms.
        for (arm, clause) in clauses.enumerated()
        where clause.condition.flatMap(UnreachableCode.literalCondition) != false {
          branchPath.append((stmt.range.start, arm))
          collectList(clause.items, body: body, loopDepth: loopDepth, depth: depth + 1)
          branchPath.removeLast()
        }
        return
      case .switch(let switchNode):
        collectSwitch(switchNode, at: stmt.range.start, body: body, loopDepth: loopDepth, depth: depth)
        return
      default: break
      }
    case .expr(let expr):
      switch expr.kind {
      case .identifier(let name, _):
        references[name.text, default: 0] += 1
        return
      case .ternary(let condition, let then, let otherwise):
        collect(.expr(condition), body: body, loopDepth: loopDepth, depth: depth + 1)
        for (arm, branch) in [then, otherwise].enumerated() {
          branchPath.append((expr.range.start, arm))
          collect(.expr(branch), body: body, loopDepth: loopDepth, depth: depth + 1)
          branchPath.removeLast()
        }
        return
      case .if(let ifNode):
        collectBranches(ifNode, at: expr.range.start, arm: 0, body: body, loopDepth: loopDepth, depth: depth)
        return
      case .switch(let switchNode):
        collectSwitch(switchNode, at: expr.range.start, body: body, loopDepth: loopDepth, depth: depth)
        return
      case .await(let inner):
        if callbackDepth == 0, let handle = Self.joinedTask(inner) {
          joins.append(
            Join(handle: handle, offset: expr.range.end, body: body, path: branchPath, loopDepth: loopDepth))
        }
      case .closure(let closure):
        noteParameters(closure)
        callbackDepth += 1
        collectList(closure.statements, body: body, loopDepth: 0, depth: depth + 1)
        callbackDepth -= 1
        return
      case .call(let callee, let arguments, let trailing):
        if case .memberAccess(let base?, let member, _) = callee.kind, member.text == "makeAsyncIterator",
          let name = SwiftSyntaxQueries.stripped(base).identifierName
        {
          sites.append(
            Site(
              name: name, range: member.range, body: body, inLoop: loopDepth > 0, inCallback: callbackDepth > 0,
              path: branchPath))
          references[name, default: 0] -= 1
        }
        if case .memberAccess(let base?, let member, _) = callee.kind, member.text == "next",
          let iterator = SwiftSyntaxQueries.stripped(base).identifierName, let stream = iterators[iterator]
        {
          sites.append(
            Site(
              name: stream, range: member.range, body: body, inLoop: loopDepth > 0, inCallback: callbackDepth > 0,
              isIteratorUse: true, path: branchPath))
        }
        collect(.expr(callee), body: body, loopDepth: loopDepth, depth: depth + 1)
        let startsTask = BlockingCalls.startsTask(callee: callee)
        let calleeName = SwiftSyntaxQueries.calleeName(callee)?.text
        let inline = calleeName.map(SwiftCallKinds.runsClosureInline) ?? false
        for argument in arguments + trailing {
          guard case .closure(let closure) = SwiftSyntaxQueries.stripped(argument.value).kind else {
            collect(.expr(argument.value), body: body, loopDepth: loopDepth, depth: depth + 1)
            continue
          }
          noteParameters(closure)
          if startsTask {
            let child = spawn(at: callee.range, parent: body, inLoop: loopDepth > 0, loopDepth: loopDepth)
            bodies[child].handle = pendingHandle
            collectList(closure.statements, body: child, loopDepth: 0, depth: depth + 1)
          } else if inline {
            let repeats = calleeName.map(SwiftCallKinds.runsClosureRepeatedly) ?? false
            collectList(closure.statements, body: body, loopDepth: loopDepth + (repeats ? 1 : 0), depth: depth + 1)
          } else {
            callbackDepth += 1
            collectList(closure.statements, body: body, loopDepth: 0, depth: depth + 1)
            callbackDepth -= 1
          }
        }
        return
      default: break
      }
    }
    for child in node.children { collect(child, body: body, loopDepth: loopDepth, depth: depth + 1) }
  }

  private mutating func spawn(at range: ByteRange, parent: Int, inLoop: Bool, loopDepth: Int = 0) -> Int {
    bodies.append(
      Body(parent: parent, spawn: range, spawnedInLoop: inLoop, spawnPath: branchPath, spawnLoopDepth: loopDepth))
    return bodies.count - 1
  }

  private mutating func noteParameters(_ closure: SwiftClosure) {
    for parameter in closure.parameters ?? [] {
      if let name = parameter.localName?.text { declarationCounts[name, default: 0] += 2 }
    }
  }

  private mutating func noteDeclaration(_ binding: SwiftPatternBinding) {
    let names = binding.pattern.boundNames.map(\.text)
    var typeName = binding.type.flatMap(StreamAnalysis.typeKey)
    if typeName == nil, let initializer = binding.initializer { typeName = Self.createdStreamType(initializer) }
    if names.count == 1, let initializer = binding.initializer,
      case .call(let callee, _, _) = SwiftSyntaxQueries.stripped(initializer).kind,
      case .memberAccess(let base?, let member, _) = callee.kind, member.text == "makeAsyncIterator",
      let stream = SwiftSyntaxQueries.stripped(base).identifierName
    {
      iterators[names[0]] = declarationCounts[names[0]] == nil ? stream : nil
    }
    for (index, name) in names.enumerated() {
      // `let (stream, continuation) = AsyncStream.makeStream(…)`: the stream is the first element.
      declare(name, typeName: index == 0 ? typeName : nil)
    }
  }

  /// `AsyncStream(…)`, `AsyncStream<Int> { … }`, `AsyncThrowingStream.makeStream(of:)`.
  private static func createdStreamType(_ expr: SwiftExpr) -> String? {
    guard case .call(let callee, _, _) = SwiftSyntaxQueries.stripped(expr).kind else { return nil }
    var typeExpr = callee
    if case .memberAccess(let base?, let member, _) = callee.kind {
      guard member.text == "makeStream" || member.text == "init" else { return nil }
      typeExpr = base
    }
    let name: String?
    switch typeExpr.kind {
    case .identifier(let identifier, _): name = identifier.text
    case .type(let type): name = type.lastName
    default: name = nil
    }
    guard let name, name == "AsyncStream" || name == "AsyncThrowingStream" else { return nil }
    return name
  }

  /// Whether `inner` is `outer` or runs inside it.
  func body(_ inner: Int, isWithin outer: Int) -> Bool {
    var current = inner
    var steps = 0
    while current >= 0 && steps < 10_000 {
      if current == outer { return true }
      current = bodies[current].parent
      steps += 1
    }
    return false
  }

  /// The spawn point of the child of `ancestor` on the way to `inner`.
  private func spawnBelow(_ ancestor: Int, toward inner: Int) -> ByteRange? {
    var current = inner
    var steps = 0
    while current >= 0 && steps < 10_000 {
      if bodies[current].parent == ancestor { return bodies[current].spawn }
      current = bodies[current].parent
      steps += 1
    }
    return nil
  }

  /// Whether the body holding `later` can run at the same time as the one holding `earlier` (in source
  /// order) when each consumes.
  private func concurrent(_ earlier: Site, _ later: Site) -> Bool {
    if exclusive(earlier.path, later.path) { return false }
    if earlier.body == later.body { return bodies[later.body].spawnedInLoop && later.body != 0 }
    if finishedBefore(earlier, later) { return false }
    if body(later.body, isWithin: earlier.body) {
      // The later consumer's task was started by the earlier consumer's body: concurrent only if it was
      // started before the earlier consumption.
      guard let spawn = spawnBelow(earlier.body, toward: later.body) else { return false }
      return spawn.start < earlier.range.start
    }
    // Otherwise the earlier consumer runs in a task that is still running when the later site is reached,
    // or the two are sibling tasks.
    return true
  }

  func facts(enclosingMember: String?) -> [StreamFact] {
    var result: [StreamFact] = []
    let byName = Dictionary(grouping: sites, by: \.name)
    for (name, typeName) in streamTypes.sorted(by: { $0.key < $1.key }) {
      guard declarationCounts[name, default: 0] == 1, let streamSites = byName[name],
        let kind = StreamAnalysis.kind(ofTypeKey: typeName)
      else {
        continue
      }
      let ordered = streamSites.sorted { $0.range.start < $1.range.start }
      var reported = false
      for (index, site) in ordered.enumerated() {
        if let earlier = ordered[..<index].first(where: { concurrent($0, site) }) {
          result.append(
            StreamFact(
              kind: .consumedConcurrently(second: site.range, first: earlier.range), name: name, typeName: typeName,
              streamKind: kind, enclosingMember: enclosingMember))
          reported = true
        } else if site.body != 0, bodies[site.body].spawnedInLoop, !joinedEachRound(site.body) {
          result.append(
            StreamFact(
              kind: .consumedConcurrently(second: site.range, first: site.range), name: name, typeName: typeName,
              streamKind: kind, enclosingMember: enclosingMember))
          reported = true
        }
      }
      let consumers = ordered.filter { !$0.isIteratorUse }
      if !reported, consumers.count == 1, let only = consumers.first, !only.inLoop, !only.inCallback,
        !bodies[only.body].spawnedInLoop, references[name, default: 0] == 0
      {
        result.append(
          StreamFact(
            kind: .consumedOnce(at: only.range), name: name, typeName: typeName, streamKind: kind,
            enclosingMember: enclosingMember))
      }
    }
    return result
  }
}
