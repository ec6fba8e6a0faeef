/// Member names that can lead the analysis to a one-shot value only on a receiver of a few known types,
/// and so matter only in a file that writes one of those types' names.
///
/// Why this holds (`FileContext.methodReturnsOneShot`): a call whose receiver type is unknown, or a
/// project type that does not declare the method, resolves against every overload the call's shape fits,
/// and is one-shot only when all of them are. When every overload returning a one-shot value is matched,
/// shape for shape, by a same-named overload that does not (`covers`), that never happens: only a receiver
/// whose type declares a one-shot overload itself can make the call one-shot. And the analysis knows a
/// receiver's type only from a name written in the file being analyzed: a declaration's type, `new T()`,
/// a field of the file, the enclosing type, or `T.M()` (`FlowWalker.staticType`); the one exception,
/// a `var` holding a one-shot value, is typed `ValueTask`, which never gates. So `list.Add(x)` in a file
/// that names no type declaring a one-shot `Add` cannot be one-shot, and is no hit there.
public struct MemberGates: Sendable {
  /// By the hash of a gated member name: the hashes of the type names that open it.
  var owners: [UInt64: [UInt64]]

  /// `mattering`: `OneShotPrecheck.namesThatMatter` when the caller has it (only those names can be gated).
  public init(index: ProjectIndex, options: AnalysisOptions, mattering: Set<String>? = nil) {
    var owners: [UInt64: [UInt64]] = [:]
    for (name, types) in MemberGates.names(index: index, options: options, mattering: mattering) {
      owners[IdentifierDigest.hash(name)] = types.sorted().map(IdentifierDigest.hash)
    }
    self.owners = owners
  }

  public var isEmpty: Bool { owners.isEmpty }

  /// Can a use of the member whose name hashes to `name` be one-shot in a file where `mentions` tells
  /// which identifier hashes are written? Always, for a name that is not gated.
  @inline(__always)
  public func opens(_ name: UInt64, mentions: (UInt64) -> Bool) -> Bool {
    guard let types = owners[name] else { return true }
    return types.contains(where: mentions)
  }

  /// Is the name hashed `name` gated at all?
  @inline(__always)
  public func isGated(_ name: UInt64) -> Bool { owners[name] != nil }

  /// The gated method names of this project, each with the types whose one-shot overloads open it.
  /// Left out: names that matter for any other reason (catalog members, configured members, type and
  /// delegate names, properties that may hold a one-shot value), and any name one of whose opening types
  /// could be known without being written as an identifier (a predefined type such as `string`, a one-shot
  /// type, an empty or verbatim name).
  public static func names(index: ProjectIndex, options: AnalysisOptions, mattering: Set<String>? = nil) -> [String:
    Set<String>]
  {
    let anywhere = OneShotPrecheck.namesMatteringAnywhere(index: index, options: options)
    let mattering = mattering ?? OneShotPrecheck.namesThatMatter(index: index, options: options)
    var gates: [String: Set<String>] = [:]
    for name in mattering {
      guard let signatures = index.methods[name] else { continue }
      var oneShot: [MemberSignature] = []
      var others: [MemberSignature] = []
      for signature in signatures {
        if OneShotPrecheck.mayReturnOneShot(signature, index, options) {
          oneShot.append(signature)
        } else {
          others.append(signature)
        }
      }
      guard !oneShot.isEmpty, !others.isEmpty else { continue }
      if OneShotPrecheck.builtinNames.contains(name) || options.extraOneShotMembers.contains(name)
        || anywhere.contains(name)
      {
        continue
      }
      if let properties = index.properties[name],
        properties.contains(where: { OneShotPrecheck.mayReturnOneShot($0, index, options) })
      {
        continue
      }
      var types: Set<String> = []
      let gated = oneShot.allSatisfy { overload in
        types.insert(overload.declaringType)
        return isWrittenTypeName(overload.declaringType, oneShotTypes: anywhere)
          && others.contains { covers($0, overload) }
      }
      if gated { gates[name] = types }
    }
    return gates
  }

  /// Does every call `oneShot` fits also fit `other`: no fewer arguments needed, no fewer allowed, and a
  /// lambda refused in no position `oneShot` takes one?
  static func covers(_ other: MemberSignature, _ oneShot: MemberSignature) -> Bool {
    other.minArguments <= oneShot.minArguments && other.maxArguments >= oneShot.maxArguments
      && other.nonDelegateParameters & ~oneShot.nonDelegateParameters == 0
  }

  /// Is a receiver of this type known to the analysis only where the name is written as an identifier?
  static func isWrittenTypeName(_ name: String, oneShotTypes: Set<String>) -> Bool {
    guard let first = name.utf8.first, first != UInt8(ascii: "@") else { return false }
    return !predefinedTypeNames.contains(name) && !oneShotTypes.contains(name)
  }

  /// Type keywords: a receiver typed `string` is written as a keyword, not an identifier.
  static let predefinedTypeNames: Set<String> = [
    "bool", "byte", "sbyte", "char", "decimal", "double", "float", "int", "uint", "long", "ulong", "short",
    "ushort", "object", "string", "void", "nint", "nuint", "dynamic",
  ]
}
