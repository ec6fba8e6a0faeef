/// A few numbers about a file's tokens that say, without parsing, whether the parser could run into its
/// limits (`SwiftParserCore.maxDepth`, `SwiftParserCore.maxChain`): deep bracket or `#if` nesting, an
/// unbalanced `#if` or one closed inside another bracket than it opened in, or a long run of chain tokens in one statement (operators, `.`, `?`/`!`, call and
/// subscript brackets, generic `<`, prefix words such as `try`, `await`, `some`, `repeat`). A caller that
/// skips parsing files with nothing to analyse still parses these, so pathological input keeps its
/// "nesting too deep" or "too long" diagnostic.
///
/// The thresholds sit far below the parser's limits, so the test errs towards "may hit": real code rarely
/// comes near them, and a false alarm only costs a parse.
public struct SwiftTokenShape: Sendable, Hashable {
  /// The deepest nesting of `(`, `[`, `{` and interpolation holes.
  public private(set) var deepestBrackets = 0
  /// The deepest nesting of `#if` blocks, and the depth at the end (nonzero: unbalanced).
  public private(set) var deepestIfConfig = 0
  public private(set) var openIfConfigs = 0
  /// An `#endif` closed nothing.
  public private(set) var strayEndif = false
  /// An `#else`, `#elseif` or `#endif` stood inside a different bracket than its `#if` (`#if A` …
  /// `f(#endif`): the parser does not close the `#if` there, so the count above would run low.
  public private(set) var misplacedIfConfig = false
  /// The most chain tokens between two statement boundaries (a new line that starts a statement, `;`, a
  /// statement keyword).
  public private(set) var longestRun = 0
  /// The most `else` branches in one block: the parser nests an `else if` ladder one level a branch, and
  /// the `if` and the braces of each branch end a run.
  public private(set) var longestElseLadder = 0

  private var brackets = 0
  /// The bracket depth at which each open `#if` was opened, innermost last.
  private var ifConfigDepths: [Int] = []
  /// The kinds of the innermost open brackets, two bits each (`bracketKind`), 64 deep: past the alarm a
  /// file is parsed anyway, so deeper ones need no kind.
  private var openKindsLow: UInt64 = 0
  private var openKindsHigh: UInt64 = 0
  /// `else` branches of one `if … else if …` ladder (`elseFloor`: the depth of its block). A branch ends
  /// at a `}` back at that depth (`branchEnded`); an `if` or `guard` met before the next `else` starts
  /// another statement, so the ladder is over.
  private var elses = 0
  private var elseFloor = 0
  private var branchEnded = false
  private var run = 0
  private var previousEndsExpression = false

  public init() {}

  /// Nesting at which the parser (limit 200 levels, several per bracket) may stop descending.
  static let nestingAlarm = 40
  /// Chain tokens in one statement at which a chain (limit 500) or a prefix or right-associative run
  /// (one parser level each, limit 200) may reach the parser's limits.
  static let runAlarm = 150
  /// `else` branches in one block at which a ladder (one parser level a branch, limit 200) may reach it.
  static let elseAlarm = 100

  /// Whether the parser may report a depth or length limit on this file.
  public var mayHitParserLimits: Bool {
    deepestBrackets >= Self.nestingAlarm || deepestIfConfig >= Self.nestingAlarm || openIfConfigs != 0
      || strayEndif || misplacedIfConfig || longestRun >= Self.runAlarm || longestElseLadder >= Self.elseAlarm
  }

  /// Counts one token (the lexer calls this for each, in order). A line that starts a new statement (the
  /// previous line ended an expression and this one does not continue it) ends the run, as do `;` and
  /// statement keywords; braces do not (trailing closures continue a chain).
  @inline(__always) mutating func note(
    _ kind: SwiftTokenKind, contextual: SwiftContextualKeyword, atStartOfLine: Bool
  ) {
    if atStartOfLine && previousEndsExpression {
      switch kind {
      case .dot, .binaryOperator, .infixQuestion, .postfixQuestion, .postfixExclamation, .postfixOperator, .kwAs,
        .kwIs, .arrow, .openBrace, .equal:
        break
      default: run = 0
      }
    }
    switch kind {
    case .openParen, .openBracket, .interpolationStart, .openBrace:
      pushBracket(Self.bracketKind(kind))
      extendRun()
    case .closeParen, .closeBracket, .interpolationEnd, .closeBrace:
      popBracket(Self.bracketKind(kind))
      if elses > 0 && brackets <= elseFloor { branchEnded = true }
    case .kwElse:
      branchEnded = false
      if elses == 0 { elseFloor = brackets }
      elses += 1
      if elses > longestElseLadder { longestElseLadder = elses }
    case .poundIf:
      openIfConfigs += 1
      if openIfConfigs > deepestIfConfig { deepestIfConfig = openIfConfigs }
      ifConfigDepths.append(brackets)
    case .poundElse, .poundElseif:
      if let opened = ifConfigDepths.last, opened != brackets { misplacedIfConfig = true }
    case .poundEndif:
      openIfConfigs -= 1
      if openIfConfigs < 0 { strayEndif = true }
      if let opened = ifConfigDepths.popLast(), opened != brackets { misplacedIfConfig = true }
    case .binaryOperator, .prefixOperator, .postfixOperator, .dot, .postfixQuestion, .postfixExclamation,
      .infixQuestion, .ampersandPrefix, .arrow, .kwTry, .kwRepeat, .kwInout, .kwAs, .kwIs:
      extendRun()
    case .identifier:
      switch contextual {
      case .await, .some, .any, .each, .consume, .copy, .borrow, .unsafe, .sending, .isolated: extendRun()
      default: break
      }
    case .kwIf, .kwGuard:
      run = 0
      if branchEnded {
        elses = 0
        branchEnded = false
      }
    case .semicolon, .kwLet, .kwVar, .kwFunc, .kwReturn, .kwFor, .kwWhile, .kwSwitch, .kwCase,
      .kwImport, .kwStruct, .kwClass, .kwEnum, .kwExtension, .kwProtocol, .kwTypealias, .kwInit, .kwDeinit,
      .kwSubscript, .kwDefer, .kwDo, .kwThrow, .kwBreak, .kwContinue:
      run = 0
    default: break
    }
    switch kind {
    case .identifier:
      switch contextual {
      case .await, .some, .any, .each, .consume, .copy, .borrow, .unsafe, .sending, .isolated:
        previousEndsExpression = false
      default: previousEndsExpression = true
      }
    case .dollarIdentifier, .integerLiteral, .floatLiteral, .stringEnd, .regexLiteral, .closeParen, .closeBracket,
      .closeBrace, .postfixOperator, .postfixQuestion, .postfixExclamation, .kwSelf, .kwCapitalSelf, .kwSuper,
      .kwTrue, .kwFalse, .kwNil, .kwAny, .editorPlaceholder, .poundIdentifier:
      previousEndsExpression = true
    default: previousEndsExpression = false
    }
  }

  /// 0 for `(`/`)`, 1 for `[`/`]`, 2 for braces, 3 for an interpolation hole.
  @inline(__always) private static func bracketKind(_ kind: SwiftTokenKind) -> UInt64 {
    switch kind {
    case .openParen, .closeParen: 0
    case .openBracket, .closeBracket: 1
    case .openBrace, .closeBrace: 2
    default: 3
    }
  }

  @inline(__always) private mutating func pushBracket(_ kind: UInt64) {
    if brackets < 32 {
      openKindsLow |= kind << (2 * UInt64(brackets))
    } else if brackets < 64 {
      openKindsHigh |= kind << (2 * UInt64(brackets - 32))
    }
    brackets += 1
    if brackets > deepestBrackets { deepestBrackets = brackets }
  }

  /// Closes the innermost bracket if `kind` closes it. A stray or mismatched closer closes nothing: the
  /// parser skips it or returns further out, never deeper, so the count stays at or above the parser's.
  @inline(__always) private mutating func popBracket(_ kind: UInt64) {
    guard brackets > 0 else { return }
    let top = brackets - 1
    let innermost: UInt64 =
      top < 32 ? openKindsLow >> (2 * UInt64(top)) & 3 : top < 64 ? openKindsHigh >> (2 * UInt64(top - 32)) & 3 : kind
    guard innermost == kind else { return }
    if top < 32 {
      openKindsLow &= ~(3 << (2 * UInt64(top)))
    } else if top < 64 {
      openKindsHigh &= ~(3 << (2 * UInt64(top - 32)))
    }
    brackets = top
  }

  @inline(__always) private mutating func extendRun() {
    run += 1
    if run > longestRun { longestRun = run }
  }
}
