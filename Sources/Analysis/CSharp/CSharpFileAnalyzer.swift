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
  /// `parallel`: when given and the bodies to walk add up to `parallelFrom` bytes or more, they are parsed
  /// and walked in contiguous runs at the same time (a file as large as a whole tree would otherwise keep
  /// one core busy while the others wait). The facts are the same, value ids included, either way.
  /// `members`: the file's `members(of:…)`, when worked out already (a run of one large file does it while
  /// the pre-check runs).
  public static func analyze(
    _ unit: CompilationUnit, bytes: [UInt8], index: ProjectIndex, options: AnalysisOptions, hits: [UInt32]? = nil,
    bodies: DeferredBodyParser? = nil, parallel: ParallelJobs? = nil, parallelFrom: Int = 1 << 20,
    members: FileMembers? = nil
  ) -> [OneShotFact] {
    let known = (members ?? Self.members(of: unit, bytes: bytes, index: index, options: options)).context
    // A file alias can make a member of another file one-shot here (`using VT = ValueTask;` and a method
    // declared `VT Load()` elsewhere), which the pre-check's names do not cover: walk everything then.
    let context = !known.hasLocalOneShotAliases && hits != nil ? known.limited(to: hits!) : known
    var plan = WorkPlan(context: context, parallel: parallel)
    plan.members(unit.members, prefix: "", typeName: nil, depth: 0)
    plan.addTopLevel()
    let items = plan.items
    guard let parallel, items.count >= 2, items.reduce(0, { $0 + $1.cost }) >= parallelFrom else {
      var run = WorkRun(context: context, bodies: bodies)
      for position in items.indices { run.perform(items[position]) }  // by index: not copied out first
      return run.facts
    }
    return analyzeInParallel(items, context: context, bodies: bodies, parallel: parallel)
  }

  /// What the analysis knows of a file before walking it: its types, aliases and the types of its fields
  /// and properties (`collectMemberTypes`). Needs no pre-check hits.
  public struct FileMembers: Sendable {
    let context: FileContext
  }

  public static func members(
    of unit: CompilationUnit, bytes: [UInt8], index: ProjectIndex, options: AnalysisOptions
  ) -> FileMembers {
    let context = FileContext(bytes: bytes, index: index, options: options, unit: unit)
    collectMemberTypes(unit.members, into: context, enclosing: nil, depth: 0)
    return FileMembers(context: context)
  }

  /// Field and property types of the file, by name, so calls on them resolve.
  static func collectMemberTypes(_ members: [Member], into context: FileContext, enclosing: String?, depth: Int) {
    guard depth < 64 else { return }
    for index in members.indices {  // by index: see `WorkPlan.members`
      switch members[index].kind {
      case .namespace(_, _, let inner, _):
        collectMemberTypes(inner, into: context, enclosing: enclosing, depth: depth + 1)
      case .type(let declaration):
        context.noteBaseTypes(of: declaration.name.text, declaration.baseTypes)
        if let enclosing { context.noteEnclosingType(of: declaration.name.text, enclosing) }
        for parameter in declaration.parameters ?? [] {
          if let type = parameter.type { context.noteMemberType(parameter.name.text, type) }
        }
        collectMemberTypes(declaration.members, into: context, enclosing: declaration.name.text, depth: depth + 1)
      case .field(let declaration, _):
        for declarator in declaration.declarators { context.noteMemberType(declarator.name.text, declaration.type) }
      case .property(let property): context.noteMemberType(property.name.text, property.type)
      default: break
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
      info.elementTypeName = parameter.type?.elementName
      info.invocationReturnsOneShot = context.invocationReturnsOneShot(parameter.type)
      _ = declareVariable(name, info)
    }
  }
}
