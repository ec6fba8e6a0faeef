/// Reserved and contextual keyword lookup by the identifier's bytes (no `String` is made per token).
enum SwiftKeywords {
  /// Up to 16 bytes of an identifier, zero padded: exact for every keyword (none is longer, and
  /// identifiers never contain NUL).
  struct Key: Hashable, Sendable {
    var lo: UInt64
    var hi: UInt64
  }

  struct Entry: Sendable {
    var kind: SwiftTokenKind
    var contextual: SwiftContextualKeyword
  }

  static func key(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Key? {
    let length = end - start
    guard length > 0 && length <= 16 else { return nil }
    if start + 16 <= bytes.count, let base = bytes.baseAddress {
      // Two unaligned 8-byte loads, masked to the identifier's length (little-endian byte order).
      let raw = UnsafeRawPointer(base + start)
      let first = raw.loadUnaligned(as: UInt64.self).littleEndian
      if length <= 8 {
        let mask: UInt64 = length == 8 ? ~0 : (1 << (UInt64(length) * 8)) - 1
        return Key(lo: first & mask, hi: 0)
      }
      let second = raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self).littleEndian
      let rest = length - 8
      let mask: UInt64 = rest == 8 ? ~0 : (1 << (UInt64(rest) * 8)) - 1
      return Key(lo: first, hi: second & mask)
    }
    var lo: UInt64 = 0
    var hi: UInt64 = 0
    for i in 0..<length {
      let b = UInt64(bytes[start + i])
      if i < 8 { lo |= b << (UInt64(i) * 8) } else { hi |= b << (UInt64(i - 8) * 8) }
    }
    return Key(lo: lo, hi: hi)
  }

  static func key(_ word: String) -> Key? {
    let utf8 = Array(word.utf8)
    return utf8.withUnsafeBufferPointer { key($0, 0, $0.count) }
  }

  /// Every keyword with its entry, built once.
  static let all: [(Key, Entry)] = {
    var all: [(Key, Entry)] = []
    let reserved: [(String, SwiftTokenKind)] = [
      ("associatedtype", .kwAssociatedtype), ("class", .kwClass), ("deinit", .kwDeinit), ("enum", .kwEnum),
      ("extension", .kwExtension), ("fileprivate", .kwFileprivate), ("func", .kwFunc), ("import", .kwImport),
      ("init", .kwInit), ("inout", .kwInout), ("internal", .kwInternal), ("let", .kwLet), ("operator", .kwOperator),
      ("private", .kwPrivate), ("precedencegroup", .kwPrecedencegroup), ("protocol", .kwProtocol),
      ("public", .kwPublic), ("rethrows", .kwRethrows), ("static", .kwStatic), ("struct", .kwStruct),
      ("subscript", .kwSubscript), ("typealias", .kwTypealias), ("var", .kwVar), ("break", .kwBreak),
      ("case", .kwCase), ("catch", .kwCatch), ("continue", .kwContinue), ("default", .kwDefault),
      ("defer", .kwDefer), ("do", .kwDo), ("else", .kwElse), ("fallthrough", .kwFallthrough), ("for", .kwFor),
      ("guard", .kwGuard), ("if", .kwIf), ("in", .kwIn), ("repeat", .kwRepeat), ("return", .kwReturn),
      ("throw", .kwThrow), ("switch", .kwSwitch), ("where", .kwWhere), ("while", .kwWhile), ("as", .kwAs),
      ("Any", .kwAny), ("false", .kwFalse), ("is", .kwIs), ("nil", .kwNil), ("self", .kwSelf),
      ("Self", .kwCapitalSelf), ("super", .kwSuper), ("throws", .kwThrows), ("true", .kwTrue), ("try", .kwTry),
      ("_", .kwUnderscore),
    ]
    for (word, kind) in reserved {
      if let key = key(word) { all.append((key, Entry(kind: kind, contextual: .none))) }
    }
    // `init` is reserved; its contextual twin exists only for accessor positions and must not shadow it.
    for contextual in SwiftContextualKeyword.allCases where contextual != .none && contextual != .`init` {
      // Words longer than 16 bytes (`unsafeMutableAddress`) are matched by text where they matter.
      if let key = key("\(contextual)") { all.append((key, Entry(kind: .identifier, contextual: contextual))) }
    }
    return all
  }()

  /// An open-addressing table with a multiplicative hash: no `Hasher` per identifier.
  final class Table: @unchecked Sendable {
    static let slotCount = 1024
    let keys: UnsafeMutablePointer<Key>
    let entries: UnsafeMutablePointer<Entry>
    let used: UnsafeMutablePointer<Bool>

    init(_ all: [(Key, Entry)]) {
      keys = .allocate(capacity: Self.slotCount)
      entries = .allocate(capacity: Self.slotCount)
      used = .allocate(capacity: Self.slotCount)
      used.initialize(repeating: false, count: Self.slotCount)
      keys.initialize(repeating: Key(lo: 0, hi: 0), count: Self.slotCount)
      entries.initialize(repeating: Entry(kind: .identifier, contextual: .none), count: Self.slotCount)
      for (key, entry) in all {
        var slot = Table.slot(key)
        while used[slot] { slot = (slot + 1) & (Self.slotCount - 1) }
        used[slot] = true
        keys[slot] = key
        entries[slot] = entry
      }
    }

    @inline(__always) static func slot(_ key: Key) -> Int {
      Int(truncatingIfNeeded: ((key.lo ^ (key.hi &* 0x85EB_CA6B)) &* 0x9E37_79B9_7F4A_7C15) >> 54)
    }

    @inline(__always) func find(_ key: Key) -> Entry? {
      var slot = Table.slot(key)
      while used[slot] {
        if keys[slot] == key { return entries[slot] }
        slot = (slot + 1) & (Self.slotCount - 1)
      }
      return nil
    }
  }

  /// Built once per process and never freed.
  static let table = Table(all)

  /// Fast reject: every keyword starts with a lowercase letter, `_`, or one of `A S T P`.
  @inline(__always) static func mayBeKeyword(_ first: UInt8) -> Bool {
    (first >= 0x61 && first <= 0x7A) || first == 0x5F || first == 0x41 || first == 0x53 || first == 0x54
      || first == 0x50
  }

  static func lookup(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Entry? {
    guard mayBeKeyword(bytes[start]), let key = key(bytes, start, end) else { return nil }
    return table.find(key)
  }
}
