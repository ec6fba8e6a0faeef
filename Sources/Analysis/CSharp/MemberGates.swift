/// When a use of a project method's name can resolve to a one-shot value, read from the call's shape and
/// from the type names the file writes, for the pre-check (`OneShotPrecheck.hits`) and the second-pass skip.
///
/// Why this holds (`FileContext.methodReturnsOneShot`): a call is resolved against the overloads its shape
/// fits (argument count, lambda positions). On a receiver of unknown type, or of a project type that does
/// not declare the method, it is one-shot only when every fitting overload is; on a receiver typed as a
/// declaring type, when that type's fitting overloads all are; and never when no one-shot overload fits.
/// And the analysis knows a receiver's type only from a name written in the file being analyzed: a
/// declaration's type, `new T()`, a field of the file, the enclosing type, or `T.M()`
/// (`FlowWalker.staticType`); the one exception, a `var` holding a one-shot value, is typed `ValueTask`,
/// which never gates. So, for a call of `n` plain arguments (`CallArguments`): no one-shot overload takes
/// `n` → no hit; every overload taking `n` is one-shot → a hit; otherwise a hit only where the file writes a
/// declaring type of a one-shot overload. For a use whose shape is unknown, the last rule applies when it
/// holds for every shape (each one-shot overload is matched, shape for shape, by an ordinary one).
public struct MemberGates: Sendable {
  /// What decides one member name, with its type names as written (`names`) or hashed (the queries).
  public struct Gate<Name: Hashable & Sendable>: Sendable {
    /// The declaring types of the one-shot overloads; `nil` when one of them could be a receiver's type
    /// without being written as an identifier (a keyword such as `string`, a one-shot type, an empty or
    /// verbatim name): then no file is ruled out by the names it writes.
    public var owners: Set<Name>?
    /// Every call shape a one-shot overload takes is taken by an ordinary overload too.
    public var everyShapeCovered: Bool
    /// Bit `n` (bit 63: 63 or more): a one-shot overload takes `n` arguments and no lambda.
    public var oneShotTakes: UInt64
    /// Bit `n`: every overload taking `n` arguments and no lambda returns a one-shot value (bit 63 is set
    /// whenever `oneShotTakes` has it: "maybe").
    public var allOneShot: UInt64
  }

  var gates: [UInt64: Gate<UInt64>]

  /// `mattering`: `OneShotPrecheck.namesThatMatter` when the caller has it (only those names can be gated).
  public init(index: ProjectIndex, options: AnalysisOptions, mattering: Set<String>? = nil) {
    var gates: [UInt64: Gate<UInt64>] = [:]
    for (name, gate) in MemberGates.names(index: index, options: options, mattering: mattering) {
      gates[IdentifierDigest.hash(name)] = Gate(
        owners: gate.owners.map { Set($0.map(IdentifierDigest.hash)) }, everyShapeCovered: gate.everyShapeCovered,
        oneShotTakes: gate.oneShotTakes, allOneShot: gate.allOneShot)
    }
    self.gates = gates
  }

  public var isEmpty: Bool { gates.isEmpty }

  /// Is the name hashed `name` decided here at all (else every use of it counts)?
  @inline(__always)
  public func decides(_ name: UInt64) -> Bool { gates[name] != nil }

  /// Can a use of the member named by the hash `name` be one-shot in a file where `mentions` tells which
  /// identifier hashes are written? `arguments`: the call's plain argument count (`CallArguments`), `nil`
  /// for a read or a call whose list could not be counted.
  public func opens(_ name: UInt64, arguments: Int?, mentions: (UInt64) -> Bool) -> Bool {
    guard let gate = gates[name] else { return true }
    let byOwners = gate.owners.map { $0.contains(where: mentions) } ?? true
    guard let arguments else { return !gate.everyShapeCovered || byOwners }
    let bit = UInt64(1) << UInt64(min(arguments, 63))
    if gate.oneShotTakes & bit == 0 { return false }
    return gate.allOneShot & bit != 0 || byOwners
  }

  /// `opens` for some use a file makes of the name hashed `name`, given the shapes of its uses
  /// (`shapeKey`, as the first pass digests them) and the identifiers it writes.
  public func opensAnyUse(_ name: UInt64, shapes: (UInt64) -> Bool, mentions: (UInt64) -> Bool) -> Bool {
    guard let gate = gates[name] else { return true }
    if shapes(MemberGates.shapeKey(name, arguments: nil)) && opens(name, arguments: nil, mentions: mentions) {
      return true
    }
    // Only counts some one-shot overload takes can open it.
    var counts = gate.oneShotTakes
    while counts != 0 {
      let count = counts.trailingZeroBitCount
      counts &= counts - 1
      if shapes(MemberGates.shapeKey(name, arguments: count)) && opens(name, arguments: count, mentions: mentions) {
        return true
      }
    }
    return false
  }

  /// A use's name and shape as one hash: its argument count (63 for 63 or more) or "unknown" (`nil`).
  public static func shapeKey(_ name: UInt64, arguments: Int?) -> UInt64 {
    let shape = UInt64(arguments.map { min($0, 63) } ?? 255) &+ 1
    return name ^ (shape &* 0x9E37_79B9_7F4A_7C15)
  }

  /// Each method name of this project that can return a one-shot value, with what decides its uses. Left
  /// out (every use counts): names that matter for another reason (catalog members, configured members,
  /// type and delegate names, properties that may hold a one-shot value).
  public static func names(index: ProjectIndex, options: AnalysisOptions, mattering: Set<String>? = nil)
    -> [String: Gate<String>]
  {
    let anywhere = OneShotPrecheck.namesMatteringAnywhere(index: index, options: options)
    let mattering = mattering ?? OneShotPrecheck.namesThatMatter(index: index, options: options)
    var gates: [String: Gate<String>] = [:]
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
      guard !oneShot.isEmpty else { continue }
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
      let types = Set(oneShot.map(\.declaringType))
      let written = types.allSatisfy { isWrittenTypeName($0, oneShotTypes: anywhere) }
      var takes: UInt64 = 0
      var all: UInt64 = 0
      for count in 0..<63 {
        let bit = UInt64(1) << UInt64(count)
        guard oneShot.contains(where: { $0.accepts(count) }) else { continue }
        takes |= bit
        if !others.contains(where: { $0.accepts(count) }) { all |= bit }
      }
      if oneShot.contains(where: { $0.maxArguments >= 63 }) {
        takes |= 1 << 63
        all |= 1 << 63
      }
      gates[name] = Gate(
        owners: written ? types : nil,
        everyShapeCovered: oneShot.allSatisfy { overload in others.contains { covers($0, overload) } },
        oneShotTakes: takes, allOneShot: all)
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
