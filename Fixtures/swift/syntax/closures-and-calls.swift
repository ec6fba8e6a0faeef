// Syntax the front end must accept: trailing closures (plain and labeled), capture lists, closure
// signatures, `if`/`switch` expressions, key paths and implicit members.

struct Item {
  var name: String
  var size: Int
}

final class Catalog {
  var items: [Item] = []

  func sorted() -> [String] {
    items.sorted { $0.size < $1.size }.map(\.name)
  }

  func visit(_ body: (Item) throws -> Void) rethrows {
    for item in items where item.size > 0 { try body(item) }
  }

  func animate(duration: Double, changes: () -> Void, completion: (Bool) -> Void) {
    changes()
    completion(true)
  }

  func run() {
    animate(duration: 1) {
      self.items.removeAll()
    } completion: { [weak self] finished in
      guard let self, finished else { return }
      _ = self.items.count
    }
    let sizes = items.map { (item: Item) -> Int in item.size }
    let kind = if sizes.isEmpty { "empty" } else { "full" }
    let word =
      switch sizes.count {
      case 0: "none"
      case 1...3: "few"
      default: "many"
      }
    let key: KeyPath<Item, String> = \Item.name
    let first = items.first?.name ?? "-"
    _ = (kind, word, key, first)
  }
}

actor Counter {
  private(set) var value = 0
  nonisolated let id = 1

  func bump(by step: Int = 1) -> Int {
    value += step
    return value
  }
}
