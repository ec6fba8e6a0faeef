import SourceModel
import SwiftFrontend

/// Which stream consumers can never overlap: the arms of an `if`, `switch`, `?:` or `#if` (and the code after
/// an arm that always leaves, which is another arm), and tasks awaited (`await t.value`) before the other
/// consumer is reached. `StreamCollector` records each point's `BranchPath` and each join as it walks.
extension StreamCollector {
  /// The cases of a `switch`, each an arm.
  mutating func collectSwitch(
    _ switchNode: SwiftSwitch, at statement: UInt32, body: Int, loopDepth: Int, depth: Int
  ) {
    collect(.expr(switchNode.subject), body: body, loopDepth: loopDepth, depth: depth + 1)
    for (arm, switchCase) in switchNode.cases.enumerated() {
      branchPath.append((statement, arm))
      for item in switchCase.items {
        if let clause = item.whereClause { collect(.expr(clause), body: body, loopDepth: loopDepth, depth: depth + 1) }
      }
      collectList(switchCase.statements, body: body, loopDepth: loopDepth, depth: depth + 1)
      branchPath.removeLast()
    }
  }

  /// The arms of an `if … else if … else` chain, numbered from `arm`.
  mutating func collectBranches(
    _ ifNode: SwiftIf, at statement: UInt32, arm: Int, body: Int, loopDepth: Int, depth: Int
  ) {
    collectConditions(ifNode.conditions, body: body, loopDepth: loopDepth, depth: depth)
    branchPath.append((statement, arm))
    collectList(ifNode.body.statements, body: body, loopDepth: loopDepth, depth: depth + 1)
    branchPath.removeLast()
    switch ifNode.elseBranch {
    case .block(let block):
      branchPath.append((statement, arm + 1))
      collectList(block.statements, body: body, loopDepth: loopDepth, depth: depth + 1)
      branchPath.removeLast()
    case .if(let next):
      collectBranches(next, at: statement, arm: arm + 1, body: body, loopDepth: loopDepth, depth: depth + 1)
    case nil:
      break
    }
  }

  /// A block's statements. After an `if` whose arm always leaves (`if background { Task {…}; return }`), or a
  /// `guard`, the rest of the block is another arm of it: it never runs after the leaving one.
  mutating func collectList(_ statements: [SwiftStmt], body: Int, loopDepth: Int, depth: Int) {
    var pushed = 0
    for statement in statements {
      switch statement.kind {
      case .guard(let conditions, let elseBlock):
        collectConditions(conditions, body: body, loopDepth: loopDepth, depth: depth)
        branchPath.append((statement.range.start, 0))
        collectList(elseBlock.statements, body: body, loopDepth: loopDepth, depth: depth + 1)
        branchPath.removeLast()
        leavingArms[statement.range.start] = [0]
        branchPath.append((statement.range.start, Self.afterArms))
        pushed += 1
      default:
        collect(.stmt(statement), body: body, loopDepth: loopDepth, depth: depth)
        let leaving = Self.leavingArms(of: statement)
        if !leaving.isEmpty {
          leavingArms[statement.range.start] = leaving
          branchPath.append((statement.range.start, Self.afterArms))
          pushed += 1
        }
      }
    }
    branchPath.removeLast(pushed)
  }

  /// The arms of an `if` chain or a `switch` (numbered as `collectBranches`/`collectSwitch` number them) that
  /// always leave (`Task {…}; return`).
  static func leavingArms(of statement: SwiftStmt) -> Set<Int> {
    switch statement.kind {
    case .if, .switch:
      // `UnreachableCode.blocks(of:)` lists an `if` chain's arms and a `switch`'s cases in that order.
      let arms = UnreachableCode.blocks(of: statement)
      return Set(arms.indices.filter { UnreachableCode.leaves(arms[$0]) })
    default:
      return []
    }
  }

  /// The conditions of an `if` or `guard`: the names they bind, and the consumers in their expressions.
  mutating func collectConditions(_ conditions: [SwiftCondition], body: Int, loopDepth: Int, depth: Int) {
    noteBindings(conditions)
    for condition in conditions {
      for child in SwiftNode.children(of: condition) {
        collect(child, body: body, loopDepth: loopDepth, depth: depth + 1)
      }
    }
  }

  /// Names bound by `if let`/`guard let`/`case let` conditions shadow a stream of that name.
  mutating func noteBindings(_ conditions: [SwiftCondition]) {
    for condition in conditions {
      switch condition.kind {
      case .optionalBinding(_, let pattern, _, _), .casePattern(let pattern, _, _):
        for name in pattern.boundNames { declarationCounts[name.text, default: 0] += 2 }
      default: break
      }
    }
  }

  /// `t.value` or `t.result` (after `try`), awaited: the task held in `t`.
  static func joinedTask(_ expr: SwiftExpr) -> String? {
    var inner = SwiftSyntaxQueries.stripped(expr)
    if case .try(_, let tried) = inner.kind { inner = SwiftSyntaxQueries.stripped(tried) }
    guard case .memberAccess(let base?, let member, _) = inner.kind, member.text == "value" || member.text == "result"
    else { return nil }
    return SwiftSyntaxQueries.stripped(base).identifierName
  }

  /// Two points in different arms of one `if`/`switch` never both run.
  func exclusive(_ a: BranchPath, _ b: BranchPath) -> Bool {
    for (x, y) in zip(a, b) {
      if x.statement != y.statement { return false }
      if x.arm != y.arm {
        // `afterArms`: the code after the statement, reached only through the arms that do not leave.
        if x.arm == Self.afterArms { return leavingArms[x.statement]?.contains(y.arm) ?? false }
        if y.arm == Self.afterArms { return leavingArms[y.statement]?.contains(x.arm) ?? false }
        return true
      }
    }
    return false
  }

  /// The arm of the code after an `if`/`switch`/`guard` some of whose arms always leave (`leavingArms`).
  static let afterArms = -1

  /// `outer` holds every step of `inner`'s path it has: a point on `outer` is passed by every path to `inner`.
  static func encloses(_ outer: BranchPath, _ inner: BranchPath) -> Bool {
    outer.count <= inner.count && zip(outer, inner).allSatisfy { $0.statement == $1.statement && $0.arm == $1.arm }
  }

  /// Whether `body` (a task held in a local) was waited for in `parent` before `offset`, on every path to that
  /// point (`path`).
  func joined(_ body: Int, in parent: Int, before offset: UInt32, path: BranchPath) -> Bool {
    guard let handle = bodies[body].handle, declarationCounts[handle, default: 0] == 1 else { return false }
    // Waited for on every path to that point, or on every path that started the task (`if p { let t =
    // Task {…}; await t.value }`: where `p` is false there is no task).
    return joins.contains { join in
      join.handle == handle && join.body == parent && join.offset > bodies[body].spawn.end && join.offset <= offset
        && (Self.encloses(join.path, path) || Self.encloses(join.path, bodies[body].spawnPath))
    }
  }

  /// A task started in a loop and awaited (`await t.value`) in the same round, on every path that started
  /// it: no two of its copies overlap.
  func joinedEachRound(_ body: Int) -> Bool {
    guard let handle = bodies[body].handle, declarationCounts[handle, default: 0] == 1 else { return false }
    let parent = bodies[body].parent
    return joins.contains { join in
      join.handle == handle && join.body == parent && join.offset > bodies[body].spawn.end
        && join.loopDepth == bodies[body].spawnLoopDepth && Self.encloses(join.path, bodies[body].spawnPath)
    }
  }

  /// Whether the earlier consumer's task was waited for (`await t.value`) by the body that started it, before
  /// the later consumer is reached there (the later site itself, or the start of the task holding it).
  func finishedBefore(_ earlier: Site, _ later: Site) -> Bool {
    guard earlier.body != 0, !bodies[earlier.body].spawnedInLoop else { return false }
    let parent = bodies[earlier.body].parent
    if later.body == parent { return joined(earlier.body, in: parent, before: later.range.start, path: later.path) }
    guard body(later.body, isWithin: parent), !body(later.body, isWithin: earlier.body) else { return false }
    var child = later.body
    var steps = 0
    while bodies[child].parent != parent && steps < 10_000 {
      child = bodies[child].parent
      steps += 1
    }
    guard bodies[child].parent == parent else { return false }
    return joined(earlier.body, in: parent, before: bodies[child].spawn.start, path: bodies[child].spawnPath)
  }
}
