/// A configuration problem: always exit 2, naming the file, line and column, with a suggestion when the
/// key or value looks like a typo.
public struct ConfigError: Error, CustomStringConvertible {
  public var path: String
  public var line: Int
  public var column: Int
  public var message: String

  public var description: String { "\(path):\(line):\(column): \(message)" }

  /// " (did you mean 'x'?)" for the closest candidate within a small edit distance, else "".
  public static func suggestion(for word: String, among candidates: [String]) -> String {
    var best: (String, Int)?
    for candidate in candidates {
      let d = editDistance(word.lowercased(), candidate.lowercased())
      if d <= max(2, candidate.count / 3), best == nil || d < best!.1 { best = (candidate, d) }
    }
    return best.map { " (did you mean '\($0.0)'?)" } ?? ""
  }

  /// Levenshtein distance over Unicode scalars.
  static func editDistance(_ a: String, _ b: String) -> Int {
    let x = Array(a.unicodeScalars)
    let y = Array(b.unicodeScalars)
    if x.isEmpty { return y.count }
    if y.isEmpty { return x.count }
    var previous = Array(0...y.count)
    var current = Array(repeating: 0, count: y.count + 1)
    for i in 1...x.count {
      current[0] = i
      for j in 1...y.count {
        let cost = x[i - 1] == y[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      swap(&previous, &current)
    }
    return previous[y.count]
  }
}
