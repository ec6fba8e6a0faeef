/// SplitMix64: a tiny, fast PRNG whose whole state is one `UInt64`, so a seed fully determines the corpus
/// on every platform and Swift version (unlike `SystemRandomNumberGenerator` or hashing-based order).
struct SeededGenerator: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A value in `0..<bound` (bound > 0). Modulo bias is irrelevant for a corpus.
  mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

  /// True with probability `percent`/100.
  mutating func chance(_ percent: Int) -> Bool { below(100) < percent }

  /// One element of a non-empty array.
  mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

  /// A value in `range`.
  mutating func within(_ range: ClosedRange<Int>) -> Int { range.lowerBound + below(range.count) }
}

/// Appends indented lines; what the generators write with.
struct CodeWriter {
  private(set) var text = ""
  private var depth = 0
  /// Four spaces for C#, as .NET projects use; Swift projects mostly use four too.
  private let unit = "    "

  mutating func line(_ s: String) {
    if s.isEmpty {
      text += "\n"
      return
    }
    for _ in 0..<depth { text += unit }
    text += s
    text += "\n"
  }

  mutating func open(_ s: String) {
    line(s)
    depth += 1
  }

  /// A C# block header with its brace on the next line (Allman style, as .NET code is written).
  mutating func allman(_ s: String) {
    line(s)
    line("{")
    depth += 1
  }

  mutating func close(_ s: String = "}") {
    depth = max(0, depth - 1)
    line(s)
  }

  mutating func indent() { depth += 1 }
  mutating func dedent() { depth = max(0, depth - 1) }
  /// A line written at column 1 whatever the depth (preprocessor directives in C#).
  mutating func flush(_ s: String) { text += s + "\n" }
}
