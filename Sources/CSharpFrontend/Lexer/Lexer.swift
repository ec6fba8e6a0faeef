import SourceModel

/// The hand-written C# lexer: a namespace for `lex`. One pass over the UTF-8 bytes by a `LexerCursor`
/// (`LexerCursor.swift`: state and the driver loop), with one idea per file: `+Trivia` (whitespace, line
/// breaks, comments), `+Directives` and `+DirectiveExpression` (preprocessor lines, `#if` sections),
/// `+Tokens` (dispatch and operators), `+Identifiers`, `+Keywords`, `+Numbers`, `+Strings`,
/// `+Interpolation` (interpolated strings as token sequences). `TokenText.swift` slices token text on demand.
public enum Lexer {}

/// Settings that change how a file lexes.
public struct LexerOptions: Sendable, Hashable {
  /// Preprocessor symbols considered defined for `#if` (a file's own `#define`s are added as they appear).
  public var definedSymbols: Set<String>

  public init(definedSymbols: Set<String> = []) {
    self.definedSymbols = definedSymbols
  }
}

extension Lexer {
  /// Lexes a whole file. Never fails: bad bytes become `.unknown` tokens or skipped trivia plus diagnostics.
  public static func lex(
    _ bytes: [UInt8], options: LexerOptions = LexerOptions(), prefaulting helper: ParallelJobs? = nil
  ) -> LexedSource {
    bytes.withUnsafeBufferPointer { lex($0, options: options, prefaulting: helper) }
  }

  /// Files from this size, lexed with a helper thread, have the memory for their tokens and trivia made
  /// resident by the helper while they are lexed (`MemoryPrefault`).
  static let prefaultFrom = 4 << 20

  /// Lexes a whole file from a buffer (see `lex(_:options:)`).
  ///
  /// Tokens and trivia are written straight into the arrays returned: each is created with a capacity
  /// estimated from the file size and handed to the cursor as storage. A file denser than the estimate
  /// spills into a growing buffer and is copied once, as every file used to be.
  ///
  /// `helper`: threads lent by a run of one file. A large file is then lexed on one of them while another
  /// makes the start of that storage resident, as much as real C# fills (about a token per 7 bytes and a
  /// trivia piece per 12): the lexer's page faults were half its time, on the path everything waits on.
  public static func lex(
    _ bytes: UnsafeBufferPointer<UInt8>, options: LexerOptions = LexerOptions(), prefaulting helper: ParallelJobs? = nil
  ) -> LexedSource {
    // Real C# has about one token per 7 bytes and one trivia piece per 12; few files exceed these bounds.
    let tokenCapacity = bytes.count / 4 + 64
    let triviaCapacity = bytes.count / 6 + 64
    var spilledTokens: [Token]?
    var spilledTrivia: [Trivia]?
    var trivia: [Trivia] = []
    var diagnostics: [SyntaxDiagnostic] = []
    var tokens = [Token](unsafeUninitializedCapacity: tokenCapacity) { tokenStorage, tokenCount in
      trivia = [Trivia](unsafeUninitializedCapacity: triviaCapacity) { triviaStorage, triviaCount in
        var cursor = LexerCursor(
          bytes: bytes, options: options,
          tokens: AppendBuffer(lending: tokenStorage.baseAddress!, capacity: tokenCapacity),
          trivia: AppendBuffer(lending: triviaStorage.baseAddress!, capacity: triviaCapacity))
        if let helper, bytes.count >= prefaultFrom {
          let regions = [
            PrefaultRegion(tokenStorage, count: Swift.min(tokenCapacity, bytes.count / 7)),
            PrefaultRegion(triviaStorage, count: Swift.min(triviaCapacity, bytes.count / 12)),
          ]
          let lexing = CursorBox(cursor)
          // The lexer first: the first job starts first.
          _ = helper.both({ lexing.cursor.run() }, { for region in regions { region.populate() } })
          cursor = lexing.cursor
        } else {
          cursor.run()
        }
        if cursor.tokens.spilled {
          spilledTokens = cursor.tokens.takeSpilled()
          tokenCount = 0
        } else {
          tokenCount = cursor.tokens.count
        }
        if cursor.trivia.spilled {
          spilledTrivia = cursor.trivia.takeSpilled()
          triviaCount = 0
        } else {
          triviaCount = cursor.trivia.count
        }
        diagnostics = cursor.diagnostics
      }
    }
    if let spilledTokens { tokens = spilledTokens }
    if let spilledTrivia { trivia = spilledTrivia }
    return LexedSource(tokens: tokens, trivia: trivia, diagnostics: diagnostics)
  }
}

/// A stretch of the lexer's output storage for the helper thread to make resident. Only its address is
/// shared: the helper never reads or writes the memory (`MemoryPrefault`).
private struct PrefaultRegion: @unchecked Sendable {
  let start: UnsafeMutableRawPointer
  let byteCount: Int

  init<Element>(_ storage: UnsafeMutableBufferPointer<Element>, count: Int) {
    start = UnsafeMutableRawPointer(storage.baseAddress!)
    byteCount = count * MemoryLayout<Element>.stride
  }

  func populate() { MemoryPrefault.populate(start, byteCount: byteCount) }
}

/// Carries the cursor to the thread that runs it and back; only that thread touches it meanwhile.
private final class CursorBox: @unchecked Sendable {
  var cursor: LexerCursor
  init(_ cursor: LexerCursor) { self.cursor = cursor }
}
