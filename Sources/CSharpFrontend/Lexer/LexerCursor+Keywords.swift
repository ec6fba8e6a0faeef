import SourceModel

/// Keyword recognition without building strings. An identifier's first 8 bytes are packed little-endian into
/// a `UInt64` (`head`, loaded as one word where the buffer allows) and its 9th and 10th into `tail`; a
/// multiplicative hash of `head` picks the one table slot where that keyword would be, and one comparison
/// says whether it is. No branch depends on which keyword it is, so this costs the same few instructions for
/// every identifier. No keyword contains a zero byte, so words of different lengths never pack alike.
extension LexerCursor {
  /// The keyword kind of `bytes[start..<end]`: a reserved keyword kind, or `.identifier` with the contextual
  /// keyword it spells (`.none` for a plain name).
  @inline(__always)
  func keyword(start: Int, end: Int) -> (TokenKind, ContextualKeyword) {
    let length = end - start
    guard length >= 2 && length <= 10, let p = bytes.baseAddress else { return (.identifier, .none) }
    var head: UInt64
    if start + 8 <= count {
      // Keep the identifier's bytes only: shift out what follows it (at most 6 bytes, as length >= 2).
      let drop = UInt64(8 - Swift.min(length, 8)) * 8
      head = (ByteScan.word(p, start) << drop) >> drop
    } else {
      head = 0
      var i = 0
      while i < Swift.min(length, 8) {
        head |= UInt64(p[start + i]) << UInt64(i * 8)
        i += 1
      }
    }
    var tail: UInt64 = 0
    if length > 8 {
      tail = UInt64(p[start + 8])
      if length == 10 { tail |= UInt64(p[start + 9]) << 8 }
    }
    return keywords.lookup(head: head, tail: tail)
  }
}

/// The keyword table, built once: `slots` maps a hash of a keyword's packed head to its index in `entries`
/// (0 is an empty slot; `entries[0]` is a sentinel no identifier matches). Stored behind plain pointers the
/// lexer copies once per file, so a lookup is two loads and a compare.
struct KeywordTable: @unchecked Sendable {
  struct Entry {
    var head: UInt64
    var tail: UInt64
    var kind: TokenKind
    var contextual: ContextualKeyword
  }

  /// Multiplier of the slot hash; with `slotBits` it puts every keyword in its own slot (`init` checks).
  static let multiplier: UInt64 = 0x03B7_8483_8210_581B
  static let slotBits: UInt64 = 10

  let slots: UnsafeMutablePointer<UInt8>
  let entries: UnsafeMutablePointer<Entry>

  /// The one table, shared by every lexer (never freed).
  static let shared = KeywordTable()

  private init() {
    let slotCount = 1 << Int(Self.slotBits)
    slots = .allocate(capacity: slotCount)
    slots.initialize(repeating: 0, count: slotCount)
    let words = Self.words
    entries = .allocate(capacity: words.count + 1)
    entries.initialize(to: Entry(head: 0, tail: 0, kind: .identifier, contextual: .none))
    for (n, (word, kind, contextual)) in words.enumerated() {
      let utf8 = Array(word.utf8)
      var head: UInt64 = 0
      var tail: UInt64 = 0
      for (i, b) in utf8.enumerated() {
        if i < 8 { head |= UInt64(b) << UInt64(i * 8) } else { tail |= UInt64(b) << UInt64((i - 8) * 8) }
      }
      let slot = Self.slot(head)
      precondition(slots[slot] == 0, "keyword hash collision: \(word)")
      slots[slot] = UInt8(n + 1)
      (entries + n + 1).initialize(to: Entry(head: head, tail: tail, kind: kind, contextual: contextual))
    }
  }

  @inline(__always) static func slot(_ head: UInt64) -> Int {
    Int(truncatingIfNeeded: (head &* multiplier) >> (64 - slotBits))
  }

  @inline(__always)
  func lookup(head: UInt64, tail: UInt64) -> (TokenKind, ContextualKeyword) {
    let entry = entries[Int(slots[Self.slot(head)])]
    return entry.head == head && entry.tail == tail ? (entry.kind, entry.contextual) : (.identifier, .none)
  }

  /// Each reserved keyword's spelling by its kind's raw value (`nil` for the other kinds).
  static let spellings: [String?] = {
    var spellings = [String?](repeating: nil, count: Int(UInt8.max) + 1)
    for (word, kind, _) in words where kind != .identifier { spellings[Int(kind.rawValue)] = word }
    return spellings
  }()

  /// Every reserved and contextual keyword, 2 to 10 lowercase ASCII letters each.
  static let words: [(String, TokenKind, ContextualKeyword)] = [
    ("abstract", .kwAbstract, .none),
    ("add", .identifier, .`add`),
    ("alias", .identifier, .`alias`),
    ("allows", .identifier, .`allows`),
    ("and", .identifier, .`and`),
    ("args", .identifier, .`args`),
    ("as", .kwAs, .none),
    ("ascending", .identifier, .`ascending`),
    ("async", .identifier, .`async`),
    ("await", .identifier, .`await`),
    ("base", .kwBase, .none),
    ("bool", .kwBool, .none),
    ("break", .kwBreak, .none),
    ("by", .identifier, .`by`),
    ("byte", .kwByte, .none),
    ("case", .kwCase, .none),
    ("catch", .kwCatch, .none),
    ("char", .kwChar, .none),
    ("checked", .kwChecked, .none),
    ("class", .kwClass, .none),
    ("const", .kwConst, .none),
    ("continue", .kwContinue, .none),
    ("decimal", .kwDecimal, .none),
    ("default", .kwDefault, .none),
    ("delegate", .kwDelegate, .none),
    ("descending", .identifier, .`descending`),
    ("do", .kwDo, .none),
    ("double", .kwDouble, .none),
    ("dynamic", .identifier, .`dynamic`),
    ("else", .kwElse, .none),
    ("enum", .kwEnum, .none),
    ("equals", .identifier, .`equals`),
    ("event", .kwEvent, .none),
    ("explicit", .kwExplicit, .none),
    ("extension", .identifier, .`extension`),
    ("extern", .kwExtern, .none),
    ("false", .kwFalse, .none),
    ("field", .identifier, .`field`),
    ("file", .identifier, .`file`),
    ("finally", .kwFinally, .none),
    ("fixed", .kwFixed, .none),
    ("float", .kwFloat, .none),
    ("for", .kwFor, .none),
    ("foreach", .kwForeach, .none),
    ("from", .identifier, .`from`),
    ("get", .identifier, .`get`),
    ("global", .identifier, .`global`),
    ("goto", .kwGoto, .none),
    ("group", .identifier, .`group`),
    ("if", .kwIf, .none),
    ("implicit", .kwImplicit, .none),
    ("in", .kwIn, .none),
    ("init", .identifier, .`init`),
    ("int", .kwInt, .none),
    ("interface", .kwInterface, .none),
    ("internal", .kwInternal, .none),
    ("into", .identifier, .`into`),
    ("is", .kwIs, .none),
    ("join", .identifier, .`join`),
    ("let", .identifier, .`let`),
    ("lock", .kwLock, .none),
    ("long", .kwLong, .none),
    ("managed", .identifier, .`managed`),
    ("nameof", .identifier, .`nameof`),
    ("namespace", .kwNamespace, .none),
    ("new", .kwNew, .none),
    ("nint", .identifier, .`nint`),
    ("not", .identifier, .`not`),
    ("notnull", .identifier, .`notnull`),
    ("nuint", .identifier, .`nuint`),
    ("null", .kwNull, .none),
    ("object", .kwObject, .none),
    ("on", .identifier, .`on`),
    ("operator", .kwOperator, .none),
    ("or", .identifier, .`or`),
    ("orderby", .identifier, .`orderby`),
    ("out", .kwOut, .none),
    ("override", .kwOverride, .none),
    ("params", .kwParams, .none),
    ("partial", .identifier, .`partial`),
    ("private", .kwPrivate, .none),
    ("protected", .kwProtected, .none),
    ("public", .kwPublic, .none),
    ("readonly", .kwReadonly, .none),
    ("record", .identifier, .`record`),
    ("ref", .kwRef, .none),
    ("remove", .identifier, .`remove`),
    ("required", .identifier, .`required`),
    ("return", .kwReturn, .none),
    ("sbyte", .kwSbyte, .none),
    ("scoped", .identifier, .`scoped`),
    ("sealed", .kwSealed, .none),
    ("select", .identifier, .`select`),
    ("set", .identifier, .`set`),
    ("short", .kwShort, .none),
    ("sizeof", .kwSizeof, .none),
    ("stackalloc", .kwStackalloc, .none),
    ("static", .kwStatic, .none),
    ("string", .kwString, .none),
    ("struct", .kwStruct, .none),
    ("switch", .kwSwitch, .none),
    ("this", .kwThis, .none),
    ("throw", .kwThrow, .none),
    ("true", .kwTrue, .none),
    ("try", .kwTry, .none),
    ("typeof", .kwTypeof, .none),
    ("uint", .kwUint, .none),
    ("ulong", .kwUlong, .none),
    ("unchecked", .kwUnchecked, .none),
    ("unmanaged", .identifier, .`unmanaged`),
    ("unsafe", .kwUnsafe, .none),
    ("ushort", .kwUshort, .none),
    ("using", .kwUsing, .none),
    ("value", .identifier, .`value`),
    ("var", .identifier, .`var`),
    ("virtual", .kwVirtual, .none),
    ("void", .kwVoid, .none),
    ("volatile", .kwVolatile, .none),
    ("when", .identifier, .`when`),
    ("where", .identifier, .`where`),
    ("while", .kwWhile, .none),
    ("with", .identifier, .`with`),
    ("yield", .identifier, .`yield`),
  ]
}

extension TokenKind {
  /// A reserved keyword's spelling (`"public"` for `.kwPublic`), from the lexer's keyword table; `nil` for
  /// any other kind.
  var keywordSpelling: String? { KeywordTable.spellings[Int(rawValue)] }
}
