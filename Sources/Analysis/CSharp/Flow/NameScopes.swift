/// The names visible while a function body is walked: nested block scopes, inner declarations shadowing
/// outer ones. One dictionary maps each name to its newest declaration, and each declaration remembers the
/// one it shadows, so a lookup hashes the name once however deep the nesting (a dictionary per scope
/// hashed it once per enclosing scope, and allocated a table for every block that declared anything).
/// Declarations are kept in the order made; a scope's own are the tail of that list while it is open.
struct NameScopes {
  /// One declaration.
  struct Entry {
    var name: String
    var variable: Int
    /// The declaration of the same name it shadows (index into `entries`), or -1.
    var shadowed: Int
    /// `false` once declared again in the same scope (the later one replaces it there).
    var live = true
    /// A tracked variable, closure or local function (not a plain local).
    var isNonPlain: Bool
  }

  private(set) var entries: [Entry] = []
  /// Where each open scope's declarations start in `entries`; the outermost scope is always open.
  private var scopeStarts: [Int] = [0]
  private var newest: [String: Int] = [:]
  /// Changes whenever the tracked variables, closures or local functions in scope change.
  private(set) var nonPlainGeneration = 0

  var depth: Int { scopeStarts.count }

  func lookup(_ name: String) -> Int? {
    guard let index = newest[name] else { return nil }
    return entries[index].variable
  }

  mutating func declare(_ name: String, variable: Int, isNonPlain: Bool) {
    var shadowed = -1
    // One hash: the new entry's index goes in as the old one comes out.
    if let previous = newest.updateValue(entries.count, forKey: name) {
      shadowed = previous
      if previous >= scopeStarts[scopeStarts.count - 1] {
        entries[previous].live = false
        if entries[previous].isNonPlain { nonPlainGeneration += 1 }
      }
    }
    if isNonPlain { nonPlainGeneration += 1 }
    entries.append(Entry(name: name, variable: variable, shadowed: shadowed, isNonPlain: isNonPlain))
  }

  mutating func push() { scopeStarts.append(entries.count) }

  mutating func pop() {
    guard scopeStarts.count > 1 else { return }
    let start = scopeStarts.removeLast()
    var index = entries.count - 1
    while index >= start {
      let entry = entries[index]
      if entry.isNonPlain && entry.live { nonPlainGeneration += 1 }
      newest[entry.name] = entry.shadowed >= 0 ? entry.shadowed : nil
      index -= 1
    }
    entries.removeSubrange(start...)
  }
}
