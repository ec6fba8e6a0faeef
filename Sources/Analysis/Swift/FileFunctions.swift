import SourceModel
import SwiftFrontend

/// What a Swift file's own declarations say about calls written in it: functions declared to return
/// `Never` (a call to one ends its path, like `fatalError`), and blocking-looking names it declares itself
/// (`func wait() -> Bool` on one of its types, a `var wait: () -> Bool`, a `func usleep`): a call that
/// reaches one of those (unqualified, on `self`, or on a parameter or property of the declaring type) need
/// not block, so it is not reported.
struct FileFunctions: Sendable {
  var neverReturning: Set<String> = []
  /// Blocking-looking names declared at the top level (free functions).
  var freeLookAlikes: Set<String> = []
  /// Blocking-looking member names, with the types of the file declaring them.
  var lookAlikeOwners: [String: Set<String>] = [:]
  /// Stored properties' declared types, by name (a name declared with two types is dropped).
  var propertyTypes: [String: String] = [:]

  /// The names `BlockingCalls.match` takes for blocking calls.
  static let blockingNames: Set<String> = ["wait", "waitUntilExit", "sleep", "usleep"]

  init() {}

  init(_ statements: [SwiftStmt]) {
    var budget = 400_000
    var conflicting: Set<String> = []
    for statement in statements { collect(.stmt(statement), owner: nil, budget: &budget, depth: 0, &conflicting) }
    for name in conflicting { propertyTypes[name] = nil }
  }

  /// Whether a call of `name` on `base` (`nil`: unqualified) reaches one of the file's own look-alikes.
  /// `parameterTypes`: the declared types of the enclosing function's parameters.
  func declaresLookAlike(_ name: String, on base: SwiftExpr?, parameterTypes: [String: String]) -> Bool {
    guard freeLookAlikes.contains(name) || lookAlikeOwners[name] != nil else { return false }
    guard let base else { return true }
    guard case .identifier(let root, _) = SwiftSyntaxQueries.stripped(base).kind else { return false }
    if root.text == "self" { return lookAlikeOwners[name] != nil }
    guard let type = parameterTypes[root.text] ?? propertyTypes[root.text] else { return false }
    return lookAlikeOwners[name]?.contains(type) ?? false
  }

  private mutating func collect(
    _ node: SwiftNode, owner: String?, budget: inout Int, depth: Int, _ conflicting: inout Set<String>
  ) {
    budget -= 1
    guard budget > 0, depth < 400 else { return }
    var owner = owner
    if case .decl(let decl) = node {
      switch decl.kind {
      case .function(let function):
        if function.returnType?.lastName == "Never" { neverReturning.insert(function.name.text) }
        noteLookAlike(function.name.text, owner: owner)
      case .variable(let variable):
        for binding in variable.bindings {
          for name in binding.pattern.boundNames {
            noteLookAlike(name.text, owner: owner)  // `var wait: () -> Bool`
            if owner != nil, let type = binding.type?.lastName {
              if let known = propertyTypes[name.text], known != type { conflicting.insert(name.text) }
              propertyTypes[name.text] = type
            }
          }
        }
      case .type(let type):
        owner = type.name.text
      default: break
      }
    }
    for child in node.children { collect(child, owner: owner, budget: &budget, depth: depth + 1, &conflicting) }
  }

  private mutating func noteLookAlike(_ name: String, owner: String?) {
    guard Self.blockingNames.contains(name) else { return }
    if let owner { lookAlikeOwners[name, default: []].insert(owner) } else { freeLookAlikes.insert(name) }
  }
}
