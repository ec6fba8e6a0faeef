// Syntax the front end must accept: generic operator functions glued to `<`, unbounded ranges,
// custom operators and operator references.

infix operator <~>: AdditionPrecedence

func ??<T>(lhs: T?, rhs: @autoclosure () -> [T]) -> [T] {
  lhs.map { [$0] } ?? rhs()
}

func ||<T> (lhs: @escaping (T) -> Bool, rhs: @escaping (T) -> Bool) -> (T) -> Bool {
  { lhs($0) || rhs($0) }
}

func <~> (lhs: Int, rhs: Int) -> Int { lhs &+ rhs }

func slices(_ text: String, _ words: [Substring]) -> [Substring] {
  let whole = text[...]
  let upTo = text.utf8[..<text.utf8.index(text.utf8.startIndex, offsetBy: 1)]
  _ = upTo
  return [whole] + words.map { $0[...] } + [["a"[...]]].flatMap { $0 }
}

let total = [1, 2, 3].reduce(0, +)
let shifted = (1 << 4) >> 2
let maybe: Set<Int>? = nil
let nested: Dictionary<String, Array<Int>>? = [:]
let tuple = (1, (2, 3))
let inner = tuple.1.0
let isSmall = total < 10 && shifted > 1
