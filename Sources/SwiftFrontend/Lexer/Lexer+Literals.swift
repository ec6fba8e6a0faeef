import SourceModel

extension SwiftLexerCore {
  /// Integers in every base (with `_`), decimal and hexadecimal floats. After a `.` with no space
  /// (`t.0.1`) only digits are taken, so tuple element access never reads as a float.
  mutating func lexNumber() {
    let start = pos
    if let last = tokens.last, last.kind == .dot, !pendingFlags.contains(.hasLeadingTrivia) {
      while pos < count && SwiftCharacterClass.isDigit(bytes[pos]) { pos += 1 }
      emit(.integerLiteral, from: start)
      return
    }
    var isFloat = false
    let radix = peek(1)
    if bytes[pos] == UInt8(ascii: "0")
      && (radix == UInt8(ascii: "x") || radix == UInt8(ascii: "o") || radix == UInt8(ascii: "b"))
    {
      pos += 2
      let isHex = radix == UInt8(ascii: "x")
      while pos < count && (SwiftCharacterClass.isHexDigit(bytes[pos]) || bytes[pos] == UInt8(ascii: "_")) {
        pos += 1
      }
      if isHex {
        if peek() == UInt8(ascii: "."), SwiftCharacterClass.isHexDigit(peek(1)) {
          isFloat = true
          pos += 1
          while pos < count && (SwiftCharacterClass.isHexDigit(bytes[pos]) || bytes[pos] == UInt8(ascii: "_")) {
            pos += 1
          }
        }
        if peek() == UInt8(ascii: "p") || peek() == UInt8(ascii: "P") {
          isFloat = true
          skipExponent()
        }
      }
    } else {
      skipDecimalDigits()
      if peek() == UInt8(ascii: "."), SwiftCharacterClass.isDigit(peek(1)) {
        isFloat = true
        pos += 1
        skipDecimalDigits()
      }
      if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
        let sign = peek(1)
        let digit = sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") ? peek(2) : sign
        if SwiftCharacterClass.isDigit(digit) {
          isFloat = true
          skipExponent()
        }
      }
    }
    // A malformed suffix (`12abc`) stays in the token; the compiler, not vtlint, reports it.
    skipIdentifierBody()
    emit(isFloat ? .floatLiteral : .integerLiteral, from: start)
  }

  private mutating func skipDecimalDigits() {
    while pos < count && (SwiftCharacterClass.isDigit(bytes[pos]) || bytes[pos] == UInt8(ascii: "_")) { pos += 1 }
  }

  private mutating func skipExponent() {
    pos += 1
    if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { pos += 1 }
    skipDecimalDigits()
  }

  // MARK: - Strings

  /// The opening delimiter (`#` × hashes, then `"` or `"""`), then the body.
  mutating func lexStringStart(hashes: Int) {
    let start = pos
    pos += hashes
    var isMultiline = peek() == UInt8(ascii: "\"") && peek(1) == UInt8(ascii: "\"") && peek(2) == UInt8(ascii: "\"")
    // In a raw string, `"""` opens a multi-line literal only when the line ends after it: `#"""#` and
    // `#""""x""#` are one-line raw strings whose text starts with quotes.
    if isMultiline && hashes > 0 {
      var index = pos + 3
      while index < count && (bytes[index] == 0x20 || bytes[index] == 0x09) { index += 1 }
      if index < count && bytes[index] != 0x0A && bytes[index] != 0x0D { isMultiline = false }
    }
    pos += isMultiline ? 3 : 1
    emit(.stringStart, from: start, flags: isMultiline ? .multiline : [])
    openStrings.append(OpenString(hashes: hashes, isMultiline: isMultiline, parenDepth: 0))
    lexStringBody()
  }

  /// Text segments of the innermost open string, up to its closing delimiter (popping it) or to the next
  /// `\(` hole (leaving it open so the hole's code is lexed as tokens).
  mutating func lexStringBody() {
    guard let open = openStrings.last else { return }
    var segmentStart = pos
    while true {
      guard pos < count else {
        flushSegment(from: &segmentStart)
        unterminatedString()
        return
      }
      let c = bytes[pos]
      if !open.isMultiline && (c == 0x0A || c == 0x0D) {
        flushSegment(from: &segmentStart)
        unterminatedString()
        return
      }
      if c == UInt8(ascii: "\\") && hashesFollow(pos + 1, open.hashes) {
        let next = pos + 1 + open.hashes
        if byte(at: next) == UInt8(ascii: "(") && next < count {
          flushSegment(from: &segmentStart)
          let start = pos
          pos = next + 1
          openStrings[openStrings.count - 1].parenDepth = 0
          emit(.interpolationStart, from: start)
          return
        }
        // An escape: skip the escaped character so `\"` never closes the string. A line break after
        // the backslash (multi-line continuation) is skipped the same way.
        pos = next
        if pos < count {
          if bytes[pos] == 0x0D && byte(at: pos + 1) == 0x0A { pos += 2 } else if bytes[pos] < 0x80 { pos += 1 }
        }
        continue
      }
      if c == UInt8(ascii: "\"") {
        let quotes = open.isMultiline ? 3 : 1
        var isClose = true
        for i in 0..<quotes where byte(at: pos + i) != UInt8(ascii: "\"") || pos + i >= count { isClose = false }
        if isClose && hashesFollow(pos + quotes, open.hashes) {
          flushSegment(from: &segmentStart)
          let start = pos
          pos += quotes + open.hashes
          emit(.stringEnd, from: start)
          openStrings.removeLast()
          return
        }
      }
      pos += 1
    }
  }

  func hashesFollow(_ index: Int, _ hashes: Int) -> Bool {
    guard index + hashes <= count else { return false }
    for i in 0..<hashes where bytes[index + i] != UInt8(ascii: "#") { return false }
    return true
  }

  private mutating func flushSegment(from segmentStart: inout Int) {
    if pos > segmentStart { emit(.stringSegment, from: segmentStart) }
    segmentStart = pos
  }

  private mutating func unterminatedString() {
    let start = tokens.last(where: { $0.kind == .stringStart })?.range.start ?? UInt32(pos)
    emit(.stringEnd, from: pos, flags: .unterminated)
    diagnose(Int(start), pos, "unterminated string literal")
    openStrings.removeLast()
  }

  // MARK: - Regex literals

  /// The previous token leaves the parser expecting an expression, so a `/` here starts a regex literal.
  private var previousTokenStartsExpression: Bool {
    guard let last = tokens.last else { return true }
    switch last.kind {
    case .openParen, .openBracket, .openBrace, .comma, .colon, .semicolon, .equal, .arrow, .binaryOperator,
      .prefixOperator, .infixQuestion, .interpolationStart, .kwReturn, .kwCase, .kwIn, .kwWhere, .kwIf, .kwGuard,
      .kwWhile, .kwThrow, .kwTry, .kwAs, .kwIs:
      return true
    case .identifier: return last.contextual == .await
    default: return false
    }
  }

  /// `/…/` where an expression may start, on one line, not starting or ending with a space.
  mutating func lexBareRegexIfAllowed() -> Bool {
    guard previousTokenStartsExpression else { return false }
    let first = peek(1)
    guard first != 0x20 && first != 0x09 && first != 0x0A && first != 0x0D && first != 0 else { return false }
    if first == UInt8(ascii: "/") || first == UInt8(ascii: "*") || first == UInt8(ascii: "=") { return false }
    var index = pos + 1
    var classDepth = 0
    while index < count {
      let c = bytes[index]
      if c == 0x0A || c == 0x0D { return false }
      if c == UInt8(ascii: "\\") {
        index += 2
        continue
      }
      if c == UInt8(ascii: "[") { classDepth += 1 }
      if c == UInt8(ascii: "]") && classDepth > 0 { classDepth -= 1 }
      if c == UInt8(ascii: "/") && classDepth == 0 {
        let before = bytes[index - 1]
        guard before != 0x20 && before != 0x09 else { return false }
        let start = pos
        pos = index + 1
        emit(.regexLiteral, from: start)
        return true
      }
      index += 1
    }
    return false
  }

  /// `#/…/#` with any number of `#`; multi-line when the opening `/` ends its line.
  mutating func lexExtendedRegex(hashes: Int) -> Bool {
    let bodyStart = pos + hashes + 1
    let multiline = byte(at: bodyStart) == 0x0A || byte(at: bodyStart) == 0x0D
    var index = bodyStart
    while index < count {
      let c = bytes[index]
      if !multiline && (c == 0x0A || c == 0x0D) { return false }
      if c == UInt8(ascii: "\\") {
        index += 2
        continue
      }
      if c == UInt8(ascii: "/") && hashesFollow(index + 1, hashes) {
        let start = pos
        pos = index + 1 + hashes
        emit(.regexLiteral, from: start)
        return true
      }
      index += 1
    }
    return false
  }
}
