/// Every kind of C# token. Reserved keywords get their own kind; contextual keywords (`await`, `async`,
/// `var`, `record`, …) are lexed as `.identifier` with a `ContextualKeyword` set, and the parser decides.
///
/// `>` is only ever `.greaterThan` or `.greaterThanEquals`: the parser joins adjacent `>` tokens (no trivia
/// between them) into shifts, so `List<List<int>>` needs no special lexing.
public enum TokenKind: UInt8, Sendable, Hashable, CaseIterable {
  // MARK: - Special
  case endOfFile
  /// Bytes that form no token (stray `\`, invalid UTF-8, a lone `` ` ``); carries a lexer diagnostic.
  case unknown

  // MARK: - Names and literals
  case identifier
  case integerLiteral
  case realLiteral
  case characterLiteral
  /// `"…"`, `@"…"`, `"""…"""` and their `u8` forms.
  case stringLiteral
  // Interpolated strings (`$"…"`, `$@"…"`, `@$"…"`, `$$"""…"""`) are lexed as a sequence so the parser
  // reads the holes as ordinary expressions:
  //   interpolatedStringStart  (`$"`, `$@"`, `$$"""`, …)
  //   interpolatedStringText*  (literal runs, escapes and `{{` included)
  //   interpolationStart (`{`) <expression tokens> [`,` <alignment tokens>] [interpolationFormat] interpolationEnd (`}`)
  //   interpolatedStringEnd    (the closing quotes, plus a `u8` suffix if any)
  // An unterminated literal ends with an empty `interpolatedStringEnd` and a diagnostic.
  case interpolatedStringStart
  case interpolatedStringText
  case interpolationStart
  /// `:format` inside a hole, from the colon up to the closing brace.
  case interpolationFormat
  case interpolationEnd
  case interpolatedStringEnd

  // MARK: - Punctuation
  case openBrace, closeBrace, openParen, closeParen, openBracket, closeBracket
  case semicolon, comma, dot, colon, doubleColon, question, questionDot, questionQuestion,
    questionQuestionEquals
  case plus, minus, star, slash, percent, ampersand, bar, caret, exclamation, tilde
  case equals, lessThan, greaterThan
  case plusPlus, minusMinus, ampersandAmpersand, barBar
  case equalsEquals, exclamationEquals, lessThanEquals, greaterThanEquals
  case plusEquals, minusEquals, starEquals, slashEquals, percentEquals, ampersandEquals, barEquals,
    caretEquals
  case lessThanLessThan, lessThanLessThanEquals
  /// `>>=` and `>>>=` are lexed whole: unlike `>>`, no generic argument list can end in `>=`.
  case greaterThanGreaterThanEquals, greaterThanGreaterThanGreaterThanEquals
  case arrow  // ->
  case fatArrow  // =>
  case dotDot  // ..
  case hash  // a `#` that is not the first non-blank of its line (with a diagnostic); directives are trivia

  // MARK: - Reserved keywords
  case kwAbstract, kwAs, kwBase, kwBool, kwBreak, kwByte, kwCase, kwCatch, kwChar, kwChecked, kwClass,
    kwConst, kwContinue, kwDecimal, kwDefault, kwDelegate, kwDo, kwDouble, kwElse, kwEnum, kwEvent,
    kwExplicit, kwExtern, kwFalse, kwFinally, kwFixed, kwFloat, kwFor, kwForeach, kwGoto, kwIf,
    kwImplicit, kwIn, kwInt, kwInterface, kwInternal, kwIs, kwLock, kwLong, kwNamespace, kwNew, kwNull,
    kwObject, kwOperator, kwOut, kwOverride, kwParams, kwPrivate, kwProtected, kwPublic, kwReadonly,
    kwRef, kwReturn, kwSbyte, kwSealed, kwShort, kwSizeof, kwStackalloc, kwStatic, kwString, kwStruct,
    kwSwitch, kwThis, kwThrow, kwTrue, kwTry, kwTypeof, kwUint, kwUlong, kwUnchecked, kwUnsafe, kwUshort,
    kwUsing, kwVirtual, kwVoid, kwVolatile, kwWhile
}

/// Contextual keywords: identifiers that mean something in some positions. Stored beside the token kind.
public enum ContextualKeyword: UInt8, Sendable, Hashable, CaseIterable {
  case none
  case `add`, `alias`, `allows`, `and`, `args`, `ascending`, `async`, `await`, `by`, `descending`,
    `dynamic`, `equals`, `extension`, `field`, `file`, `from`, `get`, `global`, `group`, `init`, `into`,
    `join`, `let`, `managed`, `nameof`, `nint`, `not`, `notnull`, `nuint`, `on`, `or`, `orderby`,
    `partial`, `record`, `remove`, `required`, `scoped`, `select`, `set`, `unmanaged`, `value`, `var`,
    `when`, `where`, `with`, `yield`
}

/// Kinds of trivia: everything between tokens. Trivia plus tokens tile the file byte for byte.
public enum TriviaKind: UInt8, Sendable, Hashable, CaseIterable {
  case whitespace
  case newline  // LF, CRLF or lone CR
  case lineComment  // `// …` up to (not including) the newline
  case docLineComment  // `/// …`
  case blockComment  // `/* … */`, possibly unterminated (with a diagnostic)
  case docBlockComment  // `/** … */`
  /// A whole preprocessor directive line (`#if X`, `#pragma warning disable VT0001`, `#region`), without
  /// its newline.
  case directive
  /// Source excluded by a false `#if`/`#elif`/`#else` branch: never code.
  case disabledText
  case byteOrderMark
  /// Bytes the lexer skipped as garbage (with a diagnostic), e.g. a merge-conflict marker line.
  case skipped
}
