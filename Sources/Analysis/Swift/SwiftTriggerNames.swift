import SourceModel
import SwiftFrontend

/// The names without which a Swift analysis cannot produce a fact, in one place. The Swift linter reads
/// the file's identifier tokens first: a file that names none of them is neither parsed nor analysed, and
/// each analysis runs only when its own names are present. Every name the analyses compare against is
/// listed here, either as a trigger or (in `refinements`) with the trigger that must already be present
/// for it to matter; a test reads the analysis sources and fails on any name missing from both.
public enum SwiftTriggerNames {
  /// `with…Continuation`: each alone can start continuation facts (VT0101, VT0102, VT0106, GOOD).
  static let continuationFunctions: Set<String> = SwiftCallKinds.continuationFunctions

  /// Stream type names (VT0105, GOOD): a stream local needs one of them as its declared or created type.
  /// `HTTPClientResponse.Body` needs both words, so `HTTPClientResponse` stands for it.
  static let streamTypes: Set<String> = [
    "AsyncStream", "AsyncThrowingStream", "NIOAsyncSequenceProducer", "NIOThrowingAsyncSequenceProducer",
    "NIOAsyncChannelInboundStream", "HTTPClientResponse",
  ]

  /// The called names `BlockingCalls.match` accepts (`RunLoop` stands for `RunLoop….run`). A blocking
  /// wait (VT0103) also needs async code around it, so one of `asyncContext` too.
  static let blockingNames: Set<String> = ["wait", "waitUntilExit", "sleep", "usleep", "RunLoop"]

  /// What can make code async in the walk: `async`/`reasync` effects and modifiers, and the task-starting
  /// calls (`Task { … }`, `group.addTask { … }`).
  static let asyncContext: Set<String> = Set(["async", "reasync", "Task"]).union(SwiftCallKinds.taskAdders)

  /// What `BridgeAnalysis` counts as starting a task (VT0104 also needs a `wait`).
  static let taskStarts: Set<String> = Set(["Task", "makeFutureWithTask"]).union(SwiftCallKinds.taskAdders)

  /// `async` as a modifier of `let`/`var` (VT0107); it is also in `asyncContext`.
  static let asyncLetModifier = "async"

  /// Names the analyses compare against that never start a fact on their own, with the trigger that must
  /// already be present for them to matter.
  static let refinements: [String: String] = {
    var result: [String: String] = [
      "Thread": "receiver of a blocking sleep", "Foundation": "receiver of a blocking sleep",
      "Glibc": "receiver of a blocking sleep", "Darwin": "receiver of a blocking sleep",
      "run": "RunLoop", "RunLoop.run": "RunLoop", "timeout": "wait", "wallTimeout": "wait",
      "resume": "a continuation function", "$0": "a continuation function or an async let",
      "_": "a continuation function", "body": "a continuation function or a blocking name",
      "operation": "a continuation function or a blocking name", "makeAsyncIterator": "a stream type",
      "next": "a stream type", "makeStream": "a stream type", "HTTPClientResponse.Body": "HTTPClientResponse",
      "init": "a stream type or Task",
      "XCTAssert": "context only (inline closures inherit it)",
      "self": "a continuation function (a guard binding self)", "err": "a continuation function (a completion handler)",
      "error": "a continuation function (a completion handler)",
      "result": "a continuation function (a completion handler) or a stream type (awaiting a task)",
      "response": "a continuation function (a completion handler)", "value": "a stream type (awaiting a task)",
      "on": "a continuation function (an event registration)",
      "observe": "a continuation function (an event registration)",
      "sink": "a continuation function (an event registration)",
      "subscribe": "a continuation function (an event registration)",
      "addobserver": "a continuation function (an event registration)",
      "addlistener": "a continuation function (an event registration)",
      "addhandler": "a continuation function (an event registration)",
      "listen": "a continuation function (an event registration)",
      "watch": "a continuation function (an event registration)",
      "Never": "a continuation function or a blocking name (a call that ends its path)",
      "bind": "a continuation function (an event registration)",
      "setEventHandler": "a continuation function (an event registration)",
      "start": "a continuation function (an event registration)",
      "updates": "a continuation function (an event registration)",
      "register": "a continuation function (an event registration)",
      "schedulerepeat": "a continuation function (an event registration)",
      "static": "a continuation function (whether self is kept alive)",
      "MainActor": "a blocking name (code on the main actor holds no pool thread)",
      "nonisolated": "a blocking name (code on the main actor holds no pool thread)",
      "class": "a continuation function (whether self is kept alive)",
    ]
    let contextOnly =
      SwiftCallKinds.inlineOnce.union(SwiftCallKinds.inlineRepeated).union(SwiftCallKinds.terminators)
      .union(SwiftCallKinds.taskStarters)
    for name in contextOnly where result[name] == nil && !continuationFunctions.contains(name) {
      result[name] = "context only (how a closure runs, or that a path ends)"
    }
    return result
  }()

  /// Every trigger name.
  static var all: Set<String> {
    continuationFunctions.union(streamTypes).union(blockingNames).union(asyncContext).union(taskStarts)
  }
}

/// Which Swift analyses a file can feed, read from its tokens (see `SwiftTriggerNames`). Saying yes wrongly
/// only costs time; saying no wrongly would lose findings, so every test here errs towards yes.
public struct SwiftTriggers: Sendable, Hashable {
  /// A `with…Continuation` name.
  public var continuations = false
  /// A stream type name.
  public var streams = false
  /// `async` followed by modifiers and then `let` or `var`.
  public var asyncLets = false
  /// A blocking call name and something that makes code async.
  public var blockingWaits = false
  /// `wait` and a task-starting name.
  public var bridges = false
  /// Where the names that can anchor a fact of an enabled analysis start, in file order: the called
  /// name of a blocking call or a continuation function, the `wait` of a bridge, a stream's type name, the
  /// `async` of an `async let`. Every fact comes from a declaration, statement or closure whose range holds
  /// one, so the walk skips the others. Nil: no such narrowing (walk everything).
  public var anchors: [UInt32]?

  public init(
    continuations: Bool = false, streams: Bool = false, asyncLets: Bool = false, blockingWaits: Bool = false,
    bridges: Bool = false
  ) {
    self.continuations = continuations
    self.streams = streams
    self.asyncLets = asyncLets
    self.blockingWaits = blockingWaits
    self.bridges = bridges
  }

  /// Every analysis runs (what `SwiftAnalyzer.analyze` does without a scan).
  public static let all = SwiftTriggers(
    continuations: true, streams: true, asyncLets: true, blockingWaits: true, bridges: true)

  /// Whether any analysis can produce a fact: if not, the file need not be parsed.
  public var any: Bool { continuations || streams || asyncLets || blockingWaits || bridges }

  /// Whether code in `range` can hold a fact: it holds an anchor (always true without anchors).
  func mayHoldFact(_ range: ByteRange) -> Bool {
    guard let anchors else { return true }
    return SortedOffsets.any(anchors, in: range)
  }

  /// The trigger names as a filter for `SwiftFrontend.Lexer.lex(_:watching:)`: a file lexed with it is
  /// scanned by looking only at the identifiers the lexer noted.
  public static let wordFilter = SwiftWordFilter(words: TriggerTable.words)

  /// Reads the identifier tokens of a lexed file (only those the lexer noted, when it watched
  /// `wordFilter`).
  public static func scan(_ lexed: SwiftLexedSource, bytes: [UInt8]) -> SwiftTriggers {
    bytes.withUnsafeBufferPointer { scan(lexed.tokens, bytes: $0, candidates: lexed.watchedIdentifiers) }
  }

  /// `candidates`: the indices of the only identifier tokens that can hold a trigger name (nil: all).
  static func scan(_ tokens: [SwiftToken], bytes: UnsafeBufferPointer<UInt8>, candidates: [Int32]? = nil)
    -> SwiftTriggers
  {
    var seen: UInt8 = 0
    /// Each token with a trigger name: where it starts and its groups (plus `asyncLet`).
    var named: [(offset: UInt32, groups: UInt8)] = []
    let table = TriggerTable.shared
    tokens.withUnsafeBufferPointer { tokenBuffer in
      let all = candidates == nil ? tokenBuffer.count : 0
      let some = candidates ?? []
      for step in 0..<(all + some.count) {
        let index = step < all ? step : Int(some[step - all])
        guard index < tokenBuffer.count, tokenBuffer[index].kind == .identifier else { continue }
        let token = tokenBuffer[index]
        var start = Int(token.range.start)
        var end = Int(token.range.end)
        if token.flags.contains(.backticked) && end - start >= 2 {
          start += 1
          end -= 1
        }
        guard start >= 0, end <= bytes.count, start < end, table.mayMatch(length: end - start, first: bytes[start])
        else { continue }
        let groups = table.groups(bytes, start, end)
        if groups == 0 { continue }
        var bits = groups
        if groups & TriggerTable.asyncWord != 0 && Self.startsAsyncLet(tokens, at: index) {
          bits |= TriggerTable.asyncLet
        }
        seen |= bits
        named.append((token.range.start, bits))
      }
    }
    var result = SwiftTriggers(
      continuations: seen & TriggerTable.continuation != 0,
      streams: seen & TriggerTable.stream != 0,
      asyncLets: seen & TriggerTable.asyncLet != 0,
      blockingWaits: seen & TriggerTable.blocking != 0 && seen & TriggerTable.asyncContext != 0,
      bridges: seen & TriggerTable.waitWord != 0 && seen & TriggerTable.taskStart != 0)
    var anchorGroups: UInt8 = 0
    if result.continuations { anchorGroups |= TriggerTable.continuation }
    if result.streams { anchorGroups |= TriggerTable.stream }
    if result.asyncLets { anchorGroups |= TriggerTable.asyncLet }
    if result.blockingWaits { anchorGroups |= TriggerTable.blocking }
    if result.bridges { anchorGroups |= TriggerTable.waitWord }
    result.anchors = named.compactMap { $0.groups & anchorGroups != 0 ? $0.offset : nil }
    return result
  }

  /// The same analyses, with no narrowing to anchors.
  public var unanchored: SwiftTriggers {
    var copy = self
    copy.anchors = nil
    return copy
  }

  /// At an `async` word: whether `let` or `var` follows after nothing but words, keywords, `@` and
  /// parentheses (the modifiers the parser may take in between, and more).
  private static func startsAsyncLet(_ tokens: [SwiftToken], at index: Int) -> Bool {
    var next = index + 1
    while next < tokens.count && next <= index + 32 {
      switch tokens[next].kind {
      case .kwLet, .kwVar: return true
      case .identifier, .openParen, .closeParen, .at: next += 1
      case let kind where kind.isKeyword: next += 1
      default: return false
      }
    }
    return false
  }
}

/// The trigger names as bytes, bucketed by length, each with the groups it belongs to.
private struct TriggerTable: Sendable {
  static let continuation: UInt8 = 1 << 0
  static let stream: UInt8 = 1 << 1
  static let blocking: UInt8 = 1 << 2
  static let asyncContext: UInt8 = 1 << 3
  static let taskStart: UInt8 = 1 << 4
  static let waitWord: UInt8 = 1 << 5
  static let asyncWord: UInt8 = 1 << 6
  /// Set by the scan, not by a name: `async` that starts an `async let`.
  static let asyncLet: UInt8 = 1 << 7

  static let shared = TriggerTable()

  /// Every name the table holds.
  static var words: Set<String> { SwiftTriggerNames.all.union(["wait", SwiftTriggerNames.asyncLetModifier]) }

  /// `buckets[length]`: the names of that length and their groups.
  let buckets: [[(name: [UInt8], groups: UInt8)]]
  /// Bit `n` set when some name is `n` bytes long (all are shorter than 64).
  let lengths: UInt64
  /// Bit `b & 63` of word `b >> 6` set when some name starts with byte `b`.
  let firstBytes: (UInt64, UInt64)

  init() {
    var groups: [String: UInt8] = [:]
    for name in SwiftTriggerNames.continuationFunctions { groups[name, default: 0] |= Self.continuation }
    for name in SwiftTriggerNames.streamTypes { groups[name, default: 0] |= Self.stream }
    for name in SwiftTriggerNames.blockingNames { groups[name, default: 0] |= Self.blocking }
    for name in SwiftTriggerNames.asyncContext { groups[name, default: 0] |= Self.asyncContext }
    for name in SwiftTriggerNames.taskStarts { groups[name, default: 0] |= Self.taskStart }
    groups["wait", default: 0] |= Self.waitWord
    groups[SwiftTriggerNames.asyncLetModifier, default: 0] |= Self.asyncWord
    let longest = groups.keys.map(\.utf8.count).max() ?? 0
    var buckets = [[(name: [UInt8], groups: UInt8)]](repeating: [], count: longest + 1)
    for (name, bits) in groups.sorted(by: { $0.key < $1.key }) {
      buckets[name.utf8.count].append((Array(name.utf8), bits))
    }
    self.buckets = buckets
    var lengths: UInt64 = 0
    var firstBytes: (UInt64, UInt64) = (0, 0)
    for name in groups.keys {
      let utf8 = Array(name.utf8)
      precondition(utf8.count < 64 && utf8[0] < 128, "trigger names are short ASCII words")
      lengths |= 1 << UInt64(utf8.count)
      if utf8[0] < 64 { firstBytes.0 |= 1 << UInt64(utf8[0]) } else { firstBytes.1 |= 1 << UInt64(utf8[0] - 64) }
    }
    self.lengths = lengths
    self.firstBytes = firstBytes
  }

  /// A cheap reject before comparing bytes: no name has this length or starts with this byte.
  @inline(__always) func mayMatch(length: Int, first: UInt8) -> Bool {
    guard length < 64, lengths & (1 << UInt64(length)) != 0, first < 128 else { return false }
    return first < 64 ? firstBytes.0 & (1 << UInt64(first)) != 0 : firstBytes.1 & (1 << UInt64(first - 64)) != 0
  }

  /// The groups of the name in `bytes[start..<end]`, or 0.
  @inline(__always) func groups(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt8 {
    let length = end - start
    guard length < buckets.count else { return 0 }
    for entry in buckets[length] where entry.name[0] == bytes[start] {
      var same = true
      for offset in 1..<length where entry.name[offset] != bytes[start + offset] {
        same = false
        break
      }
      if same { return entry.groups }
    }
    return 0
  }
}
