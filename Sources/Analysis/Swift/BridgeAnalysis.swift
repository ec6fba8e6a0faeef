import SourceModel
import SwiftFrontend

/// VT0104: a synchronous function whose own body starts a task and afterwards blocks on a `wait`.
enum BridgeAnalysis {
  static func facts(in statements: [SwiftStmt], isNoasync: Bool, enclosingMember: String?) -> [BridgeFact] {
    var starts: [ByteRange] = []
    var waits: [ByteRange] = []
    var stack: [(SwiftNode, Bool)] = statements.reversed().map { (.stmt($0), false) }
    var budget = 200_000
    while let (node, underAwait) = stack.popLast(), budget > 0 {
      budget -= 1
      var awaited = underAwait
      switch node {
      case .decl(let decl):
        // Nested functions and types are other bodies.
        if case .variable = decl.kind {} else { continue }
      case .expr(let expr):
        switch expr.kind {
        case .closure: continue  // runs elsewhere (a task body, a callback)
        case .await: awaited = true
        case .call(let callee, let arguments, let trailing):
          if BlockingCalls.startsTask(callee: callee) || BlockingCalls.startsFutureTask(callee: callee) {
            starts.append(SwiftSyntaxQueries.calleeName(callee)?.range ?? expr.range)
          }
          if !underAwait, let blocking = BlockingCalls.match(callee: callee, arguments: arguments, trailing: trailing),
            blocking.text.hasSuffix("wait")
          {
            waits.append(blocking.range)
          }
        default: break
        }
      case .stmt: break
      }
      for child in node.children.reversed() { stack.append((child, awaited)) }
    }
    return waits.compactMap { wait in
      guard let start = starts.filter({ $0.start < wait.start }).max() else { return nil }
      return BridgeFact(wait: wait, taskStart: start, isNoasync: isNoasync, enclosingMember: enclosingMember)
    }
  }
}
