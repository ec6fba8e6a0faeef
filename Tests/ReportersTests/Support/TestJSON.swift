/// A parsed JSON value for tests. Objects keep their keys in document order so tests can check that
/// reporters sort keys and never repeat one.
indirect enum TestJSON: Equatable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([TestJSON])
  case object([(String, TestJSON)])

  static func == (a: TestJSON, b: TestJSON) -> Bool {
    switch (a, b) {
    case (.null, .null): return true
    case (.bool(let x), .bool(let y)): return x == y
    case (.number(let x), .number(let y)): return x == y
    case (.string(let x), .string(let y)): return x == y
    case (.array(let x), .array(let y)): return x == y
    case (.object(let x), .object(let y)):
      return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    default: return false
    }
  }

  subscript(key: String) -> TestJSON? {
    if case .object(let members) = self { return members.first { $0.0 == key }?.1 }
    return nil
  }

  subscript(index: Int) -> TestJSON? {
    if case .array(let items) = self, index >= 0, index < items.count { return items[index] }
    return nil
  }

  var keys: [String] {
    if case .object(let members) = self { return members.map(\.0) }
    return []
  }

  var string: String? {
    if case .string(let s) = self { return s }
    return nil
  }

  var int: Int? {
    if case .number(let d) = self, d == d.rounded() { return Int(d) }
    return nil
  }

  var array: [TestJSON]? {
    if case .array(let items) = self { return items }
    return nil
  }
}

/// A strict RFC 8259 parser over UTF-8 bytes (no trailing commas, no comments, no leading zeros), so a
/// reporter that writes sloppy JSON fails the tests.
struct TestJSONParser {
  struct Failure: Error, CustomStringConvertible {
    var offset: Int
    var reason: String
    var description: String { "invalid JSON at byte \(offset): \(reason)" }
  }

  private let bytes: [UInt8]
  private var i = 0
  private var depth = 0

  static func parse(_ text: String) throws -> TestJSON {
    var p = TestJSONParser(bytes: Array(text.utf8))
    p.skipSpace()
    let value = try p.value()
    p.skipSpace()
    guard p.i == p.bytes.count else { throw Failure(offset: p.i, reason: "trailing data") }
    return value
  }

  private init(bytes: [UInt8]) { self.bytes = bytes }

  private mutating func skipSpace() {
    while i < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 }
  }

  private mutating func expect(_ literal: String) throws {
    let l = Array(literal.utf8)
    guard i + l.count <= bytes.count, Array(bytes[i..<(i + l.count)]) == l else {
      throw Failure(offset: i, reason: "expected \(literal)")
    }
    i += l.count
  }

  private mutating func value() throws -> TestJSON {
    guard i < bytes.count else { throw Failure(offset: i, reason: "unexpected end") }
    depth += 1
    defer { depth -= 1 }
    guard depth < 200 else { throw Failure(offset: i, reason: "too deep") }
    switch bytes[i] {
    case 0x7B: return try object()
    case 0x5B: return try array()
    case 0x22: return .string(try string())
    case 0x74:
      try expect("true")
      return .bool(true)
    case 0x66:
      try expect("false")
      return .bool(false)
    case 0x6E:
      try expect("null")
      return .null
    default: return try number()
    }
  }

  private mutating func object() throws -> TestJSON {
    i += 1
    var members: [(String, TestJSON)] = []
    skipSpace()
    if i < bytes.count, bytes[i] == 0x7D {
      i += 1
      return .object(members)
    }
    while true {
      skipSpace()
      guard i < bytes.count, bytes[i] == 0x22 else { throw Failure(offset: i, reason: "expected key") }
      let key = try string()
      skipSpace()
      try expect(":")
      skipSpace()
      members.append((key, try value()))
      skipSpace()
      guard i < bytes.count else { throw Failure(offset: i, reason: "unterminated object") }
      if bytes[i] == 0x2C {
        i += 1
        continue
      }
      try expect("}")
      return .object(members)
    }
  }

  private mutating func array() throws -> TestJSON {
    i += 1
    var items: [TestJSON] = []
    skipSpace()
    if i < bytes.count, bytes[i] == 0x5D {
      i += 1
      return .array(items)
    }
    while true {
      skipSpace()
      items.append(try value())
      skipSpace()
      guard i < bytes.count else { throw Failure(offset: i, reason: "unterminated array") }
      if bytes[i] == 0x2C {
        i += 1
        continue
      }
      try expect("]")
      return .array(items)
    }
  }

  private mutating func hex4() throws -> UInt32 {
    guard i + 4 <= bytes.count else { throw Failure(offset: i, reason: "short \\u escape") }
    var v: UInt32 = 0
    for _ in 0..<4 {
      let b = bytes[i]
      let d: UInt8
      switch b {
      case 0x30...0x39: d = b - 0x30
      case 0x61...0x66: d = b - 0x61 + 10
      case 0x41...0x46: d = b - 0x41 + 10
      default: throw Failure(offset: i, reason: "bad hex digit")
      }
      v = v << 4 | UInt32(d)
      i += 1
    }
    return v
  }

  private mutating func string() throws -> String {
    i += 1
    var out: [UInt8] = []
    while true {
      guard i < bytes.count else { throw Failure(offset: i, reason: "unterminated string") }
      let b = bytes[i]
      if b == 0x22 {
        i += 1
        break
      }
      if b < 0x20 { throw Failure(offset: i, reason: "raw control character in string") }
      if b != 0x5C {
        out.append(b)
        i += 1
        continue
      }
      i += 1
      guard i < bytes.count else { throw Failure(offset: i, reason: "dangling backslash") }
      let e = bytes[i]
      i += 1
      switch e {
      case 0x22: out.append(0x22)
      case 0x5C: out.append(0x5C)
      case 0x2F: out.append(0x2F)
      case 0x62: out.append(0x08)
      case 0x66: out.append(0x0C)
      case 0x6E: out.append(0x0A)
      case 0x72: out.append(0x0D)
      case 0x74: out.append(0x09)
      case 0x75:
        var v = try hex4()
        if (0xD800...0xDBFF).contains(v) {
          try expect("\\u")
          let low = try hex4()
          guard (0xDC00...0xDFFF).contains(low) else { throw Failure(offset: i, reason: "unpaired surrogate") }
          v = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00...0xDFFF).contains(v) {
          throw Failure(offset: i, reason: "lone low surrogate")
        }
        out += Array(String(Unicode.Scalar(v)!).utf8)
      default: throw Failure(offset: i, reason: "bad escape")
      }
    }
    guard let s = String(validating: out, as: UTF8.self) else {
      throw Failure(offset: i, reason: "invalid UTF-8 in string")
    }
    return s
  }

  private mutating func number() throws -> TestJSON {
    let start = i
    if i < bytes.count, bytes[i] == 0x2D { i += 1 }
    guard i < bytes.count, (0x30...0x39).contains(bytes[i]) else { throw Failure(offset: i, reason: "bad value") }
    if bytes[i] == 0x30, i + 1 < bytes.count, (0x30...0x39).contains(bytes[i + 1]) {
      throw Failure(offset: i, reason: "leading zero")
    }
    while i < bytes.count, (0x30...0x39).contains(bytes[i]) || [0x2E, 0x65, 0x45, 0x2B, 0x2D].contains(bytes[i]) {
      i += 1
    }
    guard let d = Double(String(decoding: bytes[start..<i], as: UTF8.self)) else {
      throw Failure(offset: start, reason: "bad number")
    }
    return .number(d)
  }
}
