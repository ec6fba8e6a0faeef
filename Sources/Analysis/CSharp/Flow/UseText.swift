/// Message text for a use (`passed to Load(…)`, `field 'cache'`), assembled only when a fact is recorded:
/// almost every use records none, and building the string for each argument and assignment of a walked
/// member allocated one or two strings apiece.
struct UseText: ExpressibleByStringLiteral, CustomStringConvertible {
  var head: String
  var name = ""
  var tail = ""

  init(stringLiteral value: String) {
    head = value
  }

  /// `head`, then a name from the source, then `tail`.
  init(_ head: String, _ name: String, _ tail: String) {
    self.head = head
    self.name = name
    self.tail = tail
  }

  var description: String { name.isEmpty && tail.isEmpty ? head : head + name + tail }
}
