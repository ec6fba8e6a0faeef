import SourceModel

/// What a C# file's bytes say before it is lexed: its words. Most files of a tree never name a one-shot
/// value, and for those the first pass (lexing, parsing declarations, indexing) adds nothing the analysis
/// can use, so the driver glances at every file first and gives the first pass only to files whose words
/// can matter (`FirstPassGlancer`), and later to those naming a member the index turns out to make matter.
///
/// A word is a maximal run of ASCII letters, digits and `_` that does not start with a digit, taken
/// everywhere (comments, strings and disabled code too). That makes the words a superset of the file's
/// ASCII identifiers as the lexer spells them (without a leading `@`): an identifier ends where its
/// bytes stop being identifier bytes, and a number swallows the letters glued to it. An identifier
/// written with a `\u` escape or with non-ASCII letters is not among them; the glancer refuses a file
/// with an escape, and `hasNonASCII` says when a non-ASCII name could hide.
public struct FirstPassGlance: Sendable {
  /// The file's words, hashed with `wordHash`.
  public var words: IdentifierDigest
  /// The word after each `class`, `struct`, `interface`, `enum` or `record` written with only whitespace
  /// between: a superset of the names of the types the file declares (delegates are never glanced).
  public var typeNames: [UInt64]
  /// Whether a byte outside ASCII occurs anywhere.
  public var hasNonASCII: Bool

  public init(words: IdentifierDigest, typeNames: [UInt64], hasNonASCII: Bool) {
    self.words = words
    self.typeNames = typeNames
    self.hasNonASCII = hasNonASCII
  }

  /// The glance at `bytes`, or `nil` when the file must take its first pass now: it writes one of `seeds`,
  /// a `\u` escape, or a type declaration whose name the words may not hold (a comment, a directive or
  /// non-ASCII between the keyword and the name, or right after the name).
  public static func take(_ bytes: [UInt8], seeds: Seeds) -> FirstPassGlance? {
    bytes.withUnsafeBufferPointer { buffer in
      guard let p = buffer.baseAddress else {
        return FirstPassGlance(words: IdentifierDigest(hashes: []), typeNames: [], hasNonASCII: false)
      }
      let count = buffer.count
      var words = IdentifierDigest.Builder()
      var typeNames: [UInt64] = []
      var hasNonASCII = false
      // After a type keyword, until the next word or a byte that cannot stand before a type's name.
      var expectingTypeName = false
      var i = 0
      while i < count {
        // Spaces and punctuation, eight at a time: up to a word byte, a non-ASCII byte or a `\`.
        if !expectingTypeName {
          while i + 8 <= count {
            let w = ByteScan.word(p, i)
            let stop = ByteScan.asciiWordBytes(w) | (w & 0x8080_8080_8080_8080) | ByteScan.bytesEqual(w, 0x5C)
            if stop != 0 {
              i += stop.trailingZeroBitCount >> 3
              break
            }
            i += 8
          }
          if i >= count { break }
        }
        let b = p[i]
        if isWordByte(b) {
          let start = i
          while i + 8 <= count {
            let n = ByteScan.asciiWordPrefixLength(ByteScan.word(p, i))
            i += n
            if n < 8 { break }
          }
          while i < count && isWordByte(p[i]) { i += 1 }
          if b <= 0x39 {  // a digit: a number, with any letters glued to it
            expectingTypeName = false
            continue
          }
          let hash = wordHash(p + start, i - start, readable: count - start)
          if seeds.contains(hash) { return nil }
          words.add(hash: hash)
          if expectingTypeName {
            if i < count && (p[i] >= 0x80 || p[i] == 0x5C) { return nil }
            typeNames.append(hash)
          }
          expectingTypeName = isTypeKeyword(p + start, i - start)
          continue
        }
        if b >= 0x80 {
          if expectingTypeName { return nil }
          hasNonASCII = true
        } else if b == 0x5C {  // `\`
          if i + 1 < count && p[i + 1] | 0x20 == 0x75 { return nil }  // `\u`, `\U`
          expectingTypeName = false
        } else if expectingTypeName {
          switch b {
          case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x40: break  // whitespace; `@` before a verbatim name
          case 0x2F, 0x23: return nil  // `/` (a comment), `#` (a directive)
          default: expectingTypeName = false
          }
        }
        i += 1
      }
      return FirstPassGlance(words: words.digest(), typeNames: typeNames, hasNonASCII: hasNonASCII)
    }
  }

  /// A word's hash: eight bytes to a multiplication (`IdentifierDigest.hash` takes one per byte; the
  /// glance hashes every word of every file). Never 0. `readable`: how many bytes from `p` may be read,
  /// at least `length` (a word near the end of the file is read byte by byte).
  @inline(__always)
  public static func wordHash(_ p: UnsafePointer<UInt8>, _ length: Int, readable: Int) -> UInt64 {
    let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
    var hash = UInt64(truncatingIfNeeded: length) &* 0xFF51_AFD7_ED55_8CCD
    var k = 0
    while length - k >= 8 {
      hash = (hash ^ ByteScan.word(p, k)) &* multiplier
      hash ^= hash >> 32
      k += 8
    }
    let rest = length - k
    if rest > 0 {
      var tail: UInt64 = 0
      if readable - k >= 8 {
        tail = ByteScan.word(p, k) & (UInt64.max >> (64 - 8 * rest))
      } else {
        for j in 0..<rest { tail |= UInt64(p[k + j]) << (8 * j) }
      }
      hash = (hash ^ tail) &* multiplier
      hash ^= hash >> 32
    }
    return hash | 1
  }

  /// `wordHash` of a name.
  public static func wordHash(_ name: String) -> UInt64 {
    var bytes = Array(name.utf8)
    let length = bytes.count
    return bytes.withUnsafeMutableBufferPointer { buffer in
      guard let p = buffer.baseAddress else { return 1 }  // what an empty word hashes to
      return wordHash(p, length, readable: length)
    }
  }

  /// The `wordHash`es of names.
  public static func wordHashes(of names: Set<String>) -> IdentifierHashSet {
    IdentifierHashSet(names.map { wordHash($0) })
  }

  @inline(__always) static func isWordByte(_ b: UInt8) -> Bool {
    let mask: UInt64 = b < 64 ? 0x03FF_0000_0000_0000 : 0x07FF_FFFE_87FF_FFFE
    return b < 128 && mask >> (UInt64(b) & 63) & 1 == 1
  }

  /// `class`, `struct`, `interface`, `enum`, `record`: tested by length and first byte before spelling.
  @inline(__always) static func isTypeKeyword(_ p: UnsafePointer<UInt8>, _ length: Int) -> Bool {
    switch (length, p[0]) {
    case (4, 0x65): return spells(p, "enum")
    case (5, 0x63): return spells(p, "class")
    case (6, 0x73): return spells(p, "struct")
    case (6, 0x72): return spells(p, "record")
    case (9, 0x69): return spells(p, "interface")
    default: return false
    }
  }

  static func spells(_ p: UnsafePointer<UInt8>, _ word: StaticString) -> Bool {
    let q = word.utf8Start
    for k in 0..<word.utf8CodeUnitCount where p[k] != q[k] { return false }
    return true
  }

  /// The names that send a file to its first pass at once, hashed, behind a bitmap of their hashes' low
  /// bits: most words are not among them, and the bitmap says so in a shift and a test.
  public struct Seeds: Sendable {
    let set: IdentifierHashSet
    let bits: [UInt64]

    public init(_ names: Set<String>) {
      set = FirstPassGlance.wordHashes(of: names)
      var bits = [UInt64](repeating: 0, count: 64)
      for name in names {
        let hash = FirstPassGlance.wordHash(name)
        bits[Int(hash >> 6 & 63)] |= 1 << (hash & 63)
      }
      self.bits = bits
    }

    @inline(__always) func contains(_ hash: UInt64) -> Bool {
      bits[Int(hash >> 6 & 63)] & (1 << (hash & 63)) != 0 && set.contains(hash)
    }
  }
}

/// The first pass's gatekeeper for one run: glances at a file and says whether it can wait.
public struct FirstPassGlancer: Sendable {
  /// Words that send a file to its first pass at once: the names that matter whatever the project holds
  /// (built-in one-shot types and catalog members, configured names), `delegate` (a delegate's name is
  /// not where `typeNames` looks), and the names of a suppression attribute.
  let seeds: FirstPassGlance.Seeds

  public init(options: AnalysisOptions) {
    var names = OneShotPrecheck.builtinNames.union(options.extraOneShotTypes).union(options.extraOneShotMembers)
    names.formUnion(["delegate", "SuppressMessage", "SuppressMessageAttribute"])
    seeds = FirstPassGlance.Seeds(names)
  }

  /// The glance at `file`, or `nil` when its first pass cannot wait: besides `FirstPassGlance.take`'s
  /// reasons, a file that may hold a suppression comment or directive (`vtlint:`, `pragma` anywhere).
  public func glance(_ file: SourceFile) -> FirstPassGlance? {
    let whole = ByteRange(0, file.bytes.count)
    if ByteSearch.contains(file.bytes, whole, ByteSearch.vtlintDirective)
      || ByteSearch.contains(file.bytes, whole, ByteSearch.pragma)
    {
      return nil
    }
    return FirstPassGlance.take(file.bytes, seeds: seeds)
  }

  /// Whether a glanced file must take its first pass after all, given the `wordHash`es of the names that
  /// matter for the index built so far (`OneShotPrecheck.namesThatMatter`): it writes one, or a name
  /// outside ASCII matters and the file holds non-ASCII bytes.
  public static func isDue(_ glance: FirstPassGlance, mattering: IdentifierHashSet, nonASCIINameMatters: Bool) -> Bool {
    (nonASCIINameMatters && glance.hasNonASCII) || glance.words.intersects(mattering)
  }
}
