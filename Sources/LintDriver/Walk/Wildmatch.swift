/// Git's glob matching for ignore patterns, over bytes: `*` and `?` never cross `/`, `[...]` classes (with
/// `!`/`^` negation, ranges and `[:name:]` classes), `\` escapes, and `**` spanning directories when it
/// stands between slashes (or at either end). Iterative with one backtrack point per `*`, so it is
/// linear-ish and cannot recurse without bound; `**` recursion is limited by the number of `**` groups.
enum Wildmatch {
  static func matches(_ pattern: [UInt8], _ text: [UInt8]) -> Bool {
    match(pattern[...], text[...], depth: 0)
  }

  private static let slash = UInt8(ascii: "/")
  private static let star = UInt8(ascii: "*")

  private static func match(_ p: ArraySlice<UInt8>, _ t: ArraySlice<UInt8>, depth: Int) -> Bool {
    if depth > 64 { return false }  // pathological patterns: say "no match" rather than recurse on
    var pi = p.startIndex
    var ti = t.startIndex
    // Backtrack point for the last single `*`: where in the pattern after it, and where in the text.
    var starP = -1
    var starT = -1
    while true {
      if pi < p.endIndex {
        let c = p[pi]
        if c == star {
          var pj = pi
          while pj < p.endIndex && p[pj] == star { pj += 1 }
          let isDouble = pj - pi >= 2
          let atStart = pi == p.startIndex || p[pi - 1] == slash
          let atEnd = pj == p.endIndex || p[pj] == slash
          if isDouble && atStart && atEnd {
            // `**` as a whole segment: zero or more directories.
            if pj == p.endIndex { return true }  // trailing `/**` or lone `**`: everything below
            // `**/rest`: try rest at every segment start from here.
            let rest = p[(pj + 1)...]
            var k = ti
            while true {
              if match(rest, t[k...], depth: depth + 1) { return true }
              guard let next = t[k...].firstIndex(of: slash) else { return false }
              k = next + 1
            }
          }
          // A plain `*` (or `**` inside a segment, which git treats as `*`).
          starP = pj
          starT = ti
          pi = pj
          continue
        }
        if ti < t.endIndex, let consumed = matchOne(p, pi, t[ti]) {
          pi = consumed
          ti += 1
          continue
        }
      } else if ti == t.endIndex {
        return true
      }
      // Mismatch: let the last `*` swallow one more byte, unless that byte is `/`.
      if starP >= 0 && starT < t.endIndex && t[starT] != slash {
        starT += 1
        ti = starT
        pi = starP
        continue
      }
      return false
    }
  }

  /// Matches one text byte against the pattern element at `pi`; returns the index after the element.
  private static func matchOne(_ p: ArraySlice<UInt8>, _ pi: Int, _ ch: UInt8) -> Int? {
    let c = p[pi]
    switch c {
    case UInt8(ascii: "?"):
      return ch == slash ? nil : pi + 1
    case UInt8(ascii: "\\"):
      let lit = pi + 1 < p.endIndex ? p[pi + 1] : c
      return lit == ch ? min(pi + 2, p.endIndex) : nil
    case UInt8(ascii: "["):
      return matchClass(p, pi, ch)
    default:
      return c == ch ? pi + 1 : nil
    }
  }

  /// A bracket expression starting at `pi` (`[`). An unterminated one matches a literal `[`.
  private static func matchClass(_ p: ArraySlice<UInt8>, _ pi: Int, _ ch: UInt8) -> Int? {
    var i = pi + 1
    var negate = false
    if i < p.endIndex && (p[i] == UInt8(ascii: "!") || p[i] == UInt8(ascii: "^")) {
      negate = true
      i += 1
    }
    var matched = false
    var first = true
    while i < p.endIndex {
      var c = p[i]
      if c == UInt8(ascii: "]") && !first { break }
      first = false
      if c == UInt8(ascii: "[") && i + 1 < p.endIndex && p[i + 1] == UInt8(ascii: ":") {
        if let close = findClassNameEnd(p, i + 2) {
          let name = String(decoding: p[(i + 2)..<close], as: UTF8.self)
          if namedClass(name, ch) { matched = true }
          i = close + 2
          continue
        }
      }
      if c == UInt8(ascii: "\\") && i + 1 < p.endIndex {
        i += 1
        c = p[i]
      }
      if i + 2 < p.endIndex && p[i + 1] == UInt8(ascii: "-") && p[i + 2] != UInt8(ascii: "]") {
        var hi = p[i + 2]
        var skip = 3
        if hi == UInt8(ascii: "\\") && i + 3 < p.endIndex {
          hi = p[i + 3]
          skip = 4
        }
        if ch >= c && ch <= hi { matched = true }
        i += skip
        continue
      }
      if c == ch { matched = true }
      i += 1
    }
    guard i < p.endIndex else {
      // No closing bracket: git treats the pattern as not matching.
      return nil
    }
    if ch == slash { return nil }
    return matched != negate ? i + 1 : nil
  }

  private static func findClassNameEnd(_ p: ArraySlice<UInt8>, _ from: Int) -> Int? {
    var i = from
    while i + 1 < p.endIndex {
      if p[i] == UInt8(ascii: ":") && p[i + 1] == UInt8(ascii: "]") { return i }
      if p[i] == UInt8(ascii: "]") { return nil }
      i += 1
    }
    return nil
  }

  private static func namedClass(_ name: String, _ c: UInt8) -> Bool {
    let isUpper = c >= 65 && c <= 90
    let isLower = c >= 97 && c <= 122
    let isDigit = c >= 48 && c <= 57
    switch name {
    case "alpha": return isUpper || isLower
    case "digit": return isDigit
    case "alnum": return isUpper || isLower || isDigit
    case "upper": return isUpper
    case "lower": return isLower
    case "space": return c == 32 || (c >= 9 && c <= 13)
    case "blank": return c == 32 || c == 9
    case "punct": return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)
    case "xdigit": return isDigit || (c >= 65 && c <= 70) || (c >= 97 && c <= 102)
    case "cntrl": return c < 32 || c == 127
    case "print": return c >= 32 && c < 127
    case "graph": return c > 32 && c < 127
    default: return false
    }
  }
}
