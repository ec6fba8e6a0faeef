/// Writes JSON text front to back, laid out as `JSONValue.rendered` lays it out (two-space indentation,
/// one member or element per line, `[]` and `{}` when empty). `JSONValue` writes itself through it; a
/// reporter can also write what it repeats thousands of times (findings) straight into it, without
/// building values first. Object keys must come in the order `JSONValue.object` sorts them (by UTF-8
/// bytes): the writer does not reorder.
public struct JSONWriter {
  private var bytes: [UInt8] = []
  let pretty: Bool
  /// One entry per open array or object: whether it has an element yet.
  private var open: [Bool] = []

  public init(pretty: Bool = true, capacity: Int = 4096) {
    self.pretty = pretty
    bytes.reserveCapacity(capacity)
  }

  /// A writer for elements of an array `depth` levels deep (the document's own value is level 1) written
  /// apart from the rest, as a part of the array to be put in with `append(elements:)`. `following`:
  /// elements come before these.
  public init(elementsAtDepth depth: Int, following: Bool, pretty: Bool = true, capacity: Int = 4096) {
    precondition(depth >= 1, "elements are inside an array")
    self.init(pretty: pretty, capacity: capacity)
    open = Array(repeating: true, count: depth - 1) + [following]
  }

  /// The elements written by a writer made with `init(elementsAtDepth:following:)`. It is left empty.
  public mutating func elementsWritten() -> [UInt8] {
    defer { bytes = [] }
    return bytes
  }

  /// Elements of the innermost array, written apart (`elementsWritten()`) at its depth and following what
  /// this writer wrote of it already.
  public mutating func append(elements: [UInt8]) {
    guard let last = open.indices.last, !elements.isEmpty else { return }
    bytes.append(contentsOf: elements)
    open[last] = true
  }

  /// The text written, with a final newline when pretty. Every array and object must be closed.
  public mutating func finished() -> String { String(decoding: finishedBytes(), as: UTF8.self) }

  /// `finished()` as UTF-8 bytes. The writer is left empty.
  public mutating func finishedBytes() -> [UInt8] {
    precondition(open.isEmpty, "an array or object is still open")
    if pretty { bytes.append(0x0A) }
    defer { bytes = [] }
    return bytes
  }

  public mutating func beginObject() { begin(0x7B) }
  public mutating func endObject() { end(0x7D) }
  public mutating func beginArray() { begin(0x5B) }
  public mutating func endArray() { end(0x5D) }

  /// Starts the next member of the innermost object: its key, then the caller writes its value.
  public mutating func key(_ key: String) {
    item()
    JSONValue.writeString(key, into: &bytes)
    bytes.append(0x3A)
    if pretty { bytes.append(0x20) }
  }

  /// Starts the next element of the innermost array; the caller writes it.
  public mutating func item() {
    guard let last = open.indices.last else { return }
    if open[last] { bytes.append(0x2C) }
    open[last] = true
    newline(depth: open.count)
  }

  public mutating func string(_ s: String) { JSONValue.writeString(s, into: &bytes) }
  public mutating func int(_ i: Int) { JSONValue.writeInteger(i, into: &bytes) }

  /// A whole value where one is due (after `key`, after `item`, or as the document).
  public mutating func value(_ value: JSONValue) {
    switch value {
    case .null: bytes.append(contentsOf: "null".utf8)
    case .bool(let b): bytes.append(contentsOf: (b ? "true" : "false").utf8)
    case .int(let i): int(i)
    case .string(let s): string(s)
    case .array(let items):
      beginArray()
      for item in items {
        self.item()
        self.value(item)
      }
      endArray()
    case .object(let members):
      // Key and value together: looking each value up again hashed every key a second time.
      beginObject()
      for entry in members.sorted(by: { JSONValue.precedesByUTF8($0.key, $1.key) }) {
        key(entry.key)
        self.value(entry.value)
      }
      endObject()
    }
  }

  private mutating func begin(_ bracket: UInt8) {
    bytes.append(bracket)
    open.append(false)
  }

  private mutating func end(_ bracket: UInt8) {
    guard let hadItems = open.popLast() else { preconditionFailure("nothing is open") }
    if hadItems { newline(depth: open.count) }
    bytes.append(bracket)
  }

  private mutating func newline(depth: Int) {
    guard pretty else { return }
    bytes.append(0x0A)
    for _ in 0..<depth * 2 { bytes.append(0x20) }
  }
}
