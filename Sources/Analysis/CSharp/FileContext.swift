import CSharpFrontend
import SourceModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What the analysis of one file knows besides the function being walked: the project index, the one-shot
/// type names in effect (aliases included), configuration, and the types of the file's fields and properties.
///
/// A class, shared by every walker of the file: it holds the whole project index and a dozen other
/// collections, and as a struct each walker's copy retained and released every one of them (a large
/// file has 100,000 walkers). Its member types are filled while it is built (`CSharpFileAnalyzer.members`),
/// before any thread sees it; after that nothing changes it but its memo, which is one walk's at a time.
final class FileContext: @unchecked Sendable {
  let bytes: [UInt8]
  let index: ProjectIndex
  let options: AnalysisOptions
  let types: OneShotTypes
  /// Field and property type names declared in this file, by member name (`nil` when two disagree).
  private(set) var memberTypes: [String: String?] = [:]
  /// Fields and properties declared in this file whose type is a `Func<…, ValueTask>` or a delegate
  /// returning one.
  private(set) var oneShotInvokableMembers: Set<String> = []
  /// The base types (simple names) of each type this file declares, as its declarations list them.
  private(set) var baseTypeNames: [String: [String]] = [:]
  /// `types.names` as a plain list when it is short (the usual case), for lookups without hashing.
  let fewOneShotNames: [String]?
  /// The file declares its own aliases of one-shot types.
  let hasLocalOneShotAliases: Bool
  /// The types the file imports static members of (`using static System.Threading.Tasks.Task;`): an
  /// unqualified call its type's own members do not take may be one of those.
  let staticImports: [String]
  /// The type enclosing each nested type (or `extension(…)` block) the file declares.
  private(set) var enclosingTypeNames: [String: String] = [:]
  /// Answers of `methodReturnsOneShot` already worked out for this file: closures are walked again at each
  /// call site and loop round, and common names have many overloads to sift each time.
  let resolutionMemo: ResolutionMemo
  /// The pre-check's hits (`OneShotPrecheck.hits`, ascending), when the walk is limited by them: a member or
  /// property name written anywhere else cannot resolve to a one-shot producer, so it is not looked up.
  let hits: [UInt32]?
  /// With `hits`: the names that matter only in this file, which the pre-check does not mark: its fields
  /// and properties of a delegate type returning a one-shot value. (Its one-shot type names are among the
  /// pre-check's names wherever written, and a file with aliases of its own is not limited by hits.)
  let localNames: [String]

  init(bytes: [UInt8], index: ProjectIndex, options: AnalysisOptions, unit: CompilationUnit) {
    self.bytes = bytes
    self.index = index
    self.options = options
    self.resolutionMemo = ResolutionMemo()
    self.hits = nil
    self.localNames = []
    var names = OneShotTypes.builtinNames.union(options.extraOneShotTypes).union(index.oneShotTypeNames)
    names.subtract(index.otherAliasNames)
    let usings = CSharpIndexBuilder.allUsings(unit)
    staticImports = usings.filter(\.isStatic).compactMap(\.target.lastName)
    let local = OneShotTypes.aliases(in: usings, known: names)
    hasLocalOneShotAliases = !local.oneShot.isEmpty
    names.formUnion(local.oneShot)
    names.subtract(local.other)
    names.formUnion(OneShotTypes.builtinNames)
    self.types = OneShotTypes(names: names)
    self.fewOneShotNames = names.count <= 8 ? Array(names) : nil
  }

  /// This context with its own memo, and limited by `hits` when given (`localNames`: see there).
  private init(_ other: FileContext, hits: [UInt32]?, localNames: [String]) {
    bytes = other.bytes
    index = other.index
    options = other.options
    types = other.types
    memberTypes = other.memberTypes
    oneShotInvokableMembers = other.oneShotInvokableMembers
    baseTypeNames = other.baseTypeNames
    fewOneShotNames = other.fewOneShotNames
    hasLocalOneShotAliases = other.hasLocalOneShotAliases
    staticImports = other.staticImports
    enclosingTypeNames = other.enclosingTypeNames
    resolutionMemo = ResolutionMemo()
    self.hits = hits
    self.localNames = localNames
  }

  /// The walk limited by the pre-check's hits (see `hits`).
  func limited(to hits: [UInt32]) -> FileContext {
    FileContext(self, hits: hits, localNames: Array(oneShotInvokableMembers))
  }

  /// The same context with a memo of its own, for a part of the file walked on another thread.
  func withOwnMemo() -> FileContext { FileContext(self, hits: hits, localNames: localNames) }

  /// Notes the type a field, property or primary-constructor parameter named `name` is declared with
  /// (while the context is built: see the type's comment).
  func noteMemberType(_ name: String, _ type: TypeSyntax) {
    // A missing name (see `CSharpIndexBuilder`) declares nothing.
    guard !name.isEmpty else { return }
    let typeName = type.lastName
    if let existing = memberTypes[name], existing != typeName {
      memberTypes[name] = .some(nil)
    } else {
      memberTypes[name] = typeName
    }
    if invocationReturnsOneShot(type) { oneShotInvokableMembers.insert(name) }
  }

  /// Notes the type enclosing a nested type (while the context is built: see the type's comment).
  func noteEnclosingType(of name: String, _ outer: String) {
    guard !name.isEmpty, !outer.isEmpty, name != outer else { return }
    enclosingTypeNames[name] = outer
  }

  /// Notes the base types a declaration of type `name` lists (while the context is built).
  func noteBaseTypes(of name: String, _ bases: [TypeSyntax]) {
    guard !name.isEmpty, !bases.isEmpty else { return }
    baseTypeNames[name, default: []] += bases.compactMap(\.lastName)
  }

  /// Does `name` occur as a whole identifier in the bytes of `range` (comments and strings included: a
  /// false hit only costs a walk)?
  func mentions(_ name: String, in range: ByteRange) -> Bool {
    var name = name
    return name.withUTF8 { needle in
      bytes.withUnsafeBufferPointer { haystack in
        FileContext.mentions(needle, in: haystack, from: Int(range.start), to: min(Int(range.end), haystack.count))
      }
    }
  }

  /// The search itself over raw buffers: this runs for every closure against every tracked name in scope,
  /// so it compares bytes in place (no slices, no bounds-checked array reads).
  static func mentions(
    _ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int
  ) -> Bool {
    guard let first = needle.first, let base = haystack.baseAddress else { return false }
    let count = needle.count
    var i = max(start, 0)
    while i + count <= end {
      // `memchr` jumps to the next candidate first byte far faster than a byte-by-byte loop.
      guard let found = memchr(base + i, Int32(first), end - count + 1 - i) else { return false }
      i = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
      if count == 1 || memcmp(base + i, needle.baseAddress!, count) == 0 {
        let before = i > 0 ? haystack[i - 1] : 0x20
        let after = i + count < haystack.count ? haystack[i + count] : 0x20
        if !isIdentifierByte(before) && !isIdentifierByte(after) { return true }
      }
      i += 1
    }
    return false
  }

  /// Could an identifier in `range` be spelled with a `\uXXXX` escape (so that `mentions` misses it)?
  func mayHoldEscapedIdentifier(_ range: ByteRange) -> Bool {
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return false }
      var i = Int(range.start)
      let end = min(Int(range.end), buffer.count)
      while i < end {
        guard let found = memchr(base + i, 0x5C, end - i) else { return false }
        i = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found)) + 1
        if i < end && (buffer[i] == 0x75 || buffer[i] == 0x55) { return true }
      }
      return false
    }
  }

  static func isIdentifierByte(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F
      || byte >= 0x80
  }

  /// The source text of a range (for messages only).
  func text(_ range: ByteRange) -> String {
    let lo = min(Int(range.start), bytes.count)
    let hi = min(max(Int(range.end), lo), bytes.count)
    return String(decoding: bytes[lo..<hi], as: UTF8.self)
  }

  /// A short name for a produced value in messages: `NextAsync(…)`, `new ValueTask<int>(…)`.
  func describe(_ expr: Expr) -> String {
    switch expr.kind {
    case .invocation(let callee, _):
      switch callee.kind {
      case .memberAccess(_, let name, _, _): return name.text + "(…)"
      case .name(let name, _): return name.text + "(…)"
      default: return "call"
      }
    case .memberAccess(let receiver, let name, _, _):
      if case .name(let r, _) = receiver.kind { return r.text + "." + name.text }
      return name.text
    case .objectCreation: return "new ValueTask(…)"
    case .parenthesized(let inner), .suppressNullable(let inner), .cast(_, let inner): return describe(inner)
    default:
      let t = text(expr.range)
      return t.count > 40 ? String(t.prefix(40)) + "…" : t
    }
  }

  /// Is delegate type `type` (as written) one that returns a one-shot value when invoked?
  func invocationReturnsOneShot(_ type: TypeSyntax?) -> Bool {
    if types.funcReturnsOneShot(type) { return true }
    guard let name = type?.lastName, let returns = index.delegates[name] else { return false }
    return returns == [true]
  }

  /// Could walking the code in `range` meet a one-shot value? Always, unless the walk is limited by the
  /// pre-check's hits: then only if one lies in the range or the range names one of `localNames`.
  func mayHoldOneShot(_ range: ByteRange) -> Bool {
    guard let hits else { return true }
    if SortedOffsets.any(hits, in: range) { return true }
    return localNames.contains { mentions($0, in: range) }
  }

  /// Can a call or property read whose name is written at `name` resolve to a one-shot producer? Only when
  /// the name is among the pre-check's hits (or there are none to go by): the hits are exactly where the
  /// names that can matter are written, and most calls in a walked member are to other names.
  func mayResolveToOneShot(_ name: Identifier) -> Bool {
    guard let hits else { return true }
    return SortedOffsets.contains(hits, name.range.start)
  }

  /// Resolves a method call by name, argument count and what is known of the receiver: the project index
  /// first, then the built-in catalog. `nil` when unknown or ambiguous.
  /// `receiverIsType`: the receiver is a type's name, not a value (a static catalog method needs one).
  func methodReturnsOneShot(
    name: String, arguments: Int, lambdaPositions: UInt64 = 0, receiverType: String?, receiverIsType: Bool = true,
    receiverMember: String?
  ) -> Bool {
    let key = ResolutionMemo.Call(
      name: name, arguments: arguments, lambdaPositions: lambdaPositions, receiverType: receiverType,
      receiverIsType: receiverIsType, receiverMember: receiverMember)
    if let known = resolutionMemo.methods[key] { return known }
    let answer = resolveMethod(
      name: name, arguments: arguments, lambdaPositions: lambdaPositions, receiverType: receiverType,
      receiverIsType: receiverIsType, receiverMember: receiverMember)
    resolutionMemo.methods[key] = answer
    return answer
  }

  private func resolveMethod(
    name: String, arguments: Int, lambdaPositions: UInt64, receiverType: String?, receiverIsType: Bool,
    receiverMember: String?
  ) -> Bool {
    if !options.extraOneShotMembers.isEmpty && options.extraOneShotMembers.contains(name) { return true }
    var projectReturnsTask = false
    if let signatures = index.methods[name] {
      // Counted in one pass, without building sets: this runs for every call in the tree.
      var any = 0
      var anyOneShot = 0
      var own = 0
      var ownOneShot = 0
      // By position, reading fields in place: iterating the set copied every overload out of it.
      var position = signatures.startIndex
      while position != signatures.endIndex {
        defer { signatures.formIndex(after: &position) }
        guard signatures[position].accepts(arguments),
          signatures[position].nonDelegateParameters & lambdaPositions == 0
        else { continue }
        let oneShot = isOneShot(
          returnsOneShot: signatures[position].returnsOneShot, signatures[position].returnTypeName)
        any += 1
        if oneShot { anyOneShot += 1 }
        if let receiverType, signatures[position].declaringType == receiverType {
          own += 1
          if oneShot { ownOneShot += 1 }
        }
      }
      projectReturnsTask = any > anyOneShot
      if let receiverType {
        if !index.declaresType(receiverType) {
          // An external receiver type: only extension methods written for it count.
          if own > 0 { return ownOneShot == own }
        } else if own > 0 {
          return ownOneShot == own
        } else if any > 0 {
          // None of its own overloads: one it inherits, from the nearest base declaring it (an extension
          // method written for a base or interface counts).
          // Then from an enclosing type, then from a type imported with `using static`.
          let levels = ancestry(of: receiverType).levels
          for level in levels + enclosingTypes(of: receiverType).map({ [$0] }) + [staticImports] {
            var found = 0
            var foundOneShot = 0
            for signature in signatures
            where level.contains(signature.declaringType) && signature.accepts(arguments)
              && signature.nonDelegateParameters & lambdaPositions == 0
            {
              found += 1
              if isOneShot(returnsOneShot: signature.returnsOneShot, signature.returnTypeName) { foundOneShot += 1 }
            }
            if found > 0 { return foundOneShot == found }
          }
          // Nothing the type can reach declares it: an extension method vtlint does not see (an instance
          // method of some other type cannot be called on this one). Left unresolved.
        }
      } else if any > 0 && !BuiltinCatalog.mayReturnTask(method: name, arguments: arguments) {
        // A receiver of unknown type: the project's members of that name, unless .NET has a well-known one
        // returning `Task` (`stream.ReadAsync(buffer, 0, n)` on a `var stream = File.OpenRead(p)`).
        return anyOneShot == any
      }
    }
    return BuiltinCatalog.returnsOneShot(
      method: name, arguments: arguments, receiverType: receiverType, receiverMember: receiverMember,
      receiverIsType: receiverIsType, receiverOutsideProject: receiverType.map { !index.declaresType($0) } ?? false,
      projectReturnsTask: projectReturnsTask)
  }

  /// Resolves a property read the same way.
  func propertyIsOneShot(name: String, receiverType: String?, receiverIsType: Bool = true) -> Bool {
    if !options.extraOneShotMembers.isEmpty && options.extraOneShotMembers.contains(name) { return true }
    if BuiltinCatalog.propertyIsOneShot(name, receiverType: receiverType, receiverIsType: receiverIsType) {
      return true
    }
    guard let receiverType, let signatures = index.properties[name], index.declaresType(receiverType)
    else { return false }
    let own = signatures.filter { $0.declaringType == receiverType }
    if own.isEmpty && mayInheritFromOutside(receiverType) { return false }
    let matching = own.isEmpty ? signatures : own
    return !matching.isEmpty && matching.allSatisfy(isOneShot)
  }

  /// A signature's return type is one-shot by its own file's knowledge or by the project's type names.
  func isOneShot(_ signature: MemberSignature) -> Bool {
    isOneShot(returnsOneShot: signature.returnsOneShot, signature.returnTypeName)
  }

  func isOneShot(returnsOneShot: Bool, _ returnTypeName: String) -> Bool {
    if returnsOneShot { return true }
    // Runs for every overload of every called name: a few equality tests beat hashing the type name.
    if let few = fewOneShotNames { return few.contains(returnTypeName) }
    return types.names.contains(returnTypeName)
  }
}
