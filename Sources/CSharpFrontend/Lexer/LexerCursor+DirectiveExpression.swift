/// Evaluates the condition of `#if`/`#elif`: symbols, `true`, `false`, `!`, `&&`, `||`, `==`, `!=` and
/// parentheses. An undefined symbol is false. Malformed conditions are false, with a diagnostic.
extension LexerCursor {
  /// The value of the condition in `bytes[start..<end]` (a trailing `//` comment is ignored).
  mutating func evaluateCondition(start: Int, end: Int, directiveStart: Int) -> Bool {
    var parser = ConditionParser(bytes: bytes, pos: start, end: end, symbols: symbols)
    let value = parser.parseOr()
    parser.skipBlanks()
    if parser.failed || parser.pos < parser.end {
      diagnose("malformed preprocessor condition", from: directiveStart, to: end)
      return false
    }
    return value
  }
}

/// A small recursive-descent parser over one directive line. Nesting is capped, so it cannot overflow.
struct ConditionParser {
  let bytes: UnsafeBufferPointer<UInt8>
  var pos: Int
  var end: Int
  let symbols: Set<String>
  var failed = false
  var depth = 0
  static let maxDepth = 64

  init(bytes: UnsafeBufferPointer<UInt8>, pos: Int, end: Int, symbols: Set<String>) {
    self.bytes = bytes
    self.pos = pos
    self.symbols = symbols
    // A `//` comment ends the condition.
    var i = pos
    var stop = end
    while i + 1 < end {
      if bytes[i] == 0x2F && bytes[i + 1] == 0x2F {
        stop = i
        break
      }
      i += 1
    }
    self.end = stop
  }

  mutating func skipBlanks() {
    while pos < end && (bytes[pos] == 0x20 || bytes[pos] == 0x09) { pos += 1 }
  }

  /// Consumes the two-byte operator `a b` if it is next.
  mutating func eat(_ a: UInt8, _ b: UInt8) -> Bool {
    skipBlanks()
    if pos + 1 < end && bytes[pos] == a && bytes[pos + 1] == b {
      pos += 2
      return true
    }
    return false
  }

  mutating func parseOr() -> Bool {
    var value = parseAnd()
    while !failed && eat(0x7C, 0x7C) {
      let rhs = parseAnd()
      value = value || rhs
    }
    return value
  }

  mutating func parseAnd() -> Bool {
    var value = parseEquality()
    while !failed && eat(0x26, 0x26) {
      let rhs = parseEquality()
      value = value && rhs
    }
    return value
  }

  mutating func parseEquality() -> Bool {
    var value = parseUnary()
    while !failed {
      if eat(0x3D, 0x3D) {
        value = value == parseUnary()
      } else if eat(0x21, 0x3D) {
        value = value != parseUnary()
      } else {
        break
      }
    }
    return value
  }

  mutating func parseUnary() -> Bool {
    skipBlanks()
    guard pos < end else {
      failed = true
      return false
    }
    depth += 1
    defer { depth -= 1 }
    if depth > Self.maxDepth {
      failed = true
      return false
    }
    let b = bytes[pos]
    if b == 0x21 {  // `!`
      pos += 1
      return !parseUnary()
    }
    if b == 0x28 {  // `(`
      pos += 1
      let value = parseOr()
      skipBlanks()
      if pos < end && bytes[pos] == 0x29 {
        pos += 1
      } else {
        failed = true
      }
      return value
    }
    let start = pos
    while pos < end {
      let c = bytes[pos]
      let lower = c | 0x20
      if (lower >= 0x61 && lower <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x5F || c >= 0x80 {
        pos += 1
      } else {
        break
      }
    }
    guard pos > start else {
      failed = true
      return false
    }
    let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<pos]), as: UTF8.self)
    if word == "true" { return true }
    if word == "false" { return false }
    return symbols.contains(word)
  }
}
