import SourceModel
import SwiftFrontend

/// VT0107: in one statement list, an `async let` none of whose names is used by a later statement.
enum AsyncLetAnalysis {
  static func facts(in siblings: [SwiftNode], enclosingMember: String?) -> [AsyncLetFact] {
    var result: [AsyncLetFact] = []
    for (index, node) in siblings.enumerated() {
      guard case .stmt(let stmt) = node, case .declaration(let decl) = stmt.kind, decl.hasModifier("async"),
        case .variable(let variable) = decl.kind
      else { continue }
      let later = Array(siblings[(index + 1)...])
      for binding in variable.bindings {
        let names = Set(binding.pattern.boundNames.map(\.text))
        var budget = 200_000
        if !names.isEmpty && SwiftSyntaxQueries.uses(names, in: later, budget: &budget) { continue }
        // Other bindings of the same declaration may read it (`async let a = f(), b = g(a)` is invalid, but
        // be safe).
        let start = variable.bindings.count == 1 ? decl.range.start : binding.range.start
        result.append(
          AsyncLetFact(
            range: ByteRange(start: start, end: binding.range.end), names: names.sorted(),
            enclosingMember: enclosingMember))
      }
    }
    return result
  }
}
