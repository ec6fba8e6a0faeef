import CSharpFrontend
import SourceModel

/// The first pass over one C# file: every member, property, field and delegate it declares, with whether
/// it yields a one-shot value, and its `global using` aliases.
public enum CSharpIndexBuilder {
  public static func index(_ unit: CompilationUnit, options: AnalysisOptions) -> ProjectIndex {
    ProjectIndex(part(unit, options: options))
  }

  /// The file's declarations as a list, for the driver to merge. `parallel`: threads lent to a run of one
  /// file, whose largest member list is then read in two halves at once (`MemberHalves`).
  public static func part(_ unit: CompilationUnit, options: AnalysisOptions, parallel: ParallelJobs? = nil)
    -> IndexPart
  {
    var index = IndexPart()
    var known = OneShotTypes.builtinNames.union(options.extraOneShotTypes)
    let fileAliases = OneShotTypes.aliases(in: allUsings(unit), known: known)
    known.formUnion(fileAliases.oneShot)
    let globals = OneShotTypes.aliases(in: unit.usings.filter(\.isGlobal), known: known)
    index.oneShotTypeNames = globals.oneShot.union(options.extraOneShotTypes)
    index.otherAliasNames = globals.other
    var builder = Builder(types: OneShotTypes(names: known), index: index, parallel: parallel)
    builder.add(unit.members, declaringType: "", depth: 0)
    return builder.index
  }

  /// Usings at file level and inside namespaces.
  static func allUsings(_ unit: CompilationUnit) -> [UsingDirective] {
    var result = unit.usings
    var stack = unit.members
    var guardCount = 0
    while let member = stack.popLast(), guardCount < 100_000 {
      guardCount += 1
      if case .namespace(_, let usings, let members, _) = member.kind {
        result += usings
        stack += members
      }
    }
    return result
  }

  /// Types that can never hold a lambda, by simple name.
  static let nonDelegateTypeNames: Set<String> = [
    "List", "IList", "IEnumerable", "ICollection", "IReadOnlyList", "IReadOnlyCollection", "Dictionary",
    "IDictionary", "IReadOnlyDictionary", "HashSet", "ISet", "Memory", "ReadOnlyMemory", "Span", "ReadOnlySpan",
    "ArraySegment", "CancellationToken", "TimeSpan", "DateTime", "DateTimeOffset", "Guid", "Task", "ValueTask",
    "String", "Int32", "Int64", "Stream", "Type",
  ]

  /// Which of the first 64 parameters certainly cannot take a lambda.
  static func nonDelegateMask(_ parameters: [Parameter]) -> UInt64 {
    var mask: UInt64 = 0
    for (position, parameter) in parameters.prefix(64).enumerated() {
      guard let type = parameter.type else { continue }
      var certain = false
      switch type.kind {
      case .predefined(let name): certain = name != "dynamic" && name != "object"
      case .array, .tuple, .pointer: certain = true
      case .named: certain = nonDelegateTypeNames.contains(type.lastName ?? "")
      case .nullable(let inner):
        if case .predefined = inner.kind { certain = true }
      default: break
      }
      if certain { mask |= 1 << UInt64(position) }
    }
    return mask
  }

  /// The signature of a call to a method with these parameters.
  static func arity(_ parameters: [Parameter]) -> (min: Int, max: Int) {
    var minimum = 0
    var maximum = parameters.count
    for parameter in parameters {
      if parameter.modifiers.contains("params") {
        maximum = Int.max
      } else if parameter.defaultValue == nil {
        minimum += 1
      }
    }
    return (minimum, maximum)
  }

  /// A name the parser made up for a missing identifier (`ValueTask<T> s, ;`, `class { }`) is empty and
  /// declares nothing: indexed, it would be the member of every `x.` whose name is missing too, which no
  /// identifier in the file names (the pre-check finds no hit there, a walk of everything a value; found by
  /// the structure-aware fuzzer).
  private struct Builder {
    let types: OneShotTypes
    var index: IndexPart
    /// Set until the first list of `MemberHalves.from` members is met, which is read in halves at once.
    var parallel: ParallelJobs?

    mutating func add(_ members: [Member], declaringType: String, depth: Int) {
      guard depth < 64 else { return }
      if let parallel, members.count >= MemberHalves.from {
        self.parallel = nil
        let types = self.types
        let halves = MemberHalves.map(members.count, on: parallel) { range -> IndexPart in
          var builder = Builder(types: types, index: IndexPart())
          builder.add(members, range, declaringType: declaringType, depth: depth)
          return builder.index
        }
        for half in halves { index.append(half) }
        return
      }
      add(members, members.indices, declaringType: declaringType, depth: depth)
    }

    private mutating func add(_ members: [Member], _ range: Range<Int>, declaringType: String, depth: Int) {
      // By index: a copy of each member retained its attributes, modifiers and kind (see `WorkPlan.members`).
      for position in range {
        switch members[position].kind {
        case .namespace(_, _, let inner, _):
          add(inner, declaringType: declaringType, depth: depth + 1)
        case .type(let declaration):
          if !declaration.name.text.isEmpty {
            index.declaredTypes.append(declaration.name.text)
            let bases = declaration.baseTypes.compactMap(\.lastName)
            if !bases.isEmpty { index.baseTypes.append((declaration.name.text, bases)) }
          }
          if let parameters = declaration.parameters {
            for parameter in parameters where !parameter.name.text.isEmpty {
              index.addProperty(
                parameter.name.text,
                MemberSignature(
                  minArguments: 0, maxArguments: 0, returnsOneShot: types.isOneShot(parameter.type),
                  declaringType: declaration.name.text, returnTypeName: parameter.type?.lastName ?? ""))
            }
          }
          add(declaration.members, declaringType: declaration.name.text, depth: depth + 1)
        case .delegate(let declaration) where !declaration.name.text.isEmpty:
          index.declaredTypes.append(declaration.name.text)
          index.delegates.append((declaration.name.text, types.isOneShot(declaration.returnType)))
        case .method(let method) where !method.name.text.isEmpty, .operator(let method):
          addMethod(method, declaringType: declaringType)
        case .field(let declaration, _):
          for declarator in declaration.declarators where !declarator.name.text.isEmpty {
            index.addProperty(
              declarator.name.text,
              MemberSignature(
                minArguments: 0, maxArguments: 0, returnsOneShot: types.isOneShot(declaration.type),
                declaringType: declaringType, returnTypeName: declaration.type.lastName ?? ""))
          }
        case .property(let property) where !property.name.text.isEmpty:
          index.addProperty(
            property.name.text,
            MemberSignature(
              minArguments: 0, maxArguments: 0, returnsOneShot: types.isOneShot(property.type),
              declaringType: declaringType, returnTypeName: property.type.lastName ?? ""))
        default:
          break
        }
      }
    }

    mutating func addMethod(_ method: MethodDeclaration, declaringType: String) {
      let returns = types.isOneShot(method.returnType)
      let returnTypeName = method.returnType?.lastName ?? ""
      let nonDelegate = CSharpIndexBuilder.nonDelegateMask(method.parameters)
      let (minimum, maximum) = CSharpIndexBuilder.arity(method.parameters)
      let name = method.name.text
      index.addMethod(
        name,
        MemberSignature(
          minArguments: minimum, maxArguments: maximum, returnsOneShot: returns, declaringType: declaringType,
          returnTypeName: returnTypeName, nonDelegateParameters: nonDelegate))
      // An extension method is also called with its receiver outside the argument list.
      if let first = method.parameters.first, first.modifiers.contains("this") {
        index.addMethod(
          name,
          MemberSignature(
            minArguments: Swift.max(0, minimum - 1), maxArguments: maximum == Int.max ? Int.max : maximum - 1,
            returnsOneShot: returns, declaringType: first.type?.lastName ?? "", returnTypeName: returnTypeName,
            nonDelegateParameters: nonDelegate >> 1))
      }
    }
  }
}
