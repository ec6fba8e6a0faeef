/// Writes plausible Swift files: structs, classes, actors, protocols with generics, async functions,
/// continuations resumed well and badly, `AsyncStream`s, closures, every string form (interpolated,
/// multi-line, raw), comments and `#if` blocks. Not meant to compile; meant to exercise the Swift front end
/// the way a real package does.
struct SwiftCorpus {
  var rng: SeededGenerator

  private static let nouns = [
    "Order", "Account", "Session", "Channel", "Buffer", "Message", "Payload", "Cache", "Queue", "Request",
    "Response", "Token", "Segment", "Record", "Batch", "Frame", "Connection", "Upload", "Download", "Event",
  ]
  private static let verbs = [
    "read", "write", "fetch", "load", "save", "flush", "send", "receive", "process", "validate", "resolve",
    "open", "close", "acquire", "release", "publish", "consume", "parse", "encode", "decode",
  ]
  private static let types = [
    "Int", "String", "Bool", "[UInt8]", "Double", "[String: Int]", "Set<String>", "Data", "Date", "UUID",
  ]

  init(seed: UInt64) { rng = SeededGenerator(seed: seed) }

  private mutating func name() -> String { rng.pick(Self.verbs) + rng.pick(Self.nouns) }
  private mutating func typeName() -> String { rng.pick(Self.nouns) + rng.pick(["", "Service", "Store", "Client"]) }
  private mutating func valueType() -> String { rng.pick(Self.types) }

  mutating func file(targetBytes: Int, index: Int) -> String {
    var w = CodeWriter()
    w.line("//")
    w.line("//  File\(index).swift")
    w.line("//  Generated for benchmarking; not meant to compile.")
    w.line("//")
    w.line("")
    w.line("import Foundation")
    if rng.chance(30) {
      w.line("#if canImport(os)")
      w.line("import os")
      w.line("#endif")
    }
    w.line("")
    var typeCount = 0
    while w.text.utf8.count < targetBytes || typeCount == 0 {
      writeType(&w)
      w.line("")
      typeCount += 1
    }
    return w.text
  }

  private mutating func writeType(_ w: inout CodeWriter) {
    let tname = typeName()
    switch rng.below(8) {
    case 0:
      w.line("/// What a \(tname.lowercased()) can do.")
      w.open("public protocol \(tname)Protocol: Sendable {")
      w.line("associatedtype Element: Hashable")
      for _ in 0..<rng.within(2...5) {
        w.line("func \(name())(_ input: Element) async throws -> \(valueType())")
      }
      w.close()
    case 1:
      w.open("public enum \(tname)State: Equatable, Sendable {")
      w.line("case idle")
      w.line("case running(progress: Double)")
      w.line("case failed(reason: String)")
      w.close()
    default:
      let keyword = rng.pick(["struct", "final class", "actor", "class"])
      let generic = rng.chance(25) ? "<Key: Hashable & Sendable, Value>" : ""
      w.line("/// Coordinates `\(tname)` work.")
      w.open("\(rng.pick(["public ", "", "internal "]))\(keyword) \(tname)\(generic) {")
      w.line("private var storage: [String: Int] = [:]")
      w.line("let identifier = UUID()")
      w.line("")
      for _ in 0..<rng.within(3...8) {
        if rng.chance(10) {
          w.line("#if DEBUG")
          writeMember(&w)
          w.line("#else")
          w.line("// release: nothing to log")
          w.line("#endif")
        } else {
          writeMember(&w)
        }
        w.line("")
      }
      w.close()
    }
  }

  private mutating func writeMember(_ w: inout CodeWriter) {
    switch rng.below(8) {
    case 0: writeContinuationGood(&w)
    case 1: writeContinuationBad(&w)
    case 2: writeStream(&w)
    case 3: writeStrings(&w)
    case 4: writeClosures(&w)
    case 5: writeSwitch(&w)
    case 6: writeComputed(&w)
    default: writeAsyncTaskGroup(&w)
    }
  }

  private mutating func writeContinuationGood(_ w: inout CodeWriter) {
    let t = valueType()
    w.open("func \(name())(id: String) async throws -> \(t) {")
    w.open("try await withCheckedThrowingContinuation { continuation in")
    w.open("legacy.\(name())(id) { result, error in")
    w.open("if let error {")
    w.line("continuation.resume(throwing: error)")
    w.close("} else {")
    w.indent()
    w.line("continuation.resume(returning: result ?? .init())")
    w.close()
    w.close()
    w.close()
    w.close()
  }

  private mutating func writeContinuationBad(_ w: inout CodeWriter) {
    w.open("func \(name())Twice() async -> Int {")
    w.open("await withCheckedContinuation { continuation in")
    w.open("queue.async {")
    w.line("continuation.resume(returning: 1)")
    w.line("continuation.resume(returning: 2)  // resumed twice")
    w.close()
    w.close()
    w.close()
  }

  private mutating func writeStream(_ w: inout CodeWriter) {
    w.open("func \(name())Events() -> AsyncStream<\(valueType())> {")
    w.open("AsyncStream { continuation in")
    w.open("let token = center.observe { value in")
    w.line("continuation.yield(value)")
    w.close()
    w.open("continuation.onTermination = { @Sendable _ in")
    w.line("token.cancel()")
    w.close()
    w.close()
    w.close()
  }

  private mutating func writeStrings(_ w: inout CodeWriter) {
    w.open("func describe(_ count: Int) -> String {")
    w.line("let plain = \"await \\\"quoted\\\" \\t \\u{1F600}\"")
    w.line("let interpolated = \"\\(identifier) has \\(count > 1 ? \"many\" : \"one\") item(s)\"")
    w.line("let raw = #\"C:\\path\\\"\(rng.pick(Self.nouns))\"\\#(count)\"#")
    if rng.chance(50) {
      w.line("let multi = \"\"\"")
      w.line("    resume(returning:) is called once;")
      w.line("    count = \\(count)")
      w.line("    \"\"\"")
    } else {
      w.line("let multi = \"\"")
    }
    w.line("return [plain, interpolated, raw, multi].joined(separator: \"\\n\")")
    w.close()
  }

  private mutating func writeClosures(_ w: inout CodeWriter) {
    w.open("func \(name())All(_ items: [\(typeName())]) -> [String] {")
    w.line("items")
    w.indent()
    w.line(".filter { !$0.id.isEmpty }")
    w.line(".sorted { $0.version < $1.version }")
    w.line(".map { item in \"\\(item.id)#\\(item.version)\" }")
    w.dedent()
    w.close()
  }

  private mutating func writeSwitch(_ w: inout CodeWriter) {
    w.open("func classify(_ value: Any?) -> Int {")
    w.open("switch value {")
    w.line("case let i as Int where i > 0: return 1")
    w.line("case let s as String: return s.count")
    w.line("case .none: return -1")
    w.line("default: return 0")
    w.close()
    w.close()
  }

  private mutating func writeComputed(_ w: inout CodeWriter) {
    w.line("/* Cached; recomputed when storage changes. */")
    w.open("var total: Int {")
    w.line("storage.values.reduce(0, +)")
    w.close()
  }

  private mutating func writeAsyncTaskGroup(_ w: inout CodeWriter) {
    w.open("func \(name())Concurrently(_ ids: [String]) async throws -> [\(valueType())] {")
    w.open("try await withThrowingTaskGroup(of: (Int, \(valueType())).self) { group in")
    w.open("for (index, id) in ids.enumerated() {")
    w.line("group.addTask { (index, try await self.fetch(id)) }")
    w.close()
    w.line("var results: [(Int, \(valueType()))] = []")
    w.open("for try await pair in group {")
    w.line("results.append(pair)")
    w.close()
    w.line("return results.sorted { $0.0 < $1.0 }.map(\\.1)")
    w.close()
    w.close()
  }
}
