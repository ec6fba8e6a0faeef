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
  /// One open block scope: where its declarations start in `entries`, and the identities to restore when
  /// it closes.
  private struct OpenScope {
    var start: Int
    var contentID: Int
    var nonPlainGeneration: Int
  }
  /// The scopes opened by `push`, innermost last; the outermost scope (starting at 0) is always open and
  /// not listed. One list, not one per field, and reserved on first use: a walker is made for every body
  /// and closure, and growing three lists from empty was most of its allocations.
  private var open: [OpenScope] = []
  private var newest: [String: Int] = [:]
  /// Identifies which tracked variables, closures and local functions are in scope, the same way
  /// `contentID` identifies all names: equal numbers, equal non-plain declarations.
  private(set) var nonPlainGeneration = 0
  /// Identifies what is in scope: a declaration gives a fresh number and closing a scope restores the one
  /// it opened with, so two moments with the same number see the same names bound to the same variables.
  private(set) var contentID = 0
  private var nextContentID = 1
  /// Room reserved on first use: most bodies declare and nest less than this, so their lists and the
  /// name table are allocated once instead of growing step by step.
  private static let initialCapacity = 8

  var depth: Int { open.count + 1 }

  func lookup(_ name: String) -> Int? {
    guard let index = newest[name] else { return nil }
    return entries[index].variable
  }

  mutating func declare(_ name: String, variable: Int, isNonPlain: Bool) {
    var shadowed = -1
    if entries.capacity == 0 {
      entries.reserveCapacity(Self.initialCapacity)
      newest.reserveCapacity(Self.initialCapacity)
    }
    // One hash: the new entry's index goes in as the old one comes out.
    if let previous = newest.updateValue(entries.count, forKey: name) {
      shadowed = previous
      if previous >= (open.last?.start ?? 0) {
        entries[previous].live = false
        if entries[previous].isNonPlain { nonPlainGeneration = freshID() }
      }
    }
    if isNonPlain { nonPlainGeneration = freshID() }
    contentID = freshID()
    entries.append(Entry(name: name, variable: variable, shadowed: shadowed, isNonPlain: isNonPlain))
  }

  mutating func push() {
    if open.capacity == 0 { open.reserveCapacity(Self.initialCapacity) }
    open.append(OpenScope(start: entries.count, contentID: contentID, nonPlainGeneration: nonPlainGeneration))
  }

  private mutating func freshID() -> Int {
    nextContentID += 1
    return nextContentID
  }

  mutating func pop() {
    guard let closing = open.popLast() else { return }
    let start = closing.start
    var index = entries.count - 1
    while index >= start {
      let entry = entries[index]
      newest[entry.name] = entry.shadowed >= 0 ? entry.shadowed : nil
      index -= 1
    }
    entries.removeSubrange(start...)
    contentID = closing.contentID
    nonPlainGeneration = closing.nonPlainGeneration
  }
}
