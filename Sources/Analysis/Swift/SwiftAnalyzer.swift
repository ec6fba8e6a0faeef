import SourceModel
import SwiftFrontend

/// The Swift analysis entry point: one walk over the syntax tree that keeps track of the enclosing member
/// and of whether code runs on the cooperative pool, and hands each construct to its analysis.
public enum SwiftAnalyzer {
  /// Everything the Swift rules need about one parsed file.
  /// `triggers` says which analyses can find anything (`SwiftTriggers.scan`); the others are skipped,
  /// which changes no fact.
  public static func analyze(_ tree: SwiftSyntaxTree, triggers: SwiftTriggers = .all) -> SwiftFileFacts {
    var walker = SwiftFactWalker()
    walker.triggers = triggers
    walker.damaged = tree.diagnostics.map(\.range)
    if triggers.blockingWaits || triggers.continuations { walker.functions = FileFunctions(tree.root.statements) }
    let context = SwiftWalkContext(members: [], asyncReason: nil, underAwait: false)
    walker.noteUnreachable(in: tree.root.statements)
    for statement in tree.root.statements { walker.visit(.stmt(statement), context, depth: 0) }
    if triggers.streams {
      walker.facts.streams += StreamAnalysis.facts(in: tree.root.statements, enclosingMember: nil)
    }
    return walker.facts
  }
}

/// Where the walk is: the member path for findings, and why (if at all) the code is async.
struct SwiftWalkContext {
  var members: [String]
  /// Non-nil inside async code: a short description for messages.
  var asyncReason: String?
  /// Inside the operand of an `await`.
  var underAwait: Bool
  /// Inside the operand of a `try`.
  var underTry = false
  /// The declared types of the enclosing function's parameters, by name.
  var parameterTypes: [String: String] = [:]
  /// The type whose members are being walked, if any.
  var typeName: String?
  /// That type is `@MainActor`: its methods run on the main thread, not on the cooperative pool.
  var onMainActor = false
  /// Inside an instance method's own body (not a closure in it): its caller keeps `self` alive until it
  /// returns, so a `[weak self]` capture cannot be gone while the method waits on a continuation.
  var selfKeptAlive = false

  var enclosingMember: String? { members.isEmpty ? nil : members.joined(separator: ".") }

  func entering(member: String, asyncReason: String?) -> SwiftWalkContext {
    var inner = SwiftWalkContext(
      members: members + [member], asyncReason: asyncReason, underAwait: false, underTry: false)
    inner.typeName = typeName
    inner.onMainActor = onMainActor
    return inner
  }
}

/// The walk itself; accumulates facts.
struct SwiftFactWalker {
  var facts = SwiftFileFacts()
  /// Which analyses can find anything in this file.
  var triggers = SwiftTriggers.all
  /// Where the parser reported problems: a continuation closure overlapping one is not judged.
  var damaged: [ByteRange] = []
  /// Past this nesting the walk stops descending (the parser bounds depth too; this is a second guard).
  static let maxDepth = 600
  /// Start offsets of statements that never run (`UnreachableCode`), found as their blocks are entered.
  var unreachable: Set<UInt32> = []
  /// The file's own `-> Never` functions and blocking-looking names.
  var functions = FileFunctions()

  mutating func noteUnreachable(in statements: [SwiftStmt]) {
    unreachable.formUnion(UnreachableCode.after(statements, neverReturning: functions.neverReturning))
  }

  mutating func visit(_ node: SwiftNode, _ context: SwiftWalkContext, depth: Int) {
    guard depth < Self.maxDepth, triggers.mayHoldFact(node.range) else { return }
    switch node {
    case .decl(let decl): visitDecl(decl, context, depth: depth)
    case .stmt(let stmt):
      if unreachable.contains(stmt.range.start) { return }
      for block in UnreachableCode.blocks(of: stmt) { noteUnreachable(in: block) }
      unreachable.formUnion(UnreachableCode.neverCompiled(stmt))
      let unreachable = self.unreachable
      let children = node.children.filter { child in
        if case .stmt(let inner) = child { return !unreachable.contains(inner.range.start) }
        return true
      }
      if case .declaration = stmt.kind {
      } else if triggers.asyncLets {
        facts.unawaitedAsyncLets += AsyncLetAnalysis.facts(in: children, enclosingMember: context.enclosingMember)
      }
      for child in children { visit(child, context, depth: depth + 1) }
    case .expr(let expr): visitExpr(expr, context, depth: depth)
    }
  }

  private mutating func visitDecl(_ decl: SwiftDecl, _ context: SwiftWalkContext, depth: Int) {
    switch decl.kind {
    case .function(let function), .initializer(let function), .deinitializer(let function),
      .subscript(let function):
      // A `@MainActor` function (or method of a `@MainActor` type) runs on the main thread: a wait there
      // holds no thread of the cooperative pool.
      let onMainActor = decl.hasAttribute("MainActor") || context.onMainActor && !decl.hasModifier("nonisolated")
      let reason = function.isAsync && !onMainActor ? "in async function '\(function.name.text)'" : nil
      var inner = context.entering(member: function.name.text, asyncReason: reason)
      inner.selfKeptAlive = context.typeName != nil && !decl.hasModifier("static") && !decl.hasModifier("class")
      for parameter in function.parameters {
        if let name = parameter.localName?.text, let type = parameter.type?.lastName {
          inner.parameterTypes[name] = type
        }
      }
      if let body = function.body {
        if triggers.asyncLets {
          facts.unawaitedAsyncLets += AsyncLetAnalysis.facts(
            in: body.statements.map { .stmt($0) }, enclosingMember: inner.enclosingMember)
        }
        if triggers.streams {
          facts.streams += StreamAnalysis.facts(
            in: body.statements, parameters: function.parameters, enclosingMember: inner.enclosingMember)
        }
        if !function.isAsync && triggers.bridges {
          facts.bridges += BridgeAnalysis.facts(
            in: body.statements, isNoasync: decl.isNoasync, enclosingMember: inner.enclosingMember)
        }
      }
      for parameter in function.parameters {
        if let value = parameter.defaultValue { visit(.expr(value), inner, depth: depth + 1) }
      }
      noteUnreachable(in: function.body?.statements ?? [])
      for statement in function.body?.statements ?? [] { visit(.stmt(statement), inner, depth: depth + 1) }
      for accessor in function.accessors { visitAccessor(accessor, name: function.name.text, context, depth: depth) }
    case .variable(let variable):
      let isAsyncLet = decl.hasModifier("async")
      for binding in variable.bindings {
        if let value = binding.initializer {
          var inner = context
          if isAsyncLet {
            inner.asyncReason = "in an async let"
            inner.underAwait = false
            inner.underTry = false
          }
          visit(.expr(value), inner, depth: depth + 1)
        }
        let name = binding.pattern.boundNames.first?.text ?? "_"
        for accessor in binding.accessors { visitAccessor(accessor, name: name, context, depth: depth) }
      }
    case .type(let type):
      var inner = context.entering(member: type.name.text, asyncReason: nil)
      inner.typeName = type.name.text
      inner.onMainActor = decl.hasAttribute("MainActor")
      for member in type.members { visit(.decl(member), inner, depth: depth + 1) }
    default:
      for child in SwiftNode.decl(decl).children { visit(child, context, depth: depth + 1) }
    }
  }

  private mutating func visitAccessor(_ accessor: SwiftAccessor, name: String, _ context: SwiftWalkContext, depth: Int)
  {
    guard let body = accessor.body else { return }
    let reason = accessor.effects.isAsync ? "in async accessor of '\(name)'" : nil
    let inner = context.entering(member: name, asyncReason: reason)
    if triggers.asyncLets {
      facts.unawaitedAsyncLets += AsyncLetAnalysis.facts(
        in: body.statements.map { .stmt($0) }, enclosingMember: inner.enclosingMember)
    }
    if triggers.streams {
      facts.streams += StreamAnalysis.facts(in: body.statements, enclosingMember: inner.enclosingMember)
    }
    noteUnreachable(in: body.statements)
    for statement in body.statements { visit(.stmt(statement), inner, depth: depth + 1) }
  }

  private mutating func visitExpr(_ expr: SwiftExpr, _ context: SwiftWalkContext, depth: Int) {
    switch expr.kind {
    case .await(let inner):
      var awaited = context
      awaited.underAwait = true
      visit(.expr(inner), awaited, depth: depth + 1)
    case .try(_, let inner):
      var tried = context
      tried.underTry = true
      visit(.expr(inner), tried, depth: depth + 1)
    case .closure(let closure):
      // A closure not handed to a call: it runs whenever someone calls it, in its own context.
      visitClosure(closure, context, asyncReason: closure.effects.isAsync ? "in an async closure" : nil, depth: depth)
    case .call(let callee, let arguments, let trailing):
      visitCall(expr, callee: callee, arguments: arguments, trailing: trailing, context, depth: depth)
    default:
      for child in SwiftNode.expr(expr).children { visit(child, context, depth: depth + 1) }
    }
  }

  private mutating func visitClosure(
    _ closure: SwiftClosure, _ context: SwiftWalkContext, asyncReason: String?, depth: Int
  ) {
    var inner = context
    inner.asyncReason = asyncReason
    inner.underAwait = false
    inner.underTry = false
    inner.selfKeptAlive = false  // a closure may run after the method returned
    if triggers.asyncLets {
      facts.unawaitedAsyncLets += AsyncLetAnalysis.facts(
        in: closure.statements.map { .stmt($0) }, enclosingMember: context.enclosingMember)
    }
    for capture in closure.captures {
      if let value = capture.initializer { visit(.expr(value), context, depth: depth + 1) }
    }
    noteUnreachable(in: closure.statements)
    for statement in closure.statements { visit(.stmt(statement), inner, depth: depth + 1) }
  }

  private mutating func visitCall(
    _ expr: SwiftExpr, callee: SwiftExpr, arguments: [SwiftArgument], trailing: [SwiftArgument],
    _ context: SwiftWalkContext, depth: Int
  ) {
    if triggers.blockingWaits, let reason = context.asyncReason, !context.underAwait,
      let blocking = BlockingCalls.match(callee: callee, arguments: arguments, trailing: trailing),
      !functions.declaresLookAlike(
        SwiftSyntaxQueries.calleeName(callee)?.text ?? "", labels: arguments.map { $0.label?.text },
        on: SwiftSyntaxQueries.calleeBase(callee), parameterTypes: context.parameterTypes,
        typeName: context.typeName)
    {
      facts.blockingWaits.append(
        BlockingWaitFact(
          range: blocking.range, callText: blocking.text, calleeRange: callee.range, contextDescription: reason,
          mayBeComplete: context.underTry && blocking.text.hasSuffix("wait"), enclosingMember: context.enclosingMember))
    }
    if triggers.continuations, let name = SwiftSyntaxQueries.calleeName(callee)?.text,
      SwiftCallKinds.continuationFunctions.contains(name),
      !damaged.contains(where: { $0.start < expr.range.end && expr.range.start <= $0.end })
    {
      facts.continuations += ContinuationAnalysis.facts(
        callee: callee, arguments: arguments, trailing: trailing, enclosingMember: context.enclosingMember,
        neverReturning: functions.neverReturning(in: context.typeName, parameterTypes: context.parameterTypes),
        selfKeptAlive: context.selfKeptAlive)
    }

    visit(.expr(callee), context, depth: depth + 1)
    let name = SwiftSyntaxQueries.calleeName(callee)?.text
    let startsTask = BlockingCalls.startsTask(callee: callee)
    for argument in arguments + trailing {
      guard case .closure(let closure) = SwiftSyntaxQueries.stripped(argument.value).kind else {
        visit(.expr(argument.value), context, depth: depth + 1)
        continue
      }
      let label = argument.label?.text
      let reason: String?
      if startsTask {
        reason = "in a task body"
      } else if let name, SwiftCallKinds.runsClosureInline(name),
        label == nil || label == "operation" || label == "body"
      {
        reason = context.asyncReason ?? (closure.effects.isAsync ? "in an async closure" : nil)
      } else {
        reason = closure.effects.isAsync ? "in an async closure" : nil
      }
      visitClosure(closure, context, asyncReason: reason, depth: depth)
    }
  }
}
