import SourceModel

extension SwiftFrontend.Parser {
  /// Lexes and parses one file. Never fails and never recurses without bound: syntax errors become
  /// diagnostics and `.error`/`.missing` nodes, and parsing resumes at the next statement or member.
  public static func parse(_ bytes: [UInt8]) -> SwiftSyntaxTree {
    parse(bytes, lexed: SwiftFrontend.Lexer.lex(bytes))
  }

  /// Parses a file already lexed by `SwiftFrontend.Lexer.lex(bytes)` (callers that look at the tokens
  /// before deciding to parse lex once).
  public static func parse(_ bytes: [UInt8], lexed: SwiftLexedSource) -> SwiftSyntaxTree {
    bytes.withUnsafeBufferPointer { buffer in
      var core = SwiftParserCore(bytes: buffer, tokens: lexed.tokens)
      let statements = core.parseTopLevel()
      let root = SwiftSourceFileSyntax(statements: statements, range: ByteRange(0, buffer.count))
      return SwiftSyntaxTree(lexed: lexed, root: root, diagnostics: lexed.diagnostics + core.diagnostics)
    }
  }
}

/// The parser's working state: a cursor over the token array, diagnostics, and the nesting depth.
///
/// The token array is the parser's own copy: when `>` closes a generic argument list and is glued to
/// more operator characters (`>>`, `>?`), the parser shortens that token in place (`splitLeadingAngle`).
struct SwiftParserCore {
  /// Nesting limit for expressions, types, patterns and blocks. Deeper input gets one diagnostic and is
  /// skipped as balanced tokens, so parsing stays linear and the stack stays small.
  static let maxDepth = 200
  /// Limit on operators in one binary sequence and on postfix suffixes in one chain: both build left-deep
  /// trees, and every walker of the tree (and its deallocation) recurses once per level. Real code stays
  /// far below this; generated code beyond it gets one diagnostic and the rest of the statement is skipped.
  static let maxChain = 500

  let bytes: UnsafeBufferPointer<UInt8>
  var tokens: [SwiftToken]
  var pos = 0
  var diagnostics: [SyntaxDiagnostic] = []
  var depth = 0
  var reportedDepth = false
  /// Inside `if`/`while`/`guard` conditions, `for` sequences and `switch` subjects a `{` opens the body,
  /// never a trailing closure.
  var allowsTrailingClosure = true
  /// Inside a `case`/`catch` pattern: `let`/`var`/`is` start patterns and `=` ends the pattern.
  var inPattern = false
  /// Inside a `#if` condition: the expression ends at the end of its line.
  var stopsAtNewline = false
  /// The last position a diagnostic was reported at, so one bad token gets one message.
  var lastDiagnosticPos = -1

  init(bytes: UnsafeBufferPointer<UInt8>, tokens: [SwiftToken]) {
    self.bytes = bytes
    self.tokens = tokens
  }

  // MARK: - Cursor

  @inline(__always) var current: SwiftToken { tokens[pos] }
  @inline(__always) var kind: SwiftTokenKind { tokens[pos].kind }
  @inline(__always) func peek(_ offset: Int = 1) -> SwiftToken {
    let index = pos + offset
    return index < tokens.count ? tokens[index] : tokens[tokens.count - 1]
  }
  @inline(__always) var atEnd: Bool { tokens[pos].kind == .endOfFile }
  @inline(__always) func at(_ kind: SwiftTokenKind) -> Bool { tokens[pos].kind == kind }
  @inline(__always) func at(contextual: SwiftContextualKeyword) -> Bool {
    tokens[pos].kind == .identifier && tokens[pos].contextual == contextual
      && !tokens[pos].flags.contains(.backticked)
  }
  /// The end offset of the previous token (where a node that just finished ends).
  var previousEnd: UInt32 { pos > 0 ? tokens[pos - 1].range.end : 0 }
  var currentStart: UInt32 { tokens[pos].range.start }

  @inline(__always) mutating func advance() {
    if pos < tokens.count - 1 { pos += 1 }
  }

  mutating func consume(_ kind: SwiftTokenKind) -> Bool {
    guard at(kind) else { return false }
    advance()
    return true
  }

  /// Consumes `kind` or reports "expected …" (once per position).
  @discardableResult mutating func expect(_ kind: SwiftTokenKind, _ what: String) -> Bool {
    if consume(kind) { return true }
    error("expected \(what)")
    return false
  }

  mutating func error(_ message: String, at range: ByteRange? = nil) {
    guard lastDiagnosticPos != pos || range != nil else { return }
    lastDiagnosticPos = pos
    diagnostics.append(SyntaxDiagnostic(range: range ?? current.range, message: message))
  }

  func range(from start: UInt32) -> ByteRange {
    ByteRange(start: start, end: max(start, previousEnd))
  }

  // MARK: - Token text

  /// Whether token `index`'s bytes equal `text`.
  func tokenText(_ index: Int, is text: StaticString) -> Bool {
    let range = tokens[index].range
    guard range.length == text.utf8CodeUnitCount else { return false }
    let base = text.utf8Start
    for i in 0..<range.length where bytes[Int(range.start) + i] != base[i] { return false }
    return true
  }

  func currentIs(_ text: StaticString) -> Bool { tokenText(pos, is: text) }

  /// The first byte of token `index` (0 for empty tokens).
  func firstByte(_ index: Int) -> UInt8 {
    let range = tokens[index].range
    return range.isEmpty ? 0 : bytes[Int(range.start)]
  }

  func text(_ range: ByteRange) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[Int(range.start)..<Int(range.end)]), as: UTF8.self)
  }

  /// An identifier from the current token (backticks stripped), consuming it.
  mutating func takeIdentifier() -> SwiftIdentifier {
    let token = current
    advance()
    var inner = token.range
    if token.flags.contains(.backticked) && inner.length >= 2 {
      inner = ByteRange(start: inner.start + 1, end: inner.end - 1)
    }
    return SwiftIdentifier(text(inner), range: token.range)
  }

  /// Any word usable as a name after `.` or as an argument label: identifiers and every keyword.
  func isNameLike(_ token: SwiftToken) -> Bool {
    token.kind == .identifier || token.kind.isKeyword || token.kind == .dollarIdentifier
  }

  // MARK: - Depth

  /// Enters one nesting level; false (with one diagnostic per file) when the limit is reached.
  mutating func enter() -> Bool {
    if depth >= Self.maxDepth {
      if !reportedDepth {
        reportedDepth = true
        diagnostics.append(SyntaxDiagnostic(range: current.range, message: "nesting too deep; skipped"))
      }
      return false
    }
    depth += 1
    return true
  }

  mutating func leave() { depth -= 1 }

  /// Skips one token, or a whole bracketed group when it opens one, iteratively.
  mutating func skipBalanced() {
    var nesting = 0
    repeat {
      switch kind {
      case .openParen, .openBracket, .openBrace, .interpolationStart, .stringStart: nesting += 1
      case .closeParen, .closeBracket, .closeBrace, .interpolationEnd, .stringEnd: nesting -= 1
      case .endOfFile: return
      default: break
      }
      advance()
    } while nesting > 0
  }

  /// Skips the bracketed group that starts at the cursor and everything up to where the caller can
  /// resume: used when the depth limit is hit inside an expression.
  mutating func skipDeepGroup() {
    if at(.openParen) || at(.openBracket) || at(.openBrace) {
      skipBalanced()
    } else {
      advance()
    }
  }
}
