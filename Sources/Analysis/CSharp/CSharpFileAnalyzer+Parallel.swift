import CSharpFrontend
import SourceModel

extension CSharpFileAnalyzer {
  /// Contiguous runs of work items per job, several per thread so that unequal members even out.
  static let partsPerFile = 8

  /// Walks `items` in contiguous parts at once, then joins the parts in file order: each part numbers its
  /// values from zero and is shifted by the ids the parts before it used, and its bodies' syntax errors
  /// follow theirs, so facts, value ids and diagnostics are what one walk in order produces. Each part has
  /// its own resolution memo (answers depend only on the file) and its own deferred-body parser.
  static func analyzeInParallel(
    _ items: [WorkItem], context: FileContext, bodies: DeferredBodyParser?, parallel: ParallelJobs
  ) -> [OneShotFact] {
    let parts = split(items, into: partsPerFile)
    let tree = bodies?.tree
    let results = parallel.map(parts.count) { part in
      var run = WorkRun(context: context.withOwnMemo(), bodies: tree.map(DeferredBodyParser.init(tree:)))
      for position in parts[part] { run.perform(items[position]) }  // by index: not copied out first
      return PartResult(facts: run.facts, valueCount: run.nextValueBase, bodies: run.bodies)
    }
    var joined = WorkRun(context: context, bodies: nil)
    for result in results {
      joined.append(result.facts, valueCount: result.valueCount)
      if let bodies, let partBodies = result.bodies { bodies.absorb(partBodies) }
    }
    return joined.facts
  }

  /// `items` cut into at most `count` contiguous ranges of about equal cost, none empty.
  static func split(_ items: [WorkItem], into count: Int) -> [Range<Int>] {
    let total = max(1, items.reduce(0) { $0 + $1.cost })
    var ranges: [Range<Int>] = []
    var start = 0
    var cost = 0
    for (index, item) in items.enumerated() {
      cost += item.cost
      // Close a part once it reaches its share of the total (the last part takes the rest).
      if ranges.count < count - 1 && cost * count >= total * (ranges.count + 1) {
        ranges.append(start..<index + 1)
        start = index + 1
      }
    }
    if start < items.count { ranges.append(start..<items.count) }
    return ranges
  }

  struct PartResult: @unchecked Sendable {
    var facts: [OneShotFact]
    var valueCount: Int
    /// The part's body parser, handed back to the joining thread once the part is done.
    var bodies: DeferredBodyParser?
  }
}
