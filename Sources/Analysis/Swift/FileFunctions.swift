import SourceModel
import SwiftFrontend

/// What a Swift file's own declarations say about calls written in it: functions declared to return
/// `Never` (a call to one ends its path, like `fatalError`), and blocking-looking names it declares itself
/// (`func wait() -> Bool` on one of its types, a `var wait: () -> Bool`, a `func usleep`): a call that
/// reaches one of those (unqualified, on `self`, or on a parameter or property of the declaring type) need
/// not block, so it is not reported.
struct FileFunctions: Sendable {
  /// Free functions declared `-> Never`.
  var neverReturning: Set<String> = []
  /// Methods declared `-> Never`, with their types.
  var neverReturningMethods: [String: Set<String>] = [:]

  /// The names whose unqualified (or `self.`) calls never return inside type `typeName`'s members: the free
  /// `-> Never` functions and that type's own `-> Never` methods. Another type's method of the same name
  /// may return.
  /// Also `Type.method` for every `-> Never` method, and `parameter.method` for parameters declared with its
  /// type (`f.fail()` on `f: Failer`), as `ResumePathInterpreter` spells calls.
  func neverReturning(in typeName: String?, parameterTypes: [String: String] = [:]) -> Set<String> {
    var result = neverReturning
    for (name, owners) in neverReturningMethods {
      if let typeName, owners.contains(typeName) { result.insert(name) }
      for owner in owners { result.insert(owner + "." + name) }
      for (parameter, type) in parameterTypes where owners.contains(type) { result.insert(parameter + "." + name) }
    }
    return result
  }
  /// Blocking-looking names declared at the top level (free functions).
  var freeLookAlikes: Set<String> = []
  /// Blocking-looking member names, with the types of the file declaring them.
  var lookAlikeOwners: [String: Set<String>] = [:]
  /// Stored properties' declared types, by name (a name declared with two types is dropped).
  var propertyTypes: [String: String] = [:]
  /// The argument labels of each look-alike's declarations (`timeout:_`; "" for a closure property), by name
  /// and by `Owner.name`, so a call with other labels (`g.wait()` against `func wait(label:)`) is the real
  /// one.
  var lookAlikeLabels: [String: Set<String>] = [:]

  /// The names `BlockingCalls.match` takes for blocking calls.
  static let blockingNames: Set<String> = ["wait", "waitUntilExit", "sleep", "usleep"]

  init() {}

  init(_ statements: [SwiftStmt]) {
    var budget = 400_000
    var conflicting: Set<String> = []
    for statement in statements { collect(.stmt(statement), owner: nil, budget: &budget, depth: 0, &conflicting) }
    for name in conflicting { propertyTypes[name] = nil }
  }

  /// Whether a call of `name` with these argument labels on `base` (`nil`: unqualified) may reach one of the
  /// file's own look-alikes: the labels match a declaration's, and the receiver's type is the declaring type
  /// or cannot be read. `parameterTypes`: the declared types of the enclosing function's parameters;
  /// `typeName`: the type whose member is being walked.
  func declaresLookAlike(
    _ name: String, labels: [String?], on base: SwiftExpr?, parameterTypes: [String: String], typeName: String?
  ) -> Bool {
    let spelled = labels.map { $0 ?? "_" }.joined(separator: ":")
    /// Whether `owner` (nil: any declaration) declares `name` with these labels.
    func declares(_ owner: String?) -> Bool {
      lookAlikeLabels[owner.map { $0 + "." + name } ?? name]?.contains(spelled) == true
    }
    guard freeLookAlikes.contains(name) || lookAlikeOwners[name] != nil, declares(nil) else { return false }
    guard let base else { return declares("") || typeName.map(declares) == true }
    // The receiver's type, where a declaration gives it: a parameter, a property (`gate`, `self.gate`);
    // a receiver of unknown type may be a look-alike.
    let receiver = SwiftSyntaxQueries.stripped(base)
    if case .memberAccess(let inner?, let member, _) = receiver.kind,
      case .identifier(let root, _) = SwiftSyntaxQueries.stripped(inner).kind, root.text == "self"
    {
      return propertyTypes[member.text].map(declares) ?? true
    }
    guard case .identifier(let root, _) = receiver.kind else { return true }
    if root.text == "self" { return typeName.map(declares) ?? true }
    guard let type = parameterTypes[root.text] ?? propertyTypes[root.text] else { return true }
    return declares(type)
  }

  /// Walks declarations only: statements' blocks, type members and function bodies, never expressions (a
  /// function declared inside a closure is not seen, which only means a call to it is judged as any other).
  private mutating func collect(
    _ node: SwiftNode, owner: String?, budget: inout Int, depth: Int, _ conflicting: inout Set<String>
  ) {
    budget -= 1
    guard budget > 0, depth < 400 else { return }
    switch node {
    case .stmt(let stmt):
      if case .declaration(let decl) = stmt.kind {
        collect(.decl(decl), owner: owner, budget: &budget, depth: depth + 1, &conflicting)
      }
      for block in UnreachableCode.blocks(of: stmt) {
        for inner in block { collect(.stmt(inner), owner: owner, budget: &budget, depth: depth + 1, &conflicting) }
      }
    case .decl(let decl):
      switch decl.kind {
      case .function(let function), .initializer(let function), .deinitializer(let function),
        .subscript(let function):
        if case .function = decl.kind { noteFunction(function, owner: owner) }
        for inner in function.body?.statements ?? [] {
          collect(.stmt(inner), owner: owner, budget: &budget, depth: depth + 1, &conflicting)
        }
      case .variable(let variable):
        for binding in variable.bindings {
          for name in binding.pattern.boundNames {
            noteLookAlike(name.text, owner: owner, labels: nil)  // `var wait: () -> Bool`
            if owner != nil, let type = binding.type?.lastName {
              if let known = propertyTypes[name.text], known != type { conflicting.insert(name.text) }
              propertyTypes[name.text] = type
            }
          }
        }
      case .type(let type):
        for member in type.members {
          collect(.decl(member), owner: type.name.text, budget: &budget, depth: depth + 1, &conflicting)
        }
      case .ifConfig(let clauses):
        for item in clauses.flatMap(\.items) {
          collect(.stmt(item), owner: owner, budget: &budget, depth: depth + 1, &conflicting)
        }
      default:
        break
      }
    case .expr:
      break
    }
  }

  private mutating func noteFunction(_ function: SwiftFunctionDecl, owner: String?) {
    if function.returnType?.lastName == "Never" {
      if let owner {
        neverReturningMethods[function.name.text, default: []].insert(owner)
      } else {
        neverReturning.insert(function.name.text)
      }
    }
    noteLookAlike(function.name.text, owner: owner, labels: function.parameters.map { $0.firstName?.text })
  }

  private mutating func noteLookAlike(_ name: String, owner: String?, labels: [String?]?) {
    guard Self.blockingNames.contains(name) else { return }
    if let owner { lookAlikeOwners[name, default: []].insert(owner) } else { freeLookAlikes.insert(name) }
    let spelled = labels.map { $0.map { $0 ?? "_" }.joined(separator: ":") } ?? ""
    lookAlikeLabels[name, default: []].insert(spelled)
    lookAlikeLabels[(owner ?? "") + "." + name, default: []].insert(spelled)
  }
}
