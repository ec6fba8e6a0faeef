/// Every kind of Swift token. Reserved words get their own kind; contextual words (`async`, `await`,
/// `actor`, `some`, `get`, …) are `.identifier` tokens with a `SwiftContextualKeyword` set, and the parser
/// decides what they mean. Any keyword may still be used as a member name or argument label.
///
/// Operators are lexed whole (`+=`, `..<`, `>>`, `<~>`), classified as prefix, postfix or binary by the
/// whitespace around them, as the Swift grammar does. The parser splits a leading `<` or `>` off an
/// operator when it closes a generic argument list (`Array<Array<Int>>`, `Set<Int>?`).
public enum SwiftTokenKind: UInt8, Sendable, Hashable, CaseIterable {
  // MARK: - Special
  case endOfFile
  /// Bytes that form no token (a stray `\`, invalid UTF-8, a lone backtick); carries a diagnostic.
  case unknown

  // MARK: - Names and literals
  /// Identifiers, backticked identifiers (flag `.backticked`) and contextual keywords.
  case identifier
  /// `$0`, `$1`, `$foo` (property-wrapper projections).
  case dollarIdentifier
  case integerLiteral
  case floatLiteral
  // Strings are lexed as a sequence so the parser reads interpolation holes as ordinary expressions:
  //   stringStart (`"`, `"""`, `#"`, `##"""`, …)
  //   stringSegment* (literal text and escapes)
  //   interpolationStart (`\(` or `\#(`) <expression tokens> interpolationEnd (`)`)
  //   stringEnd (the closing quotes and hashes; empty with `.unterminated` when missing)
  case stringStart
  case stringSegment
  case interpolationStart
  case interpolationEnd
  case stringEnd
  /// `/…/` and `#/…/#` (any number of `#`), single- or multi-line.
  case regexLiteral
  /// `<#placeholder#>`.
  case editorPlaceholder

  // MARK: - Punctuation
  case openParen, closeParen, openBrace, closeBrace, openBracket, closeBracket
  case comma, colon, semicolon
  /// `.` as member access (operators made of dots, like `...` and `..<`, are operators).
  case dot
  case at  // @
  case backslash  // \ starting a key path
  case arrow  // ->
  /// `=` on its own (assignment and initializers).
  case equal
  /// `&` immediately before an expression (in-out argument); a spaced `&` is a binary operator.
  case ampersandPrefix
  /// A left-bound `?` (optional chaining, `T?`) and a left-bound `!` (force unwrap, `T!`).
  case postfixQuestion, postfixExclamation
  /// `?` of a ternary or `as?`/`try?` when spaced.
  case infixQuestion
  /// `#if`, `#elseif`, `#else`, `#endif`, `#sourceLocation` (the token covers `#` and the word).
  case poundIf, poundElseif, poundElse, poundEndif, poundSourceLocation
  /// `#available`, `#unavailable`.
  case poundAvailable, poundUnavailable
  /// Any other `#name`: `#selector`, `#file`, `#warning`, freestanding macros.
  case poundIdentifier
  /// A lone `#` (malformed).
  case pound

  // MARK: - Operators
  case binaryOperator, prefixOperator, postfixOperator

  // MARK: - Reserved keywords (keep them last: `isKeyword` compares raw values)
  case kwAssociatedtype, kwClass, kwDeinit, kwEnum, kwExtension, kwFileprivate, kwFunc, kwImport, kwInit,
    kwInout, kwInternal, kwLet, kwOperator, kwPrivate, kwPrecedencegroup, kwProtocol, kwPublic, kwRethrows,
    kwStatic, kwStruct, kwSubscript, kwTypealias, kwVar
  case kwBreak, kwCase, kwCatch, kwContinue, kwDefault, kwDefer, kwDo, kwElse, kwFallthrough, kwFor,
    kwGuard, kwIf, kwIn, kwRepeat, kwReturn, kwThrow, kwSwitch, kwWhere, kwWhile
  case kwAs, kwAny, kwFalse, kwIs, kwNil, kwSelf, kwCapitalSelf, kwSuper, kwThrows, kwTrue, kwTry
  /// `_`.
  case kwUnderscore

  /// Reserved words (`kw…`), which may still name members after `.` and serve as argument labels.
  public var isKeyword: Bool { rawValue >= SwiftTokenKind.kwAssociatedtype.rawValue }
}

/// Contextual keywords: identifiers that mean something in some positions. Stored beside the token kind.
public enum SwiftContextualKeyword: UInt8, Sendable, Hashable, CaseIterable {
  case none
  case actor, `async`, await, any, some, each, macro, `package`, open, final, `required`, `convenience`,
    `override`, `lazy`, `weak`, `unowned`, `dynamic`, `optional`, `indirect`, `prefix`, `postfix`, `infix`,
    `mutating`, `nonmutating`, nonisolated, isolated, distributed, consume, copy, borrow, borrowing,
    consuming, sending, `get`, `set`, `willSet`, `didSet`, `_read`, `_modify`, `read`, `modify`, unsafe,
    reasync, discard, then, yield, `Type`, `Protocol`, `of`, `safe`, `unsafeAddress`, `unsafeMutableAddress`,
    `init`, `_const`, `__owned`, `__shared`, `__consuming`, `_local`, `preconcurrency`
}

/// Kinds of trivia: everything between tokens. Trivia plus tokens tile the file byte for byte.
public enum SwiftTriviaKind: UInt8, Sendable, Hashable, CaseIterable {
  case whitespace
  case newline  // LF, CRLF or lone CR
  case lineComment  // `// …` up to (not including) the newline
  case docLineComment  // `/// …`
  case blockComment  // `/* … */`, nesting, possibly unterminated (with a diagnostic)
  case docBlockComment  // `/** … */`
  /// `#!…` on the first line.
  case shebang
  case byteOrderMark
  /// Bytes the lexer skipped as garbage (with a diagnostic): NUL, a merge-conflict marker line.
  case skipped
}
