import SourceModel
import SwiftFrontend

/// Any node of the Swift syntax tree, so one traversal can reach every expression, statement and
/// declaration without each analysis re-listing the tree's shapes.
enum SwiftNode {
  case expr(SwiftExpr)
  case stmt(SwiftStmt)
  case decl(SwiftDecl)

  /// The bytes the node spans (its children lie within).
  var range: ByteRange {
    switch self {
    case .expr(let expr): return expr.range
    case .stmt(let stmt): return stmt.range
    case .decl(let decl): return decl.range
    }
  }

  /// The direct children of this node, in source order. Closure bodies, nested functions and type members
  /// are children too; analyses that must not enter them check the node kind themselves.
  var children: [SwiftNode] {
    switch self {
    case .expr(let expr): return Self.children(of: expr)
    case .stmt(let stmt): return Self.children(of: stmt)
    case .decl(let decl): return Self.children(of: decl)
    }
  }

  static func children(of expr: SwiftExpr) -> [SwiftNode] {
    switch expr.kind {
    case .identifier, .literal, .keyPath, .type, .discard, .bindingPattern, .isPattern, .editorPlaceholder, .missing:
      return []
    case .interpolatedString(let holes): return holes.flatMap { $0.map { .expr($0.value) } }
    case .memberAccess(let base, _, _): return base.map { [.expr($0)] } ?? []
    case .call(let callee, let arguments, let trailing), .subscript(let callee, let arguments, let trailing):
      return [.expr(callee)] + arguments.map { .expr($0.value) } + trailing.map { .expr($0.value) }
    case .macroExpansion(_, _, let arguments, let trailing):
      return arguments.map { .expr($0.value) } + trailing.map { .expr($0.value) }
    case .closure(let closure):
      return closure.captures.compactMap { $0.initializer.map { .expr($0) } } + closure.statements.map { .stmt($0) }
    case .try(_, let inner), .await(let inner), .unsafe(let inner), .ownership(_, let inner), .prefix(_, let inner),
      .postfix(_, let inner), .forceUnwrap(let inner), .optionalChain(let inner), .isType(let inner, _),
      .cast(let inner, _, _), .inout(let inner), .pack(_, let inner):
      return [.expr(inner)]
    case .binary(_, let lhs, let rhs): return [.expr(lhs), .expr(rhs)]
    case .assignment(let target, let value): return [.expr(target), .expr(value)]
    case .ternary(let condition, let then, let otherwise): return [.expr(condition), .expr(then), .expr(otherwise)]
    case .tuple(let elements): return elements.map { .expr($0.value) }
    case .array(let elements): return elements.map { .expr($0) }
    case .dictionary(let elements): return elements.flatMap { [SwiftNode.expr($0.key), .expr($0.value)] }
    case .if(let ifExpr): return children(of: ifExpr)
    case .switch(let switchExpr): return children(of: switchExpr)
    }
  }

  static func children(of ifNode: SwiftIf) -> [SwiftNode] {
    var result = ifNode.conditions.flatMap(children(of:)) + ifNode.body.statements.map { .stmt($0) }
    switch ifNode.elseBranch {
    case .block(let block): result += block.statements.map { .stmt($0) }
    case .if(let next): result += children(of: next)
    case nil: break
    }
    return result
  }

  static func children(of switchNode: SwiftSwitch) -> [SwiftNode] {
    var result: [SwiftNode] = [.expr(switchNode.subject)]
    for arm in switchNode.cases {
      for item in arm.items { if let clause = item.whereClause { result.append(.expr(clause)) } }
      result += arm.statements.map { .stmt($0) }
    }
    return result
  }

  static func children(of condition: SwiftCondition) -> [SwiftNode] {
    switch condition.kind {
    case .expression(let expr): return [.expr(expr)]
    case .optionalBinding(_, _, _, let initializer): return initializer.map { [.expr($0)] } ?? []
    case .casePattern(_, _, let initializer): return [.expr(initializer)]
    case .availability: return []
    }
  }

  static func children(of stmt: SwiftStmt) -> [SwiftNode] {
    switch stmt.kind {
    case .expression(let expr), .throw(let expr), .yield(let expr), .discard(let expr): return [.expr(expr)]
    case .declaration(let decl): return [.decl(decl)]
    case .if(let ifNode): return children(of: ifNode)
    case .guard(let conditions, let elseBlock):
      return conditions.flatMap(children(of:)) + elseBlock.statements.map { .stmt($0) }
    case .switch(let switchNode): return children(of: switchNode)
    case .forIn(let loop):
      return [.expr(loop.sequence)] + (loop.whereClause.map { [SwiftNode.expr($0)] } ?? [])
        + loop.body.statements.map { .stmt($0) }
    case .while(let conditions, let body): return conditions.flatMap(children(of:)) + body.statements.map { .stmt($0) }
    case .repeatWhile(let body, let condition): return body.statements.map { .stmt($0) } + [.expr(condition)]
    case .do(let body, _, let catches):
      return body.statements.map { .stmt($0) }
        + catches.flatMap { clause in
          clause.items.compactMap { $0.whereClause.map { SwiftNode.expr($0) } }
            + clause.body.statements.map { .stmt($0) }
        }
    case .defer(let block): return block.statements.map { .stmt($0) }
    case .return(let value): return value.map { [.expr($0)] } ?? []
    case .labeled(_, let inner): return [.stmt(inner)]
    case .ifConfig(let clauses): return clauses.flatMap { $0.items.map { .stmt($0) } }
    case .break, .continue, .fallthrough, .directive, .error: return []
    }
  }

  static func children(of decl: SwiftDecl) -> [SwiftNode] {
    switch decl.kind {
    case .function(let function), .initializer(let function), .deinitializer(let function),
      .subscript(let function), .macro(let function):
      return function.parameters.compactMap { $0.defaultValue.map { .expr($0) } }
        + (function.body?.statements.map { .stmt($0) } ?? [])
        + function.accessors.flatMap { $0.body?.statements.map { SwiftNode.stmt($0) } ?? [] }
    case .variable(let variable):
      return variable.bindings.flatMap { binding in
        (binding.initializer.map { [SwiftNode.expr($0)] } ?? [])
          + binding.accessors.flatMap { $0.body?.statements.map { SwiftNode.stmt($0) } ?? [] }
      }
    case .type(let type): return type.members.map { .decl($0) }
    case .ifConfig(let clauses): return clauses.flatMap { $0.items.map { .stmt($0) } }
    case .macroExpansion(let expr): return [.expr(expr)]
    case .enumCase, .typeAlias, .associatedType, .import, .operator, .precedenceGroup, .error: return []
    }
  }
}
