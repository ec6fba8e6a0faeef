import SourceModel
import SwiftFrontend

/// Turns one `with…Continuation { continuation in … }` call into continuation facts: second resumes on a
/// path (VT0101), paths that leak (VT0102), resumes in racing closures (VT0106), or "resumed exactly once"
/// (GOOD). Precision first: whatever makes the counts uncertain silences the leak and GOOD verdicts.
enum ContinuationAnalysis {
  /// Facts for `call` if it is a continuation call with a closure body.
  static func facts(
    callee: SwiftExpr, arguments: [SwiftArgument], trailing: [SwiftArgument], enclosingMember: String?,
    neverReturning: Set<String> = [], selfKeptAlive: Bool = false
  ) -> [ContinuationFact] {
    guard let name = SwiftSyntaxQueries.calleeName(callee), SwiftCallKinds.continuationFunctions.contains(name.text),
      let closure = SwiftSyntaxQueries.closureArguments(arguments, trailing).last?.closure
    else { return [] }
    let parameter = continuationParameter(closure)
    let scan = ContinuationScan(closure: closure, parameter: parameter)
    let display = parameter ?? "the continuation"
    func fact(_ kind: ContinuationFact.Kind) -> ContinuationFact {
      ContinuationFact(kind: kind, continuationName: display, enclosingMember: enclosingMember)
    }
    // A resume on a rebound name may act on another continuation, and the clauses of two `#if` blocks are
    // chosen together by the build: say nothing.
    if scan.rebound || scan.conditionalBlocks >= 2 { return [] }

    let interpreter = ResumePathInterpreter(scan: scan, neverReturning: neverReturning, selfKeptAlive: selfKeptAlive)
    interpreter.run(closure)
    var facts: [ContinuationFact] = []
    let problems = interpreter.problems + interpreter.nestedProblems
    for problem in problems where !problem.racing {
      facts.append(fact(.resumedTwice(second: problem.second, first: problem.first)))
    }
    // Racing and leaks need to see every resume: any escape of the continuation hides some.
    if scan.escapes { return facts }
    for problem in problems where problem.racing {
      facts.append(fact(.racing(second: problem.second, first: problem.first)))
    }
    // A completion callback that resumes on some paths but bails out of a `guard let self` before resuming on
    // another leaks the continuation: `self` does not come back. Other paths of a callback that skip the
    // resume are not reported: the callback may be called again (an event handler filtering its events).
    var leaks: [ByteRange] = []
    for exit in interpreter.nestedExits where exit.fromGuard && exit.state.count == 0 {
      if let at = exit.at { leaks.append(at) }
    }
    if !interpreter.imprecise && !interpreter.storedResumer {
      for exit in interpreter.exits where exit.state.count == 0 && !exit.byThrow {
        leaks.append(exit.at ?? ByteRange(start: closure.range.start, end: closure.range.start + 1))
      }
    }
    for leak in Set(leaks).sorted() { facts.append(fact(.notResumed(exit: leak))) }
    if facts.isEmpty, !interpreter.imprecise, !interpreter.storedResumer, !interpreter.exits.isEmpty,
      interpreter.exits.allSatisfy({ $0.state.count == 1 })
    {
      facts.append(fact(.resumedOnce(call: name.range)))
    }
    return facts
  }

  /// The closure's continuation parameter name: `cont` in `{ cont in`, `$0` when the body uses it, nil for
  /// `_` or when it is never named.
  static func continuationParameter(_ closure: SwiftClosure) -> String? {
    if let parameters = closure.parameters {
      guard let name = parameters.first?.localName?.text, name != "_" else { return nil }
      return name
    }
    var budget = 50_000
    let usesDollar = SwiftSyntaxQueries.uses(["$0"], in: closure.statements.map { .stmt($0) }, budget: &budget)
    return usesDollar ? "$0" : nil
  }
}
