import CSharpFrontend
import SourceModel

/// The second pass over one C# file: every function body (methods, accessors, constructors, lambdas,
/// local functions, top-level statements) and every field or property initializer is walked, and the
/// facts about one-shot values are returned. Value ids are unique within the file.
public enum CSharpFileAnalyzer {
  /// `hits`: where `OneShotPrecheck` found identifiers that can matter; when given, members whose range
  /// holds none (and names none of the file's aliases or delegate-typed members) are not walked, as they
  /// cannot produce a one-shot value.
  /// `bodies`: parses the member bodies a tree deferred (`Parser.parse(…, deferMemberBodies: true)`), only
  /// for the members that are walked.
  public static func analyze(
    _ unit: CompilationUnit, bytes: [UInt8], index: ProjectIndex, options: AnalysisOptions, hits: [UInt32]? = nil,
    bodies: DeferredBodyParser? = nil
  ) -> [OneShotFact] {
    var context = FileContext(bytes: bytes, index: index, options: options, unit: unit)
    collectMemberTypes(unit.members, into: &context, depth: 0)
    // A file alias can make a member of another file one-shot here (`using VT = ValueTask;` and a method
    // declared `VT Load()` elsewhere), which the pre-check's names do not cover: walk everything then.
    let limitedByHits = !context.hasLocalOneShotAliases && hits != nil
    if limitedByHits { context.hits = hits }
    var run = Run(context: context)
    run.bodies = bodies
    if limitedByHits {
      run.hits = hits
      run.localNames = Array(context.types.names) + Array(context.oneShotInvokableMembers)
    }
    run.members(unit.members, prefix: "", typeName: nil, depth: 0)
    if !run.topLevel.isEmpty {
      let block = Block(statements: run.topLevel, range: run.topLevel[0].range.union(run.topLevel.last!.range))
      run.function(
        parameters: [], body: .block(block), returnsValue: false, member: "<top-level>", typeName: nil,
        outerNames: [])
    }
    return run.facts
  }

  /// Field and property types of the file, by name, so calls on them resolve.
  static func collectMemberTypes(_ members: [Member], into context: inout FileContext, depth: Int) {
    guard depth < 64 else { return }
    func note(_ name: String, _ type: TypeSyntax) {
      let typeName = type.lastName
      if let existing = context.memberTypes[name], existing != typeName {
        context.memberTypes[name] = .some(nil)
      } else {
        context.memberTypes[name] = typeName
      }
      if context.invocationReturnsOneShot(type) { context.oneShotInvokableMembers.insert(name) }
    }
    for member in members {
      switch member.kind {
      case .namespace(_, _, let inner, _): collectMemberTypes(inner, into: &context, depth: depth + 1)
      case .type(let declaration):
        for parameter in declaration.parameters ?? [] {
          if let type = parameter.type { note(parameter.name.text, type) }
        }
        collectMemberTypes(declaration.members, into: &context, depth: depth + 1)
      case .field(let declaration, _):
        for declarator in declaration.declarators { note(declarator.name.text, declaration.type) }
      case .property(let property): note(property.name.text, property.type)
      default: break
      }
    }
  }

  /// One file's analysis in progress.
  private struct Run {
    let context: FileContext
    var facts: [OneShotFact] = []
    var nextValueBase = 0
    var topLevel: [Stmt] = []
    /// Offsets of pre-check hits (sorted), or `nil` to walk every member.
    var hits: [UInt32]?
    /// Names that matter only in this file: one-shot type names and aliases, delegate-typed members.
    var localNames: [String] = []
    /// Parses deferred member bodies on demand (`nil`: the tree has none).
    var bodies: DeferredBodyParser?

    init(context: FileContext) {
      self.context = context
    }

    /// Could walking the member in `range` meet a one-shot value?
    func mayHoldOneShot(_ range: ByteRange) -> Bool {
      guard let hits else { return true }
      if SortedOffsets.any(hits, in: range) { return true }
      return localNames.contains { context.mentions($0, in: range) }
    }

    mutating func members(_ members: [Member], prefix: String, typeName: String?, depth: Int) {
      guard depth < 64 else { return }
      for member in members {
        switch member.kind {
        case .method, .constructor, .destructor, .operator, .property, .indexer, .event, .field:
          if !mayHoldOneShot(member.range) { continue }
        default:
          break
        }
        switch member.kind {
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

    func qualified(_ prefix: String, _ name: String) -> String { prefix.isEmpty ? name : prefix + "." + name }

    /// Can walking this closure on its own find nothing? Yes when no identifier in it matters (pre-check
    /// hits, the file's own names) and it names nothing from around it (a local function or delegate it
    /// could call): then no value in it can be one-shot, and nor can any closure nested in it. Captured
    /// values are judged where the closure runs, not here.
    func standaloneWalkIsEmpty(_ next: PendingFunction) -> Bool {
      guard hits != nil else { return false }
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
        if mayHoldOneShot(range) || next.outer.contains(where: { context.mentions($0.name, in: range) }) {
          return false
        }
      }
      return true
    }

    /// A field or property initializer: a one-shot value there is stored.
    mutating func store(_ initializer: Expr, destination: UseText, site: ByteRange, member: String, typeName: String?) {
      let walker = FlowWalker(context: context, member: member, currentTypeName: typeName)
      walker.walk(initializer, .stored(destination: destination, site: site))
      collect(walker, typeName: typeName)
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
      case .expression(let expr):
        if returnsValue {
          walker.walk(expr, .consumed(form: "returned", site: expr.range))
        } else {
          walker.walk(expr, .dropped(discard: false))
        }
      }
      walker.finish(exit: walker.frames[0].returns.joined(with: walker.state).0)
      collect(walker, typeName: typeName)
    }

    mutating func collect(_ walker: FlowWalker, typeName: String?) {
      for var fact in walker.facts {
        fact.valueID += nextValueBase
        facts.append(fact)
      }
      nextValueBase += walker.values.count + 1
      // A cursor, not `removeFirst`: a method with thousands of lambdas would shift the queue each time.
      var queue = walker.pending
      var head = 0
      var processed = 0
      while head < queue.count && processed < 10_000 {
        processed += 1
        let next = queue[head]
        head += 1
        if standaloneWalkIsEmpty(next) {
          // Value ids stay as if it had been walked (a walk that finds no value uses one id).
          nextValueBase += 1
          continue
        }
        let inner = FlowWalker(context: context, member: walker.member, currentTypeName: typeName)
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
        for var fact in inner.facts {
          fact.valueID += nextValueBase
          facts.append(fact)
        }
        nextValueBase += inner.values.count + 1
        queue += inner.pending
      }
    }
  }
}

extension FlowWalker {
  /// A parameter: tracked when its declared type is one-shot.
  func declareParameter(_ parameter: Parameter) {
    let name = parameter.name.text
    let isByReference = parameter.modifiers.contains { $0 == "ref" || $0 == "out" || $0 == "in" }
    if context.types.isOneShot(parameter.type) && !isByReference {
      let variable = declareVariable(name, VariableInfo(name: name, kind: .tracked, typeName: parameter.type?.lastName))
      let id = defineValue(subject: name, definition: parameter.name.range, origin: .parameter)
      state.binding[variable] = id
    } else {
      var info = VariableInfo(name: name, kind: .plain, typeName: parameter.type?.lastName)
      info.invocationReturnsOneShot = context.invocationReturnsOneShot(parameter.type)
      _ = declareVariable(name, info)
    }
  }
}
