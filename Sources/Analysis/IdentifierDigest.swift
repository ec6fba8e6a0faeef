/// The distinct identifier spellings of one file, as 64-bit hashes, taken in the first pass. After the
/// project index is merged, a file whose digest names nothing that matters to its language's analysis
/// cannot yield a finding, and its second pass is skipped without reading it again. A hash collision only
/// means a file is linted that did not need it.
public struct IdentifierDigest: Sendable, Hashable {
  /// Sorted, without repeats.
  public private(set) var hashes: [UInt64]

  public init(hashes: [UInt64]) {
    self.hashes = Array(Set(hashes)).sorted()
  }

  /// The digest of the identifier byte ranges `ranges` of `bytes` (each `[start, end)`).
  public init<Ranges: Sequence>(bytes: UnsafeBufferPointer<UInt8>, ranges: Ranges)
  where Ranges.Element == (Int, Int) {
    var table = HashTable()
    for (lo, hi) in ranges where lo < hi && hi <= bytes.count {
      table.insert(IdentifierDigest.hash(bytes, lo, hi))
    }
    hashes = table.sortedValues()
  }

  /// Whether any identifier of the file has one of these hashes.
  public func intersects(_ names: Set<UInt64>) -> Bool {
    if names.isEmpty { return false }
    return hashes.contains { names.contains($0) }
  }

  /// FNV-1a over the spelling's UTF-8 bytes.
  @inline(__always)
  public static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for i in lo..<hi { hash = (hash ^ UInt64(bytes[i])) &* 0x100_0000_01b3 }
    return hash
  }

  public static func hash(_ name: String) -> UInt64 {
    var utf8 = Array(name.utf8)
    return utf8.withUnsafeMutableBufferPointer { hash(UnsafeBufferPointer($0), 0, $0.count) }
  }

  /// The hashes of a set of names, to test digests against.
  public static func hashes(of names: Set<String>) -> Set<UInt64> {
    Set(names.map(hash))
  }

  /// Open addressing over hash values (0 marks an empty slot; a real 0 is stored as 1).
  private struct HashTable {
    var slots = [UInt64](repeating: 0, count: 256)
    var count = 0

    mutating func insert(_ value: UInt64) {
      let value = value == 0 ? 1 : value
      if (count + 1) * 2 > slots.count { grow() }
      let mask = slots.count - 1
      var slot = Int(truncatingIfNeeded: value ^ (value >> 29)) & mask
      while slots[slot] != 0 {
        if slots[slot] == value { return }
        slot = (slot + 1) & mask
      }
      slots[slot] = value
      count += 1
    }

    mutating func grow() {
      let old = slots
      slots = [UInt64](repeating: 0, count: old.count * 2)
      count = 0
      for value in old where value != 0 { insert(value) }
    }

    func sortedValues() -> [UInt64] { slots.filter { $0 != 0 }.sorted() }
  }
}
