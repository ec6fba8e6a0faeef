// Syntax the front end must accept: `$` inside names, subscript key paths, key paths that unwrap their root
// (`\.!`, `\.?.count`, found in real code), attributes glued to a
// parenthesized function type, one-line raw strings that start with quotes, `set(value)` accessors
// versus calls to functions named like accessors, and isolated-conformance opt-outs.

struct Box {
  var _$storage: [String: Int] = [:]
  var values: [Int] = [1, 2]

  subscript(key: String) -> Int? {
    get { _$storage[key] }
    set(value) { _$storage[key] = value }
  }
}

func read(_ handle: Int, _ count: Int) -> Int { handle + count }

func useBox(_ box: Box) -> Int {
  let firstPath: KeyPath<[Int], Int> = \.[0]
  let countPath = \Box.values.count
  let total = box.values.withUnsafeBufferPointer {
    read($0.count, 1)
  }
  return box.values[keyPath: firstPath] + box[keyPath: countPath] + total
}

func unwrapped(_ value: Int?, _ name: String?) -> Int {
  let forced: KeyPath<Int?, Int> = \.!
  let counted: KeyPath<String?, Int?> = \.?.count
  return value[keyPath: forced] + (name[keyPath: counted] ?? 0)
}

func schedule(_ work: @escaping @Sendable(Int) -> Void, when: @autoclosure() -> Bool) {
  if when() { work(1) }
}

let quote = #"""#
let quotedWord = #""""word""#

@MainActor
final class Screen {
  var title = ""
}

struct Pump: nonisolated Sendable {
  let id: Int
}
