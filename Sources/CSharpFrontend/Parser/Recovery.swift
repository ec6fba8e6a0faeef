import SourceModel

/// Error recovery: skipping to a point where parsing can sensibly resume, and the nesting-depth limit.
extension CSharpParser {
  /// Skips a bracketed region whose opener is the current token, jumping straight to its closer.
  mutating func skipBalanced() {
    if let close = matchingIndex(of: pos) {
      pos = close + 1
    } else {
      advance()
    }
  }

  /// Skips tokens up to a statement boundary: past a `;`, or before a `}` or a token that starts a statement
  /// on a new line. Bracketed regions are skipped whole.
  mutating func skipToStatementBoundary() {
    let start = pos
    while !isAtEnd {
      switch kind {
      case .semicolon:
        advance()
        return
      case .closeBrace, .interpolationEnd:
        return
      case .openParen, .openBracket, .openBrace:
        skipBalanced()
      default:
        if pos > start && current.flags.contains(.atStartOfLine) && isAtStatementKeyword { return }
        advance()
      }
    }
  }

  /// Skips tokens up to a member boundary: past a `;` or a `{…}` body, or before `}` or a token that can
  /// only start a member.
  mutating func skipToMemberBoundary() {
    let start = pos
    while !isAtEnd {
      switch kind {
      case .semicolon:
        advance()
        return
      case .closeBrace:
        return
      case .openBrace:
        skipBalanced()
        return
      case .openParen, .openBracket:
        skipBalanced()
      default:
        if pos > start && isAtMemberStartKeyword { return }
        advance()
      }
    }
  }

  /// Tokens that begin a statement and cannot continue an expression.
  var isAtStatementKeyword: Bool {
    switch kind {
    case .kwIf, .kwFor, .kwForeach, .kwWhile, .kwDo, .kwSwitch, .kwTry, .kwReturn, .kwThrow, .kwBreak,
      .kwContinue, .kwGoto, .kwLock, .kwUsing, .kwFixed, .kwConst:
      return true
    default:
      return false
    }
  }

  /// Keywords that can only begin a member declaration.
  var isAtMemberStartKeyword: Bool { CSharpParser.isMemberStartKeyword(kind) }

  static func isMemberStartKeyword(_ kind: TokenKind) -> Bool {
    switch kind {
    case .kwPublic, .kwPrivate, .kwProtected, .kwInternal, .kwClass, .kwStruct, .kwInterface, .kwEnum,
      .kwNamespace, .kwDelegate, .kwEvent, .kwAbstract, .kwOverride, .kwVirtual, .kwSealed:
      return true
    default:
      return false
    }
  }

  // MARK: - Depth limit

  /// Enters one level of nesting. At the limit, reports "nesting too deep" once per file, skips the rest of
  /// the enclosing bracketed region without recursing, and returns `false`: the caller returns a missing node.
  mutating func enterNesting() -> Bool {
    if depth >= CSharpParser.maximumDepth {
      reportDepthLimit(at: current.range)
      skipRestOfNestedRegion()
      return false
    }
    depth += 1
    return true
  }

  mutating func leaveNesting() { depth -= 1 }

  /// Before skipping the tokens `range` (a body or value parsed later): reports a bracket in it nested
  /// deeper than the limit now, as the eager parse would, since skipped tokens reach no depth check.
  mutating func reportTooDeepBracket(in range: Range<Int>) {
    if range.contains(firstTooDeepBracket) { reportDepthLimit(at: tokens[firstTooDeepBracket].range) }
  }

  /// "nesting too deep" at `range`, unless the file already has it (it is reported once per file).
  private mutating func reportDepthLimit(at range: ByteRange) {
    guard !reportedDepthLimit else { return }
    reportedDepthLimit = true
    diagnostics.append(SyntaxDiagnostic(range: range, message: "nesting too deep"))
  }

  /// Adds one link to an operator or member-access chain; at the tree-depth limit behaves like
  /// `enterNesting` at its limit. The caller subtracts its links from `chainLinks` when the chain ends.
  mutating func enterChainLink() -> Bool {
    if depth * 8 + chainLinks >= CSharpParser.maximumTreeDepth {
      reportDepthLimit(at: current.range)
      skipRestOfNestedRegion()
      return false
    }
    chainLinks += 1
    return true
  }

  /// Skips forward to the closer of the innermost region the parser is in: bracket pairs opened here are
  /// skipped whole, the first unmatched closer (or end of file) stops the skip.
  mutating func skipRestOfNestedRegion() {
    while !isAtEnd {
      switch kind {
      case .openParen, .openBracket, .openBrace, .interpolationStart:
        if let close = matchingIndex(of: pos) { pos = close + 1 } else { advance() }
      case .closeParen, .closeBracket, .closeBrace, .interpolationEnd, .semicolon:
        return
      default:
        advance()
      }
    }
  }
}
