/// The distinct identifier spellings of one file, as 64-bit hashes, taken in the first pass. After the
/// project index is merged, a file whose digest names nothing that matters to its language's analysis
/// cannot yield a finding, and its second pass is skipped without reading it again. A hash collision only
/// means a file is linted that did not need it.
public struct IdentifierDigest: Sendable {
  /// Without repeats, in no particular order: a digest is tested against a set (`intersects`) for almost
  /// every file, and hashes are looked up in it only when a gated name is among them (`Lookup`), so
  /// sorting every digest cost more than it saved.
  public private(set) var hashes: [UInt64]

  public init(hashes: [UInt64]) {
    self.hashes = Array(Set(hashes))
  }

  private init(unique: [UInt64]) {
    hashes = unique
  }

  /// Collects one file's identifiers as the lexer's tokens are read.
  public struct Builder {
    var table = IdentifierHashSet(capacity: 128)

    public init() {}

    /// Adds the spelling `bytes[lo..<hi]` (ignored when empty or out of bounds).
    @inline(__always)
    public mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) {
      guard lo < hi && hi <= bytes.count else { return }
      table.insert(IdentifierDigest.hash(bytes, lo, hi))
    }

    /// Adds a spelling already hashed with `IdentifierDigest.hash`.
    @inline(__always)
    public mutating func add(hash: UInt64) {
      table.insert(hash)
    }

    public func digest() -> IdentifierDigest { IdentifierDigest(unique: table.values()) }
  }

  /// Whether any identifier of the file has one of these hashes.
  public func intersects(_ names: IdentifierHashSet) -> Bool {
    hashes.contains { names.contains($0) }
  }

  /// Whether any identifier of the file has one of these hashes and passes `accept`.
  public func intersects(_ names: IdentifierHashSet, where accept: (UInt64) -> Bool) -> Bool {
    hashes.contains { names.contains($0) && accept($0) }
  }

  /// Whether the file writes an identifier with this hash: a linear search (for many, see `Lookup`).
  public func contains(_ hash: UInt64) -> Bool {
    hashes.contains(hash)
  }

  /// Repeated `contains` on one digest: linear searches while they are few, then a set made once, so
  /// that many lookups in a large digest stay linear in its size.
  public struct Lookup {
    let digest: IdentifierDigest
    var set: IdentifierHashSet?
    var searches = 0

    public init(_ digest: IdentifierDigest) {
      self.digest = digest
    }

    public mutating func contains(_ hash: UInt64) -> Bool {
      if let set { return set.contains(hash) }
      searches += 1
      guard searches > 16 else { return digest.contains(hash) }
      let made = IdentifierHashSet(digest.hashes)
      set = made
      return made.contains(hash)
    }
  }

  /// A multiply-xorshift hash of the spelling `bytes[lo..<hi]`, eight bytes at a time: every identifier of
  /// every file is hashed, and a byte-at-a-time hash (FNV-1a, before) chained one multiplication per byte.
  /// A spelling hashes the same wherever it sits: its last bytes are read as one little-endian word in
  /// whichever way stays inside the buffer (a whole word from their start, the word ending at `hi`
  /// shifted down, or byte by byte in a buffer shorter than a word).
  @inline(__always)
  public static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> UInt64 {
    let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
    var hash = 0x2545_F491_4F6C_DD1D ^ (UInt64(truncatingIfNeeded: hi - lo) &* multiplier)
    guard lo < hi, let base = bytes.baseAddress else { return finish(hash) }
    let raw = UnsafeRawPointer(base)
    var i = lo
    while hi - i >= 8 {
      hash = (hash ^ UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))) &* multiplier
      hash ^= hash >> 32
      i += 8
    }
    let rest = hi - i
    if rest > 0 {
      var word: UInt64 = 0
      if i + 8 <= bytes.count {
        word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) & (~0 >> (64 - 8 * rest))
      } else if hi >= 8 {
        word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: hi - 8, as: UInt64.self)) >> (64 - 8 * rest)
      } else {
        for k in 0..<rest { word |= UInt64(bytes[i + k]) << (8 * k) }
      }
      hash = (hash ^ word) &* multiplier
    }
    return finish(hash)
  }

  /// Spreads every bit of `hash` into the low bits, which `IdentifierHashSet` and the glance's bitmap index by.
  @inline(__always)
  static func finish(_ hash: UInt64) -> UInt64 {
    var x = hash ^ (hash >> 29)
    x = x &* 0xBF58_476D_1CE4_E5B9
    return x ^ (x >> 32)
  }

  public static func hash(_ name: String) -> UInt64 {
    var utf8 = Array(name.utf8)
    return utf8.withUnsafeMutableBufferPointer { hash(UnsafeBufferPointer($0), 0, $0.count) }
  }

  /// The hashes of a set of names, to test digests against.
  public static func hashes(of names: Set<String>) -> IdentifierHashSet {
    IdentifierHashSet(names.map(hash))
  }
}

/// A set of identifier hashes with a probe cheaper than `Set<UInt64>` (the values are hashes already, so
/// no second hash is computed): open addressing, 0 marks an empty slot and a real 0 is stored as 1.
public struct IdentifierHashSet: Sendable, Hashable {
  private var slots: [UInt64]
  private var count = 0

  public init(capacity: Int = 64) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = [UInt64](repeating: 0, count: size)
  }

  public init<S: Sequence>(_ values: S) where S.Element == UInt64 {
    self.init(capacity: values.underestimatedCount)
    for value in values { insert(value) }
  }

  public var isEmpty: Bool { count == 0 }

  /// The first slot `value` probes in a table of `mask + 1` slots (the values are hashes already: a fold
  /// of the high bits suffices).
  @inline(__always)
  private static func home(_ value: UInt64, _ mask: Int) -> Int {
    Int(truncatingIfNeeded: value ^ (value >> 29)) & mask
  }

  @inline(__always)
  public mutating func insert(_ value: UInt64) {
    let value = value == 0 ? 1 : value
    // Most identifiers of a file repeat: the probe only reads (no uniqueness check of the storage, which a
    // write costs), and only a new value is written.
    let mask = slots.count - 1
    var slot = IdentifierHashSet.home(value, mask)
    while true {
      let here = slots[slot]
      if here == value { return }
      if here == 0 { break }
      slot = (slot + 1) & mask
    }
    if (count + 1) * 2 > slots.count {
      grow()
      insertNew(value)
    } else {
      slots[slot] = value
      count += 1
    }
  }

  /// Stores `value` (not 0, not yet present) in the first free slot of its probe sequence.
  private mutating func insertNew(_ value: UInt64) {
    let mask = slots.count - 1
    var slot = IdentifierHashSet.home(value, mask)
    while slots[slot] != 0 { slot = (slot + 1) & mask }
    slots[slot] = value
    count += 1
  }

  @inline(__always)
  public func contains(_ value: UInt64) -> Bool {
    let value = value == 0 ? 1 : value
    let mask = slots.count - 1
    var slot = IdentifierHashSet.home(value, mask)
    while true {
      let here = slots[slot]
      if here == value { return true }
      if here == 0 { return false }
      slot = (slot + 1) & mask
    }
  }

  private mutating func grow() {
    let old = slots
    slots = [UInt64](repeating: 0, count: old.count * 2)
    count = 0
    for value in old where value != 0 { insertNew(value) }
  }

  /// The values, in slot order (0 is stored as 1, see above).
  func values() -> [UInt64] {
    var values: [UInt64] = []
    values.reserveCapacity(count)
    for slot in slots where slot != 0 { values.append(slot) }
    return values
  }
}
