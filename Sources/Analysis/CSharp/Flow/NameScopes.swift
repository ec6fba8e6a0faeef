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
  /// Identifies which tracked variables, closures and local functions are in scope, the same way
  /// `contentID` identifies all names: equal numbers, equal non-plain declarations.
  private(set) var nonPlainGeneration = 0
  private var nonPlainAtOpen: [Int] = []
  /// Identifies what is in scope: a declaration gives a fresh number and closing a scope restores the one
  /// it opened with, so two moments with the same number see the same names bound to the same variables.
  private(set) var contentID = 0
  private var nextContentID = 1
  private var contentAtOpen: [Int] = []

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
        if entries[previous].isNonPlain { nonPlainGeneration = freshID() }
      }
    }
    if isNonPlain { nonPlainGeneration = freshID() }
    contentID = freshID()
    entries.append(Entry(name: name, variable: variable, shadowed: shadowed, isNonPlain: isNonPlain))
  }

  mutating func push() {
    scopeStarts.append(entries.count)
    contentAtOpen.append(contentID)
    nonPlainAtOpen.append(nonPlainGeneration)
  }

  private mutating func freshID() -> Int {
    nextContentID += 1
    return nextContentID
  }

  mutating func pop() {
    guard scopeStarts.count > 1 else { return }
    let start = scopeStarts.removeLast()
    var index = entries.count - 1
    while index >= start {
      let entry = entries[index]
      newest[entry.name] = entry.shadowed >= 0 ? entry.shadowed : nil
      index -= 1
    }
    entries.removeSubrange(start...)
    contentID = contentAtOpen.removeLast()
    nonPlainGeneration = nonPlainAtOpen.removeLast()
  }
}
