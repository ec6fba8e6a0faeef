import SourceModel
import SwiftFrontend

/// Before following paths, one pass over a continuation closure decides what the path analysis may
/// claim: which names are the continuation (the parameter and local aliases of it), whether it escapes
/// (stored, passed, captured by code that does more than resume it), and whether any name is rebound so
/// that a `resume` might act on another continuation.
struct ContinuationScan {
  /// The parameter and `let alias = continuation` names.
  var names: Set<String>
  /// The continuation leaves the closure somewhere: vtlint cannot see every resume.
  var escapes = false
  /// A tracked name is rebound (a pattern, parameter or declaration reuses it): resumes are ambiguous.
  var rebound = false
  /// `#if` blocks that use the continuation. Each compiles one clause; two of them are chosen together by
  /// the build (`#if os(Linux)` … `#if !os(Linux)`), which the paths cannot tell, so two or more silence
  /// the closure's analysis.
  var conditionalBlocks = 0

  /// Scans `closure`, whose continuation parameter is `parameter` (nil for `_` or no parameter).
  init(closure: SwiftClosure, parameter: String?) {
    names = parameter.map { [$0] } ?? []
    guard parameter != nil else { return }
    var budget = 200_000
    for statement in closure.statements { scan(.stmt(statement), budget: &budget, depth: 0) }
    if budget < 0 { escapes = true }
  }

  /// True when `expr` (after `?`, `!` and parentheses) is a tracked name.
  func isTracked(_ expr: SwiftExpr) -> Bool {
    if case .identifier(let name, _) = SwiftSyntaxQueries.stripped(expr).kind { return names.contains(name.text) }
    return false
  }

  /// `name.resume(…)` on a tracked name: the range of `resume`.
  func resumeSite(_ callee: SwiftExpr) -> ByteRange? {
    guard case .memberAccess(let base?, let member, _) = callee.kind, member.text == "resume", isTracked(base) else {
      return nil
    }
    return member.range
  }

  private mutating func scan(_ node: SwiftNode, budget: inout Int, depth: Int) {
    budget -= 1
    guard budget >= 0, depth < 400 else { return }
    switch node {
    case .expr(let expr):
      switch expr.kind {
      case .call(let callee, let arguments, let trailing) where resumeSite(callee) != nil:
        // The receiver of `.resume` is a use that does not escape; its arguments still count.
        for argument in arguments + trailing { scan(.expr(argument.value), budget: &budget, depth: depth + 1) }
        return
      case .identifier(let name, _):
        if names.contains(name.text) { escapes = true }
        return
      case .assignment(let target, _) where isTracked(target):
        // `alias = nil` (a `var` copy cleared once resumed): later resumes through it may do nothing.
        rebound = true
      case .closure(let closure):
        noteBindings(closure)
      default: break
      }
    case .stmt(let stmt):
      noteBindings(stmt)
      if case .ifConfig = stmt.kind, SwiftSyntaxQueries.uses(names, in: node.children, budget: &budget) {
        conditionalBlocks += 1
      }
    case .decl(let decl):
      if noteAlias(decl) { return }
      noteBindings(decl)
      // A local function (or type) using the continuation runs whenever it is called or handed on, which
      // the paths do not follow: its resumes cannot all be seen.
      if Self.isNestedCode(decl), SwiftSyntaxQueries.uses(names, in: node.children, budget: &budget) { escapes = true }
    }
    for child in node.children { scan(child, budget: &budget, depth: depth + 1) }
  }

  /// Code that runs when called rather than where it is written: a local function, a type, a computed
  /// variable.
  private static func isNestedCode(_ decl: SwiftDecl) -> Bool {
    switch decl.kind {
    case .function, .initializer, .deinitializer, .subscript, .type: return true
    case .variable(let variable): return variable.bindings.contains { !$0.accessors.isEmpty }
    default: return false
    }
  }

  /// `let alias = continuation`: a second name for the same continuation (the initializer is not an escape).
  private mutating func noteAlias(_ decl: SwiftDecl) -> Bool {
    guard case .variable(let variable) = decl.kind, !decl.hasModifier("async"), variable.bindings.count == 1,
      let binding = variable.bindings.first, let initializer = binding.initializer, isTracked(initializer),
      case .identifier(let alias) = binding.pattern.kind, binding.accessors.isEmpty
    else { return false }
    if names.contains(alias.text) { rebound = true }
    names.insert(alias.text)
    return true
  }

  private mutating func noteBindings(_ closure: SwiftClosure) {
    let parameterNames = (closure.parameters ?? []).compactMap { $0.localName?.text }
    if parameterNames.contains(where: names.contains) { rebound = true }
    if closure.parameters == nil && names.contains("$0") { rebound = true }
    for capture in closure.captures where capture.initializer != nil && names.contains(capture.name.text) {
      rebound = true
    }
  }

  private mutating func noteBindings(_ stmt: SwiftStmt) {
    var patterns: [SwiftPattern] = []
    switch stmt.kind {
    case .if(let ifNode): patterns = Self.patterns(ifNode)
    case .guard(let conditions, _), .while(let conditions, _): patterns = conditions.flatMap(Self.patterns)
    case .switch(let switchNode): patterns = switchNode.cases.flatMap { $0.items.map(\.pattern) }
    case .forIn(let loop): patterns = [loop.pattern]
    case .do(_, _, let catches): patterns = catches.flatMap { $0.items.map(\.pattern) }
    default: break
    }
    if patterns.contains(where: { $0.boundNames.contains { names.contains($0.text) } }) { rebound = true }
  }

  private mutating func noteBindings(_ decl: SwiftDecl) {
    switch decl.kind {
    case .variable(let variable):
      if variable.bindings.contains(where: { $0.pattern.boundNames.contains { names.contains($0.text) } }) {
        rebound = true
      }
    case .function(let function):
      if names.contains(function.name.text)
        || function.parameters.contains(where: { $0.localName.map { names.contains($0.text) } ?? false })
      {
        rebound = true
      }
    default: break
    }
  }

  private static func patterns(_ ifNode: SwiftIf) -> [SwiftPattern] {
    var result = ifNode.conditions.flatMap(patterns)
    if case .if(let next) = ifNode.elseBranch { result += patterns(next) }
    return result
  }

  private static func patterns(_ condition: SwiftCondition) -> [SwiftPattern] {
    switch condition.kind {
    case .optionalBinding(_, let pattern, _, _): return [pattern]
    case .casePattern(let pattern, _, _): return [pattern]
    default: return []
    }
  }
}
