import SourceModel
import SwiftFrontend

/// Statements after one that always leaves its block (`throw`, `return`, `break`, `continue`, `fallthrough`,
/// a call to `fatalError` and the like, or to one of the file's own `-> Never` functions) never run; the compiler warns that they "will never be executed".
/// Found in real code: a test that throws `XCTSkip` first and keeps its blocking body below. The fact walk
/// skips such statements, so nothing in them is reported.
enum UnreachableCode {
  /// The start offsets of the statements of `statements` that follow an unconditional exit. Local
  /// functions and types declared there are kept: they are reachable through their names.
  static func after(_ statements: [SwiftStmt], neverReturning: Set<String> = []) -> [UInt32] {
    guard let exit = statements.firstIndex(where: { leavesAlways($0, neverReturning: neverReturning) }),
      exit + 1 < statements.count
    else { return [] }
    return statements[(exit + 1)...].compactMap { statement in
      if case .declaration(let decl) = statement.kind, case .variable = decl.kind {
        return statement.range.start
      }
      if case .declaration = statement.kind { return nil }
      if case .directive = statement.kind { return nil }
      return statement.range.start
    }
  }

  /// The start offsets of the statements in the `#if false` clauses of `stmt` (never compiled), and in every
  /// clause after an `#if true`/`#elseif true`.
  static func neverCompiled(_ stmt: SwiftStmt) -> [UInt32] {
    guard case .ifConfig(let clauses) = stmt.kind else { return [] }
    var result: [UInt32] = []
    var decided = false
    for clause in clauses {
      let literal = clause.condition.flatMap(literalCondition)
      if decided || literal == false { result += clause.items.map(\.range.start) }
      if literal == true { decided = true }
    }
    return result
  }

  /// The value of a compilation condition made of `true`, `false`, `!`, `&&` and `||` alone, as far as
  /// literals decide it (`false && os(Linux)` is false; `os(Linux)` is unknown).
  static func literalCondition(_ condition: SwiftExpr) -> Bool? {
    evaluate(condition, depth: 0)
  }

  private static func evaluate(_ condition: SwiftExpr, depth: Int) -> Bool? {
    guard depth < 64 else { return nil }
    switch SwiftSyntaxQueries.stripped(condition).kind {
    case .literal(.true): return true
    case .literal(.false): return false
    case .prefix(let op, let inner) where op.text == "!":
      return evaluate(inner, depth: depth + 1).map { !$0 }
    case .binary(let op, let lhs, let rhs) where op.text == "&&" || op.text == "||":
      let left = evaluate(lhs, depth: depth + 1)
      let right = evaluate(rhs, depth: depth + 1)
      if op.text == "&&" {
        if left == false || right == false { return false }
        return left == true && right == true ? true : nil
      }
      if left == true || right == true { return true }
      return left == false && right == false ? false : nil
    default:
      return nil
    }
  }

  /// Whether a block always leaves: one of its statements does (`Task {…}; return`).
  static func leaves(_ statements: [SwiftStmt]) -> Bool {
    statements.contains { leavesAlways($0, neverReturning: []) }
  }

  /// The statement lists directly inside `stmt`, each a block of its own.
  static func blocks(of stmt: SwiftStmt) -> [[SwiftStmt]] {
    switch stmt.kind {
    case .if(let ifNode): return blocks(of: ifNode)
    case .guard(_, let elseBlock): return [elseBlock.statements]
    case .switch(let switchNode): return switchNode.cases.map(\.statements)
    case .forIn(let loop): return [loop.body.statements]
    case .while(_, let body), .repeatWhile(let body, _), .defer(let body): return [body.statements]
    case .do(let body, _, let catches): return [body.statements] + catches.map(\.body.statements)
    case .labeled(_, let inner): return blocks(of: inner)
    case .ifConfig(let clauses): return clauses.map(\.items)
    default: return []
    }
  }

  private static func blocks(of ifNode: SwiftIf) -> [[SwiftStmt]] {
    switch ifNode.elseBranch {
    case .block(let block): return [ifNode.body.statements, block.statements]
    case .if(let next): return [ifNode.body.statements] + blocks(of: next)
    case nil: return [ifNode.body.statements]
    }
  }

  private static func leavesAlways(_ statement: SwiftStmt, neverReturning: Set<String>) -> Bool {
    switch statement.kind {
    case .throw, .return, .break, .continue, .fallthrough: return true
    case .expression(let expr):
      guard case .call(let callee, _, _) = SwiftSyntaxQueries.stripped(expr).kind,
        let name = SwiftSyntaxQueries.calleeName(callee)?.text
      else { return false }
      return SwiftCallKinds.isTerminatorCall(callee) || neverReturning.contains(name)
    default: return false
    }
  }
}
