import CSharpFrontend
import SourceModel

/// One thing to walk in a file, in file order: a function body, or a field or property initializer.
struct WorkItem: Sendable {
  enum Kind: Sendable {
    case function(
      parameters: [Parameter], body: MethodDeclaration.Body, returnsValue: Bool, member: String, typeName: String?,
      outerNames: Set<String>)
    /// A field or property initializer: a one-shot value there is stored.
    case store(initializer: Expr, destination: UseText, site: ByteRange, member: String, typeName: String?)
  }

  var kind: Kind
  /// Bytes to parse and walk, to split the work evenly.
  var cost: Int
}

/// Lists what a file's analysis walks: the members that may hold a one-shot value, in file order, then
/// the top-level statements as one body.
struct WorkPlan {
  let context: FileContext
  var items: [WorkItem] = []
  var topLevel: [Stmt] = []
  /// Threads lent to a run of one file: the first list of `MemberHalves.from` members or more met is
  /// planned in two halves at once (the halves' items are put together in order, as one loop lists them).
  var parallel: ParallelJobs?

  init(context: FileContext, parallel: ParallelJobs? = nil) {
    self.context = context
    self.parallel = parallel
  }

  mutating func members(_ members: [Member], prefix: String, typeName: String?, depth: Int) {
    guard depth < 64 else { return }
    if let parallel, members.count >= MemberHalves.from {
      self.parallel = nil
      let context = self.context
      let halves = MemberHalves.map(members.count, on: parallel) { range -> WorkPlan in
        var plan = WorkPlan(context: context)
        plan.members(members, range, prefix: prefix, typeName: typeName, depth: depth)
        return plan
      }
      for half in halves {
        items += half.items
        topLevel += half.topLevel
      }
      return
    }
    self.members(members, members.indices, prefix: prefix, typeName: typeName, depth: depth)
  }

  private mutating func members(
    _ members: [Member], _ range: Range<Int>, prefix: String, typeName: String?, depth: Int
  ) {
    // By index, not `for member in`: a copy of each member retained its attribute, modifier and kind
    // storage, and most members are skipped at the first test.
    for index in range {
      switch members[index].kind {
      case .method, .constructor, .destructor, .operator, .property, .indexer, .event, .field:
        if !context.mayHoldOneShot(members[index].range) { continue }
      default:
        break
      }
      switch members[index].kind {
      case .namespace(let name, _, let inner, _):
        let text = context.text(name.range)
        self.members(inner, prefix: prefix.isEmpty ? text : prefix + "." + text, typeName: typeName, depth: depth + 1)
      case .type(let declaration):
        let name = declaration.name.text
        self.members(
          declaration.members, prefix: prefix.isEmpty ? name : prefix + "." + name, typeName: name, depth: depth + 1)
      case .method(let method), .constructor(let method), .destructor(let method), .operator(let method):
        guard let body = method.body else { continue }
        let returnsValue: Bool
        if case .predefined("void") = method.returnType?.kind {
          returnsValue = false
        } else {
          returnsValue = method.returnType != nil
        }
        function(
          parameters: method.parameters, body: body, returnsValue: returnsValue,
          member: qualified(prefix, method.name.text), typeName: typeName, outerNames: [])
      case .property(let property), .indexer(let property), .event(let property):
        let name = qualified(prefix, property.name.text)
        if let expressionBody = property.expressionBody {
          function(
            parameters: property.parameters, body: .expression(expressionBody), returnsValue: true, member: name,
            typeName: typeName, outerNames: [])
        }
        for accessor in property.accessors {
          guard let body = accessor.body else { continue }
          function(
            parameters: property.parameters, body: body, returnsValue: accessor.keyword == "get", member: name,
            typeName: typeName, outerNames: accessor.keyword == "get" ? [] : ["value"])
        }
        if let initializer = property.initializer {
          store(
            initializer, destination: UseText("property '", property.name.text, "'"), site: property.name.range,
            member: name, typeName: typeName)
        }
      case .field(let declaration, _):
        for declarator in declaration.declarators {
          guard let initializer = declarator.initializer else { continue }
          store(
            initializer, destination: UseText("field '", declarator.name.text, "'"), site: declarator.name.range,
            member: qualified(prefix, declarator.name.text), typeName: typeName)
        }
      case .globalStatement(let statement):
        topLevel.append(statement)
      default:
        break
      }
    }
  }

  /// Top-level statements are one body, walked after the members.
  mutating func addTopLevel() {
    guard let first = topLevel.first, let last = topLevel.last else { return }
    let block = Block(statements: topLevel, range: first.range.union(last.range))
    function(
      parameters: [], body: .block(block), returnsValue: false, member: "<top-level>", typeName: nil, outerNames: [])
  }

  func qualified(_ prefix: String, _ name: String) -> String { prefix.isEmpty ? name : prefix + "." + name }

  mutating func function(
    parameters: [Parameter], body: MethodDeclaration.Body, returnsValue: Bool, member: String, typeName: String?,
    outerNames: Set<String>
  ) {
    let range: ByteRange
    switch body {
    case .block(let block): range = block.range
    case .expression(let expr): range = expr.range
    }
    items.append(
      WorkItem(
        kind: .function(
          parameters: parameters, body: body, returnsValue: returnsValue, member: member, typeName: typeName,
          outerNames: outerNames),
        cost: Int(range.end) - Int(range.start)))
  }

  mutating func store(_ initializer: Expr, destination: UseText, site: ByteRange, member: String, typeName: String?) {
    items.append(
      WorkItem(
        kind: .store(
          initializer: initializer, destination: destination, site: site, member: member, typeName: typeName),
        cost: Int(initializer.range.end) - Int(initializer.range.start)))
  }
}

/// Walks work items in order, numbering the values it meets from zero (a run over a later part of the file
/// is renumbered when the parts are joined).
struct WorkRun {
  let context: FileContext
  var facts: [OneShotFact] = []
  /// Value ids used so far: the next run's ids start here.
  var nextValueBase = 0
  /// Parses deferred member bodies and expressions on demand (`nil`: the tree has none).
  var bodies: DeferredBodyParser?

  init(context: FileContext, bodies: DeferredBodyParser?) {
    self.context = context
    self.bodies = bodies
  }

  mutating func perform(_ item: WorkItem) {
    switch item.kind {
    case .function(let parameters, let body, let returnsValue, let member, let typeName, let outerNames):
      function(
        parameters: parameters, body: body, returnsValue: returnsValue, member: member, typeName: typeName,
        outerNames: outerNames)
    case .store(let written, let destination, let site, let member, let typeName):
      let walker = FlowWalker(context: context, member: member, currentTypeName: typeName)
      walker.walk(bodies?.resolve(written) ?? written, .stored(destination: destination, site: site))
      collect(walker, typeName: typeName)
    }
  }

  /// Can walking this closure on its own find nothing? Yes when no identifier in it matters (pre-check
  /// hits, the file's own names) and it names nothing from around it (a local function or delegate it
  /// could call): then no value in it can be one-shot, and nor can any closure nested in it. Captured
  /// values are judged where the closure runs, not here.
  func standaloneWalkIsEmpty(_ next: PendingFunction) -> Bool {
    guard context.hits != nil else { return false }
    var ranges: [ByteRange] = []
    switch next.body {
    case .lambda(let lambda):
      for parameter in lambda.parameters { if let type = parameter.type { ranges.append(type.range) } }
      switch lambda.body {
      case .expression(let expr): ranges.append(expr.range)
      case .block(let block): ranges.append(block.range)
      }
    case .method(let method): ranges.append(method.range)
    }
    for range in ranges {
      if context.mayHoldOneShot(range) || next.outer.contains(where: { context.mentions($0.name, in: range) }) {
        return false
      }
    }
    return true
  }

  /// One function body, then the lambdas and local functions found in it.
  mutating func function(
    parameters: [Parameter], body: MethodDeclaration.Body, returnsValue: Bool, member: String, typeName: String?,
    outerNames: Set<String>
  ) {
    let walker = FlowWalker(context: context, member: member, currentTypeName: typeName)
    for name in outerNames { _ = walker.declareVariable(name, VariableInfo(name: name, kind: .plain)) }
    walker.pushScope()
    for parameter in parameters { walker.declareParameter(parameter) }
    switch body {
    case .block(let block):
      walker.walkBlock(bodies?.resolve(block) ?? block)
    case .expression(let written):
      let expr = bodies?.resolve(written) ?? written
      if returnsValue {
        walker.walk(expr, .consumed(form: "returned", site: expr.range))
      } else {
        walker.walk(expr, .dropped(discard: false))
      }
    }
    walker.finish(exit: walker.frames[0].returns.joined(with: walker.state).0)
    collect(walker, typeName: typeName)
  }

  /// Takes the facts of one walk (or one part of the file) that used `valueCount` value ids, numbered past
  /// the ids used before it.
  mutating func append(_ walkFacts: [OneShotFact], valueCount: Int) {
    for var fact in walkFacts {
      fact.valueID += nextValueBase
      facts.append(fact)
    }
    nextValueBase += valueCount
  }

  mutating func collect(_ walker: FlowWalker, typeName: String?) {
    // A walk uses one id more than it defines values.
    append(walker.facts, valueCount: walker.values.count + 1)
    // A cursor, not `removeFirst`: a method with thousands of lambdas would shift the queue each time.
    var queue = walker.pending
    var head = 0
    var processed = 0
    // Each closure and local function is analyzed on its own once: every walker starts knowing what was
    // queued before it (`FlowWalker.queued`), so a local function that passes itself on (`Run(Inner)` inside
    // `Inner`) is not queued again by the walk of its own body, which repeated its findings up to the cap.
    var queued = walker.queued
    while head < queue.count && processed < 10_000 {
      processed += 1
      let next = queue[head]
      head += 1
      if standaloneWalkIsEmpty(next) {
        // Value ids stay as if it had been walked (a walk that finds no value uses one id).
        append([], valueCount: 1)
        continue
      }
      let inner = FlowWalker(context: context, member: walker.member, currentTypeName: typeName)
      inner.queued = queued
      for (name, info) in next.outer { _ = inner.declareVariable(name, info) }
      inner.pushScope()
      switch next.body {
      case .lambda(let lambda):
        for parameter in lambda.parameters { inner.declareParameter(parameter) }
        switch lambda.body {
        case .block(let block): inner.walkBlock(block)
        case .expression(let expr):
          if next.dropsResult {
            inner.walk(expr, .dropped(discard: false))
          } else {
            inner.walk(expr, .consumed(form: "returned from a lambda", site: expr.range))
          }
        }
      case .method(let method):
        for parameter in method.parameters { inner.declareParameter(parameter) }
        switch method.body {
        case .block(let block): inner.walkBlock(block)
        case .expression(let expr):
          if case .predefined("void") = method.returnType?.kind {
            inner.walk(expr, .dropped(discard: false))
          } else {
            inner.walk(expr, .consumed(form: "returned", site: expr.range))
          }
        case nil: break
        }
      }
      inner.finish(exit: inner.frames[0].returns.joined(with: inner.state).0)
      append(inner.facts, valueCount: inner.values.count + 1)
      queue += inner.pending
      queued = inner.queued
    }
  }
}
