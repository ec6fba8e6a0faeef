import SourceModel

/// A parsed C# file: the tokens it came from, the tree, and every lexer and parser diagnostic.
public struct CSharpSyntaxTree: Sendable {
  public var lexed: LexedSource
  public var root: CompilationUnit
  public var diagnostics: [SyntaxDiagnostic]
  /// What a deferred body is parsed from later: the file, the parser's tokens (ending in end-of-file) and
  /// their bracket matches, kept so that parsing one body costs only that body.
  let bytes: [UInt8]
  let parserTokens: [Token]
  let matchingClose: [Int32]

  /// For each token that opens a bracket, the index of the token that closes it (-1: none), as the parser
  /// paired them; empty for a tree built without parsing.
  public var bracketMatches: [Int32] { matchingClose }
  /// Where the methods and constructors of types write their names, ascending: a declaration's name is not
  /// a use of it (`void Add(T item)`, `ValueTask IStore.Get(…)`), which tokens alone cannot tell from a
  /// call. Recorded as the parser reads them, so that it costs nothing; local functions, inside bodies,
  /// are not among them.
  public let declaredMethodNames: [UInt32]

  public init(lexed: LexedSource, root: CompilationUnit, diagnostics: [SyntaxDiagnostic]) {
    self.init(lexed: lexed, root: root, diagnostics: diagnostics, bytes: [], parserTokens: [], matchingClose: [])
  }

  init(
    lexed: LexedSource, root: CompilationUnit, diagnostics: [SyntaxDiagnostic], bytes: [UInt8],
    parserTokens: [Token], matchingClose: [Int32], declaredMethodNames: [UInt32] = []
  ) {
    self.declaredMethodNames = declaredMethodNames
    self.lexed = lexed
    self.root = root
    self.diagnostics = diagnostics
    self.bytes = bytes
    self.parserTokens = parserTokens
    self.matchingClose = matchingClose
  }
}

/// The hand-written recursive-descent C# parser (namespace; the work lives in `Parser+*.swift` files).
public enum Parser {
  /// Lexes and parses one file. Never fails and never recurses without bound: syntax errors become
  /// diagnostics and `.error`/`.missing` nodes, and parsing resumes at the next statement or member.
  public static func parse(_ bytes: [UInt8], options: LexerOptions = LexerOptions()) -> CSharpSyntaxTree {
    parse(bytes, lexed: Lexer.lex(bytes, options: options))
  }

  /// Lexes and parses one file; with `deferMemberBodies`, the `{ … }` bodies of methods, constructors,
  /// operators and accessors are skipped over their matching brace (see `DeferredBodyParser`).
  public static func parse(
    _ bytes: [UInt8], options: LexerOptions = LexerOptions(), deferMemberBodies: Bool
  ) -> CSharpSyntaxTree {
    parse(bytes, lexed: Lexer.lex(bytes, options: options), deferMemberBodies: deferMemberBodies)
  }

  /// Files of this many tokens (about 1.5 MB of C#) have their declarations parsed in two parts when
  /// threads are lent: below it, handing half the work to another thread gains little.
  public static let splitDeclarationsFrom = 200_000

  /// The bracket matches the parser would compute for these tokens (`CSharpSyntaxTree.bracketMatches`).
  public static func bracketMatches(_ tokens: [Token]) -> [Int32] { CSharpParser.matchBrackets(tokens) }

  /// Whether a bracket in these tokens nests deeper than the parser allows: the "nesting too deep" that
  /// every parse reports, even of a file whose member bodies are skipped.
  public static func bracketsNestTooDeep(_ tokens: [Token]) -> Bool {
    CSharpParser.matchBracketsAndDepth(tokens).firstTooDeep >= 0
  }

  /// Parses tokens that were already lexed from `bytes`. `parallel`: threads lent to a run of one file; the
  /// declarations (`deferMemberBodies`) of a file of at least `splittingFrom` tokens are then parsed in two
  /// parts at once (`DeclarationSplit`), into the tree, diagnostics and names one parse builds.
  public static func parse(
    _ bytes: [UInt8], lexed: LexedSource, deferMemberBodies: Bool = false, parallel: ParallelJobs? = nil,
    splittingFrom: Int = Parser.splitDeclarationsFrom
  ) -> CSharpSyntaxTree {
    var parser = CSharpParser(bytes: bytes, tokens: lexed.tokens)
    parser.deferringMemberBodies = deferMemberBodies
    if let parallel, deferMemberBodies, parser.tokens.count >= splittingFrom {
      switch SplitDeclarationParse.parse(parser, on: parallel) {
      case .joined(let parsed, let root), .parsedAsOne(let parsed, let root):
        return tree(lexed: lexed, parser: parsed, root: root)
      case .notSplit:
        break
      }
    }
    let root = parser.parseCompilationUnit()
    return tree(lexed: lexed, parser: parser, root: root)
  }

  private static func tree(lexed: LexedSource, parser: CSharpParser, root: CompilationUnit) -> CSharpSyntaxTree {
    // Lexer and parser diagnostics in file order (stable: the lexer's first at equal offsets).
    let diagnostics = (lexed.diagnostics + parser.diagnostics).enumerated().sorted { a, b in
      a.element.range.start != b.element.range.start
        ? a.element.range.start < b.element.range.start : a.offset < b.offset
    }.map(\.element)
    return CSharpSyntaxTree(
      lexed: lexed, root: root, diagnostics: diagnostics, bytes: parser.bytes, parserTokens: parser.tokens,
      matchingClose: parser.matchingClose,
      declaredMethodNames: parser.declaredMethodNames.isSorted()
        ? parser.declaredMethodNames : Array(Set(parser.declaredMethodNames)).sorted())
  }
}

/// The parser's state: the token array, a cursor into it, the diagnostics so far and the nesting depth.
///
/// Tokens are read by index and never copied; speculation saves and restores `pos` (an `Int`), so a reset
/// point costs nothing. The grammar lives in `extension CSharpParser` files, one area each.
struct CSharpParser: Sendable {
  /// Deepest nesting of expressions, statements, types and patterns (and operator or member-access chains,
  /// which nest the tree too) before the parser gives up on a region. At this depth a debug build uses about
  /// 3.2 MB of stack on the worst construct (nested parentheses), well inside an 8 MB thread.
  static let maximumDepth = 200
  /// Deepest syntax tree the parser builds: nesting plus the links of left-nested chains (`a + b + …`,
  /// `x.A().B()…`). Real code concatenates a few hundred strings in one expression; the tree's consumers recurse
  /// over it, so it stays bounded.
  static let maximumTreeDepth = 1_000

  let bytes: [UInt8]
  let tokens: [Token]
  /// For each opening bracket token (`(`, `[`, `{`), the index of its matching closer, or -1.
  let matchingClose: [Int32]
  /// The first bracket nested deeper than `maximumDepth`, or -1.
  let firstTooDeepBracket: Int
  var pos = 0
  var diagnostics: [SyntaxDiagnostic] = []
  var depth = 0
  /// Links of the operator and member-access chains being built (each nests the tree one level deeper).
  var chainLinks = 0
  /// Set once the depth limit was hit, so absurd input yields one diagnostic instead of thousands.
  var reportedDepthLimit = false
  /// Start offset of the last reported diagnostic: a second error at the same place adds nothing.
  var lastDiagnosticStart: UInt32 = .max
  /// Inside an `async` method, lambda or top-level code, where `await` is always the operator.
  var isInAsyncContext = false
  /// Inside a LINQ query, where `select`, `where`, … end a parenthesized expression instead of following a cast.
  var queryDepth = 0
  /// The nesting depth at which a switch arm's `when` guard is being parsed: at exactly that level, `x =>`
  /// ends the guard instead of starting a lambda (`_ when ready => 1`).
  var switchArmGuardDepth = -1
  /// Set by a speculative type scan that met type arguments an expression could also spell (`a<b, c>`).
  var sawAmbiguousTypeArguments = false
  /// Skip member bodies over their matching brace instead of parsing them (cleared inside statements, so
  /// local functions and top-level code are always parsed).
  var deferringMemberBodies = false
  /// Name offsets of the type members' methods and constructors (`CSharpSyntaxTree.declaredMethodNames`).
  var declaredMethodNames: [UInt32] = []
  /// The token that opens the member list being parsed: a namespace's or type's `{`, or a file-scoped
  /// namespace's `;` (-1 at file level). A split parse knows its container by it (`DeclarationSplit`).
  var container = -1
  /// In the first part of a split parse: where the other part begins (`DeclarationSplit`).
  var split: DeclarationSplit?
  /// Set when this parser reached the split and left the rest of its container to the other part.
  var handOff: DeclarationSplit.HandOff?

  init(bytes: [UInt8], tokens: [Token]) {
    self.bytes = bytes
    var tokens = tokens
    if tokens.last?.kind != .endOfFile {
      let end = UInt32(bytes.count)
      tokens.append(Token(kind: .endOfFile, range: ByteRange(start: end, end: end)))
    }
    self.tokens = tokens
    (self.matchingClose, self.firstTooDeepBracket) = CSharpParser.matchBracketsAndDepth(tokens)
  }

  /// A parser over tokens that were already matched (a deferred body of a parsed tree, or the second part
  /// of a split parse, which is taken only when no bracket nests too deep).
  init(bytes: [UInt8], tokens: [Token], matchingClose: [Int32]) {
    self.bytes = bytes
    self.tokens = tokens
    self.matchingClose = matchingClose
    self.firstTooDeepBracket = -1
  }

  // MARK: - Token access

  var current: Token { tokens[pos] }
  var kind: TokenKind { tokens[pos].kind }
  var isAtEnd: Bool { tokens[pos].kind == .endOfFile }

  /// The kind `offset` tokens ahead (clamped to end of file).
  func peekKind(_ offset: Int = 1) -> TokenKind {
    let index = pos + offset
    return index < tokens.count ? tokens[index].kind : .endOfFile
  }

  func peek(_ offset: Int = 1) -> Token {
    let index = pos + offset
    return index < tokens.count ? tokens[index] : tokens[tokens.count - 1]
  }

  /// Whether the current token is the contextual keyword `keyword` (never true for `@keyword`).
  func isContextual(_ keyword: ContextualKeyword) -> Bool {
    let token = tokens[pos]
    return token.kind == .identifier && token.contextual == keyword && !token.flags.contains(.verbatimIdentifier)
  }

  func isContextual(_ keyword: ContextualKeyword, at offset: Int) -> Bool {
    let token = peek(offset)
    return token.kind == .identifier && token.contextual == keyword && !token.flags.contains(.verbatimIdentifier)
  }

  @discardableResult
  mutating func advance() -> Token {
    let token = tokens[pos]
    if token.kind != .endOfFile { pos += 1 }
    return token
  }

  /// Consumes the current token if it has `kind`.
  @discardableResult
  mutating func eat(_ kind: TokenKind) -> Bool {
    guard tokens[pos].kind == kind else { return false }
    pos += 1
    return true
  }

  /// Consumes `kind` or reports that it is missing (without consuming anything).
  @discardableResult
  mutating func expect(_ kind: TokenKind, _ spelling: String) -> Bool {
    if eat(kind) { return true }
    reportExpected(spelling)
    return false
  }

  /// End offset of the last consumed token (or the current start when nothing was consumed yet).
  var previousEnd: UInt32 { pos > 0 ? tokens[pos - 1].range.end : tokens[pos].range.start }

  /// The range from the token at `start` up to the last consumed token.
  func range(from start: Int) -> ByteRange {
    let startOffset = tokens[min(start, tokens.count - 1)].range.start
    guard pos > start else { return ByteRange(start: startOffset, end: startOffset) }
    return ByteRange(start: startOffset, end: max(startOffset, tokens[pos - 1].range.end))
  }

  // MARK: - Text

  /// The raw text of a token (for modifiers, operators and names).
  func text(_ token: Token) -> String { text(token.range) }

  func text(_ range: ByteRange) -> String {
    let lo = min(Int(range.start), bytes.count)
    let hi = min(max(Int(range.end), lo), bytes.count)
    return String(decoding: bytes[lo..<hi], as: UTF8.self)
  }

  /// The name an identifier token stands for: without its `@`, with `\uXXXX` escapes decoded (the lexer's helper).
  func identifierText(_ token: Token) -> String { token.identifierText(in: bytes) }

  /// The current token's text, moving past it. Written as two steps on purpose: `text(advance())` calls a
  /// method of the parser with an argument that changes it, so Swift copies the whole parser first (that
  /// copy and its release were 2.6% of a large tree's instructions).
  mutating func takeText() -> String {
    let token = advance()
    return text(token)
  }

  /// `identifierText` of the current token, moving past it (see `takeText`).
  mutating func takeIdentifierText() -> String {
    let token = advance()
    return identifierText(token)
  }

  // MARK: - Diagnostics

  mutating func report(_ message: String, at range: ByteRange) {
    if range.start == lastDiagnosticStart { return }
    lastDiagnosticStart = range.start
    diagnostics.append(SyntaxDiagnostic(range: range, message: message))
  }

  /// Reports a missing token at the current token.
  mutating func reportExpected(_ what: String) {
    let token = current
    let found = token.kind == .endOfFile ? "end of file" : "'\(text(token))'"
    report("expected \(what), found \(found)", at: token.range)
  }

  // MARK: - Brackets

  /// One pass with a stack: matches each opener with its closer so lookahead over a parenthesized region
  /// (lambda detection, casts) is O(1) instead of a scan per bracket.
  static func matchBrackets(_ tokens: [Token]) -> [Int32] { matchBracketsAndDepth(tokens).matches }

  /// Bracket matches, and the first opener nested deeper than the parser's depth limit (or -1): a skipped
  /// member body holding one still gets its "nesting too deep" diagnostic without being parsed.
  static func matchBracketsAndDepth(_ tokens: [Token]) -> (matches: [Int32], firstTooDeep: Int) {
    var firstTooDeep = -1
    // Runs over every token of every parsed file: raw buffers, and the common case (the innermost opener
    // matches) pops without searching.
    let result = [Int32](unsafeUninitializedCapacity: tokens.count) { matches, initialized in
      matches.initialize(repeating: -1)
      initialized = tokens.count
      tokens.withUnsafeBufferPointer { tokens in
        var stack: [Int32] = []
        stack.reserveCapacity(64)
        for index in tokens.indices {
          let kind = tokens[index].kind
          switch kind {
          case .openParen, .openBracket, .openBrace, .interpolationStart:
            if stack.count >= maximumDepth && firstTooDeep < 0 { firstTooDeep = index }
            stack.append(Int32(index))
          case .closeParen, .closeBracket, .closeBrace, .interpolationEnd:
            let opener = closerToOpener(kind)
            guard let top = stack.last else { continue }
            if tokens[Int(top)].kind == opener {
              matches[Int(top)] = Int32(index)
              stack.removeLast()
              continue
            }
            // Pop openers that were never closed until the matching kind turns up (an unbalanced file).
            // Only the innermost 64 are searched, so a flood of unmatched brackets stays linear.
            var match = stack.count - 2
            let lowest = max(0, stack.count - 64)
            while match >= lowest && tokens[Int(stack[match])].kind != opener { match -= 1 }
            if match >= lowest {
              matches[Int(stack[match])] = Int32(index)
              stack.removeLast(stack.count - match)
            }
          default:
            break
          }
        }
      }
    }
    return (result, firstTooDeep)
  }

  static func closerToOpener(_ kind: TokenKind) -> TokenKind {
    switch kind {
    case .closeParen: return .openParen
    case .closeBracket: return .openBracket
    case .closeBrace: return .openBrace
    default: return .interpolationStart
    }
  }

  /// Index of the closer matching the opener at `index`, if any.
  func matchingIndex(of index: Int) -> Int? {
    guard index < matchingClose.count else { return nil }
    let match = matchingClose[index]
    return match < 0 ? nil : Int(match)
  }
}

extension Array where Element: Comparable {
  /// Whether the elements ascend strictly.
  fileprivate func isSorted() -> Bool {
    indices.dropFirst().allSatisfy { self[$0 - 1] < self[$0] }
  }
}
