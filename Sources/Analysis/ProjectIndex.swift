import SourceModel

/// What the first pass learns from every file, needed to analyze any one of them: for C#, which members
/// declared anywhere in the tree return a one-shot value. Built per file, then merged (order-independent).
///
/// Everything is kept in sets keyed by name, so `merge` is a union: commutative, associative and
/// deterministic whatever order the files are indexed in.
public struct ProjectIndex: Sendable {
  /// Methods, local functions, interface members and operators by name, each overload as a signature.
  /// Members that do *not* return a one-shot value are kept too: an overload set that mixes both, for the
  /// same argument count, is ambiguous and stays unresolved.
  public var methods: [String: Set<MemberSignature>]
  /// Properties (and fields) by name: does their declared type hold a one-shot value, and where.
  public var properties: [String: Set<MemberSignature>]
  /// Delegate types by name: does invoking one return a one-shot value.
  public var delegates: [String: Set<Bool>]
  /// Names that denote a one-shot type: `global using` aliases of `ValueTask…` (file-local aliases are read
  /// per file) plus custom awaitables marked in configuration.
  public var oneShotTypeNames: Set<String>
  /// Names of `global using` aliases that denote something else (an alias both ways is ignored).
  public var otherAliasNames: Set<String>
  /// Every type declared in the tree: a receiver of one of these types is resolved against the index,
  /// any other receiver type against the built-in catalog. Ask `declaresType`: files whose first pass was
  /// never needed add theirs only when asked (`lateTypes`).
  public var declaredTypes: Set<String>
  /// The types declared by files the driver only glanced at (`FirstPassGlance`), found on demand.
  public var lateTypes: (any LateTypeDeclarations)?
  /// The base types (simple names) each type's declarations list, by type name: a call a type's own
  /// members do not take goes to one it inherits.
  public var baseTypes: [String: Set<String>]
  /// The C# pre-check's names (`OneShotPrecheck.namesThatMatter`) as hashes, filled by the driver once the
  /// index is whole, so that the pre-check of each file costs one probe per identifier. `nil`: the
  /// pre-check judges each spelling against the index itself.
  public var namesThatMatter: IdentifierHashSet?
  /// Of those, the names that matter wherever written (`OneShotPrecheck.namesMatteringAnywhere`); the others
  /// are members' names, hits only where a member is read or called. Filled with `namesThatMatter`.
  public var namesMatteringAnywhere: IdentifierHashSet?
  /// Of the members' names, those that matter only in a file naming one of a few types (`MemberGates`).
  /// Filled with `namesThatMatter`.
  public var memberGates: MemberGates?

  public init() {
    methods = [:]
    properties = [:]
    delegates = [:]
    oneShotTypeNames = []
    otherAliasNames = []
    declaredTypes = []
    baseTypes = [:]
  }

  /// The index of one file's declarations.
  public init(_ part: IndexPart) {
    self.init()
    merge(part)
  }

  /// Folds one file's declarations in: each entry inserted once.
  public mutating func merge(_ part: IndexPart) {
    // An empty index (a worker's first file; a run of one file) takes room for the part's names at once:
    // growing rehashes every name already in, and a large file declares 100,000.
    if methods.isEmpty { methods.reserveCapacity(part.methods.count) }
    if properties.isEmpty { properties.reserveCapacity(part.properties.count) }
    for entry in part.methods { methods[entry.name, default: []].insert(entry.signature) }
    for entry in part.properties { properties[entry.name, default: []].insert(entry.signature) }
    for entry in part.delegates { delegates[entry.name, default: []].insert(entry.returnsOneShot) }
    oneShotTypeNames.formUnion(part.oneShotTypeNames)
    otherAliasNames.formUnion(part.otherAliasNames)
    declaredTypes.formUnion(part.declaredTypes)
    for entry in part.baseTypes { baseTypes[entry.type, default: []].formUnion(entry.bases) }
  }

  /// `merge(_:)`, with an empty index taking a large part's methods on one thread while the rest is folded
  /// in on another (`parallel`: a run of one file's threads; its file declares 100,000 members).
  public mutating func merge(_ part: IndexPart, parallel: ParallelJobs?) {
    guard let parallel, part.methods.count >= ProjectIndex.methodsApartFrom, methods.isEmpty, properties.isEmpty,
      delegates.isEmpty
    else { return merge(part) }
    var methodsOnly = IndexPart()
    methodsOnly.methods = part.methods
    var withoutMethods = part
    withoutMethods.methods = []
    let (methodsPart, rest, empty) = (methodsOnly, withoutMethods, self)
    let (withMethods, others) = parallel.both(
      {
        var index = empty
        index.merge(methodsPart)
        return index.methods
      },
      {
        var index = empty
        index.merge(rest)
        return index
      })
    self = others
    methods = withMethods
  }

  /// Parts with this many methods are folded into an empty index on two threads when threads are lent.
  static let methodsApartFrom = 8192

  /// Folds another index into this one. Must be commutative so parallel merging is deterministic.
  public mutating func merge(_ other: ProjectIndex) {
    ProjectIndex.union(&methods, other.methods)
    ProjectIndex.union(&properties, other.properties)
    ProjectIndex.union(&delegates, other.delegates)
    oneShotTypeNames.formUnion(other.oneShotTypeNames)
    otherAliasNames.formUnion(other.otherAliasNames)
    declaredTypes.formUnion(other.declaredTypes)
    ProjectIndex.union(&baseTypes, other.baseTypes)
  }

  /// Unions `other`'s sets into `table`'s, in place (`merge(_:uniquingKeysWith:)` built a new set for every
  /// name already present). A name only `other` has takes its set as it is: inserting the elements one by
  /// one hashed each again, and most names of a partial index are in no other.
  static func union<Element>(_ table: inout [String: Set<Element>], _ other: [String: Set<Element>]) {
    for (name, elements) in other {
      if let position = table.index(forKey: name) {
        table.values[position].formUnion(elements)
      } else {
        table[name] = elements
      }
    }
  }

  /// Whether a type of this name is declared anywhere in the tree.
  public func declaresType(_ name: String) -> Bool {
    declaredTypes.contains(name) || lateTypes?.declares(name) == true
  }

  /// Records one member declaration.
  public mutating func addMethod(_ name: String, _ signature: MemberSignature) {
    methods[name, default: []].insert(signature)
  }

  public mutating func addProperty(_ name: String, _ signature: MemberSignature) {
    properties[name, default: []].insert(signature)
  }
}

/// One file's declarations as the first pass meets them, in lists: building one costs no hashing and few
/// allocations (a per-file `ProjectIndex` cost a set per member name), and merging it into the project's
/// index inserts each entry once.
public struct IndexPart: Sendable {
  public var methods: [(name: String, signature: MemberSignature)] = []
  public var properties: [(name: String, signature: MemberSignature)] = []
  public var delegates: [(name: String, returnsOneShot: Bool)] = []
  public var oneShotTypeNames: Set<String> = []
  public var otherAliasNames: Set<String> = []
  public var declaredTypes: [String] = []
  public var baseTypes: [(type: String, bases: [String])] = []

  public init() {}

  public mutating func addMethod(_ name: String, _ signature: MemberSignature) {
    methods.append((name, signature))
  }

  public mutating func addProperty(_ name: String, _ signature: MemberSignature) {
    properties.append((name, signature))
  }

  /// The declarations of `other` after this part's: the part of a list read in two halves
  /// (`MemberHalves`). Type names and aliases come from the file's usings, read before its members.
  mutating func append(_ other: IndexPart) {
    methods += other.methods
    properties += other.properties
    delegates += other.delegates
    declaredTypes += other.declaredTypes
    baseTypes += other.baseTypes
  }
}

/// One declaration of a member: how many arguments a call to it can pass, whether it returns a one-shot
/// value, and the type declaring it.
public struct MemberSignature: Sendable, Hashable {
  /// Fewest arguments a call can pass (parameters without default values).
  public var minArguments: Int
  /// Most arguments (`Int.max` with a `params` parameter).
  public var maxArguments: Int
  /// One-shot by what the declaring file knows (its own aliases, configuration).
  public var returnsOneShot: Bool
  /// Simple name of the declaring type (`""` for top-level local functions).
  public var declaringType: String
  /// Simple name of the declared return type, so an alias declared in another file (`global using`) still
  /// resolves once the whole index is known.
  public var returnTypeName: String
  /// Bit `i` is set when parameter `i` certainly cannot take a lambda (`int`, `string`, `List<T>`, …): a
  /// call passing a lambda there is to some other method (LINQ's `Sum(x => …)` is not `Sum(List<int>)`).
  public var nonDelegateParameters: UInt64

  public init(
    minArguments: Int, maxArguments: Int, returnsOneShot: Bool, declaringType: String, returnTypeName: String = "",
    nonDelegateParameters: UInt64 = 0
  ) {
    self.nonDelegateParameters = nonDelegateParameters
    self.minArguments = minArguments
    self.maxArguments = maxArguments
    self.returnsOneShot = returnsOneShot
    self.declaringType = declaringType
    self.returnTypeName = returnTypeName
  }

  public func accepts(_ count: Int) -> Bool { count >= minArguments && count <= maxArguments }
}

/// The types declared by files whose first pass the driver skipped (they name nothing that matters, so
/// their declarations could only matter as receiver types). Answers are the same whenever and from
/// whichever thread asked, so output never depends on scheduling.
public protocol LateTypeDeclarations: Sendable {
  /// Whether one of those files declares a type of this name.
  func declares(_ name: String) -> Bool
  /// The base types those files' declarations of type `name` list.
  func bases(of name: String) -> [String]
}

/// The types one file declares, and the bases each declaration lists (what `LateTypeDeclarations` reads
/// from a file parsed on demand).
public struct TypeDeclarations: Sendable {
  public var names: Set<String>
  public var bases: [String: [String]]

  public init(_ part: IndexPart) {
    names = Set(part.declaredTypes)
    var bases: [String: [String]] = [:]
    for entry in part.baseTypes { bases[entry.type, default: []] += entry.bases }
    self.bases = bases
  }
}
