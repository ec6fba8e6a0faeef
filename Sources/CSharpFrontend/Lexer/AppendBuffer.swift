/// A growable array of trivial values without `Array.append`'s per-call uniqueness check: the lexer appends
/// millions of tokens per second, and that check (a runtime call) was a measurable share of lexing time.
/// Only for plain values (`Token`, `Trivia`): elements are never deinitialized.
///
/// It writes straight into the storage of the `Array` the lexer returns (`Lexer.lex` lends it that storage
/// through `Array(unsafeUninitializedCapacity:)`), so a file's tokens are not copied once more at the end.
/// Only when the lent capacity runs out does it move to storage of its own, and then the owner takes the
/// elements with `takeSpilled()`.
struct AppendBuffer<Element> {
  private(set) var base: UnsafeMutablePointer<Element>
  private(set) var count = 0
  private var capacity: Int
  /// Whether `base` is this buffer's own allocation (after outgrowing the lent storage).
  private(set) var spilled = false

  /// Appends into `storage` (uninitialized, `capacity` elements, owned by the caller) until it is full.
  init(lending storage: UnsafeMutablePointer<Element>, capacity: Int) {
    base = storage
    self.capacity = capacity
  }

  @inline(__always)
  mutating func append(_ element: Element) {
    if count == capacity { grow() }
    (base + count).initialize(to: element)
    count += 1
  }

  @inline(never)
  private mutating func grow() {
    let newCapacity = Swift.max(capacity * 2, 16)
    let newBase = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
    newBase.initialize(from: base, count: count)
    if spilled { base.deallocate() }
    base = newBase
    capacity = newCapacity
    spilled = true
  }

  @inline(__always)
  subscript(index: Int) -> Element {
    get { base[index] }
    set { base[index] = newValue }
  }

  /// After a spill: the elements as an `Array`; the buffer's own storage is freed and the buffer must not
  /// be used afterwards.
  mutating func takeSpilled() -> [Element] {
    precondition(spilled, "the elements are in the lent storage")
    let array = Array(UnsafeBufferPointer(start: base, count: count))
    base.deallocate()
    count = 0
    capacity = 0
    spilled = false
    return array
  }
}
