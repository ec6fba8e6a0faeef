/// A growable array of trivial values without `Array.append`'s per-call uniqueness check: the lexer appends
/// millions of tokens per second, and that check (a runtime call) was a measurable share of lexing time.
/// Only for plain values (`Token`, `Trivia`): elements are never deinitialized. The owner must call
/// `takeArray()` exactly once; it copies the elements out and frees the storage.
struct AppendBuffer<Element> {
  private(set) var base: UnsafeMutablePointer<Element>
  private(set) var count = 0
  private var capacity: Int

  init(capacity: Int) {
    self.capacity = Swift.max(capacity, 16)
    base = UnsafeMutablePointer<Element>.allocate(capacity: self.capacity)
  }

  @inline(__always)
  mutating func append(_ element: Element) {
    if count == capacity { grow() }
    (base + count).initialize(to: element)
    count += 1
  }

  @inline(never)
  private mutating func grow() {
    let newCapacity = capacity * 2
    let newBase = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
    newBase.initialize(from: base, count: count)
    base.deallocate()
    base = newBase
    capacity = newCapacity
  }

  @inline(__always)
  subscript(index: Int) -> Element {
    get { base[index] }
    set { base[index] = newValue }
  }

  /// The elements as an `Array`; the buffer is freed and must not be used afterwards.
  mutating func takeArray() -> [Element] {
    let array = Array(UnsafeBufferPointer(start: base, count: count))
    base.deallocate()
    count = 0
    capacity = 0
    return array
  }
}
