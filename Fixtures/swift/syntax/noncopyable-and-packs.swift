// Syntax the front end must accept: suppressed conformances, borrowing accessors and parameter packs.
// Nothing here touches continuations or streams, so no findings are expected.

struct Ticket: ~Copyable {
  var number: Int
}

extension Optional where Wrapped: ~Copyable {
  func hasTicket() -> Bool { true }
}

struct Shelf: ~Copyable, Sendable {
  private var storage: [Int] = []

  var first: Int? {
    borrowing get { storage.first }
  }
}

func describeAll<each Item: CustomStringConvertible>(_ item: repeat each Item) -> [String] {
  var parts: [String] = []
  repeat parts.append((each item).description)
  return parts
}

func readAll<each Column>(_ columns: repeat (each Column).Type) throws -> (repeat each Column) {
  return (repeat try load((each Column).self))
}

func load<T>(_ type: T.Type) throws -> T { fatalError() }
