import SourceModel

extension SwiftLexerCore {
  /// Lexes one token at the cursor (trivia has been consumed; the cursor is not at the end).
  mutating func lexToken() {
    let start = pos
    let c = bytes[pos]
    switch c {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"):
      pos += 1
      skipIdentifierBody()
      if let entry = SwiftKeywords.lookup(bytes, start, pos) {
        emit(entry.kind, from: start, contextual: entry.contextual)
        if entry.kind == .identifier { watchIdentifier(start, pos) }
      } else {
        emit(.identifier, from: start)
        watchIdentifier(start, pos)
      }
    case UInt8(ascii: "0")...UInt8(ascii: "9"):
      lexNumber()
    case UInt8(ascii: "\""):
      lexStringStart(hashes: 0)
    case UInt8(ascii: "#"):
      lexPound()
    case UInt8(ascii: "$"):
      pos += 1
      let bodyStart = pos
      skipIdentifierBody()
      emit(pos > bodyStart ? .dollarIdentifier : .identifier, from: start)
      if pos == bodyStart { watchIdentifier(start, pos) }
    case UInt8(ascii: "`"):
      lexBacktickedIdentifier()
    case UInt8(ascii: "("):
      pos += 1
      if !openStrings.isEmpty { openStrings[openStrings.count - 1].parenDepth += 1 }
      emit(.openParen, from: start)
    case UInt8(ascii: ")"):
      pos += 1
      if !openStrings.isEmpty { openStrings[openStrings.count - 1].parenDepth -= 1 }
      emit(.closeParen, from: start)
    case UInt8(ascii: "{"): single(.openBrace)
    case UInt8(ascii: "}"): single(.closeBrace)
    case UInt8(ascii: "["): single(.openBracket)
    case UInt8(ascii: "]"): single(.closeBracket)
    case UInt8(ascii: ","): single(.comma)
    case UInt8(ascii: ":"): single(.colon)
    case UInt8(ascii: ";"): single(.semicolon)
    case UInt8(ascii: "@"): single(.at)
    case UInt8(ascii: "\\"): single(.backslash)
    case UInt8(ascii: "."):
      if peek(1) == UInt8(ascii: ".") { lexOperator() } else { single(.dot) }
    case UInt8(ascii: "/"):
      if !lexBareRegexIfAllowed() { lexOperator() }
    case UInt8(ascii: "<") where peek(1) == UInt8(ascii: "#"):
      if !lexEditorPlaceholder() { lexOperator() }
    case _ where SwiftCharacterClass.isOperatorASCII(c):
      lexOperator()
    case 0x80...0xFF:
      if let (value, length) = scalar(at: pos) {
        if SwiftCharacterClass.isOperatorHead(value) {
          lexOperator()
        } else if value == 0x2028 || value == 0x2029 || value == 0xFEFF {
          pos += length
          emit(.unknown, from: start)
          diagnose(start, pos, "invisible or separator character in source")
        } else {
          pos += length
          skipIdentifierBody()
          emit(.identifier, from: start)
          watchIdentifier(start, pos)
        }
      } else {
        pos += 1
        while pos < count && bytes[pos] >= 0x80 && scalar(at: pos) == nil { pos += 1 }
        emit(.unknown, from: start)
        diagnose(start, pos, "invalid UTF-8")
      }
    default:
      pos += 1
      emit(.unknown, from: start)
      diagnose(start, pos, "unexpected character")
    }
  }

  @inline(__always) mutating func single(_ kind: SwiftTokenKind) {
    pos += 1
    emit(kind, from: pos - 1)
  }

  /// `` `name` `` (raw identifiers may hold spaces); a lone backtick is an unknown token.
  mutating func lexBacktickedIdentifier() {
    let start = pos
    var end = pos + 1
    while end < count && bytes[end] != UInt8(ascii: "`") && bytes[end] != 0x0A && bytes[end] != 0x0D { end += 1 }
    if end < count && bytes[end] == UInt8(ascii: "`") && end > start + 1 {
      pos = end + 1
      emit(.identifier, from: start, flags: .backticked)
      watchIdentifier(start + 1, end)
    } else {
      pos += 1
      emit(.unknown, from: start)
      diagnose(start, pos, "unterminated backticked identifier")
    }
  }

  /// `<#placeholder#>` on one line.
  mutating func lexEditorPlaceholder() -> Bool {
    var end = pos + 2
    while end + 1 < count && bytes[end] != 0x0A && bytes[end] != 0x0D {
      if bytes[end] == UInt8(ascii: "#") && bytes[end + 1] == UInt8(ascii: ">") {
        let start = pos
        pos = end + 2
        emit(.editorPlaceholder, from: start)
        return true
      }
      end += 1
    }
    return false
  }

  /// `#if`, `#available`, `#selector`, `#"raw"#`, `#/regex/#`, or a lone `#`.
  mutating func lexPound() {
    let start = pos
    var hashes = 0
    while byte(at: pos + hashes) == UInt8(ascii: "#") { hashes += 1 }
    let after = byte(at: pos + hashes)
    if after == UInt8(ascii: "\"") {
      lexStringStart(hashes: hashes)
      return
    }
    if after == UInt8(ascii: "/"), lexExtendedRegex(hashes: hashes) { return }
    pos += 1
    let nameStart = pos
    if pos < count && (SwiftCharacterClass.isIdentifierHead(bytes[pos]) || bytes[pos] >= 0x80) {
      skipIdentifierBody()
    }
    guard pos > nameStart else {
      emit(.pound, from: start)
      return
    }
    let kind: SwiftTokenKind
    switch String(decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<pos]), as: UTF8.self) {
    case "if": kind = .poundIf
    case "elseif": kind = .poundElseif
    case "else": kind = .poundElse
    case "endif": kind = .poundEndif
    case "sourceLocation": kind = .poundSourceLocation
    case "available": kind = .poundAvailable
    case "unavailable": kind = .poundUnavailable
    default: kind = .poundIdentifier
    }
    emit(kind, from: start)
  }
}
