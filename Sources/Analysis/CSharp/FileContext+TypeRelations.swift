import CSharpFrontend
import SourceModel

/// What a file's context knows of types beyond its own declarations: a member's type declared in another
/// part of a partial class, a project method's return type, each type's bases through the file and the
/// project index (and files only glanced at), and the types enclosing a nested one. Call resolution
/// (`FileContext.methodReturnsOneShot`) walks these when a receiver's own members do not take a call.
extension FileContext {
  /// The type of field or property `name` of type `owner` declared in another file (another part of a
  /// partial class), from the project index: `nil` unless every such declaration names the same type.
  func memberTypeElsewhere(_ name: String, in owner: String?) -> String? {
    guard let owner, let signatures = index.properties[name] else { return nil }
    return FileContext.sharedTypeName(signatures) { $0.declaringType == owner }
  }

  /// The return type of method `name` of type `owner` taking `arguments` arguments, when every such overload
  /// names the same one and it is not a type parameter's (`T`, `TResult`), `object` or `dynamic`.
  func ownMethodReturnType(_ name: String, arguments: Int, in owner: String?) -> String? {
    guard let owner, let signatures = index.methods[name],
      let found = FileContext.sharedTypeName(signatures, where: { $0.declaringType == owner && $0.accepts(arguments) })
    else { return nil }
    // `object` and `dynamic` say nothing of the members called on the value.
    guard !FileContext.looksLikeTypeParameter(found), found != "object", found != "dynamic" else { return nil }
    return found
  }

  /// The type name every signature passing `include` names, or `nil` when there is none or they differ.
  static func sharedTypeName(_ signatures: Set<MemberSignature>, where include: (MemberSignature) -> Bool) -> String? {
    var found: String?
    for signature in signatures where include(signature) {
      guard !signature.returnTypeName.isEmpty, found == nil || found == signature.returnTypeName else { return nil }
      found = signature.returnTypeName
    }
    return found
  }

  /// `T`, `TResult`: how .NET names type parameters.
  static func looksLikeTypeParameter(_ name: String) -> Bool {
    var scalars = name.unicodeScalars.makeIterator()
    guard scalars.next() == "T" else { return false }
    guard let second = scalars.next() else { return true }
    return second.properties.isUppercase
  }

  /// The base types of `name` that this file's declarations and the project index list.
  func bases(of name: String) -> [String] {
    var result = baseTypeNames[name] ?? []
    if let known = index.baseTypes[name] { result += known.sorted() }
    if let late = index.lateTypes { result += late.bases(of: name) }
    return result
  }

  /// The types `name` derives from, nearest first (a level at a time, at most 64 types), and whether the
  /// chain reaches a class outside the project (`class S : Stream`), whose members the index does not hold
  /// (only extension methods written for it: an outside base ends its branch of the chain). Names written
  /// like interfaces (`IDisposable`) are not counted: an interface's members are not called on the type
  /// without a cast.
  func ancestry(of name: String) -> (levels: [[String]], outside: Bool) {
    var levels: [[String]] = []
    var seen: Set<String> = [name]
    var current = [name]
    var outside = false
    while !current.isEmpty && seen.count < 64 {
      var level: [String] = []
      var next: [String] = []
      for type in current {
        for base in bases(of: type) where seen.insert(base).inserted {
          // An interface's extension methods apply too; an interface outside the project adds no members.
          level.append(base)
          if index.declaresType(base) {
            next.append(base)
          } else if !FileContext.looksLikeInterface(base) {
            outside = true
          }
        }
      }
      if !level.isEmpty { levels.append(level) }
      current = next
    }
    return (levels, outside)
  }

  /// The types enclosing `name` in this file, innermost first (a nested type, or an `extension(…)` block,
  /// calls their members unqualified).
  func enclosingTypes(of name: String) -> [String] {
    var result: [String] = []
    var current = name
    while let outer = enclosingTypeNames[current], !result.contains(outer), result.count < 64 {
      result.append(outer)
      current = outer
    }
    return result
  }

  /// Whether type `name` may inherit members from a class outside the project (see `ancestry`).
  func mayInheritFromOutside(_ name: String) -> Bool {
    ancestry(of: name).outside
  }

  /// `I` followed by a capital letter, as .NET names interfaces.
  static func looksLikeInterface(_ name: String) -> Bool {
    var scalars = name.unicodeScalars.makeIterator()
    guard scalars.next() == "I", let second = scalars.next() else { return false }
    return second.properties.isUppercase
  }
}
