import SourceModel

extension SwiftLexerCore {
  /// The token just before the cursor touches it: no trivia between, and it is not an opening bracket or
  /// separator (Swift's "left-bound" test for operators).
  var isLeftBound: Bool {
    guard !tokens.isEmpty, !pendingFlags.contains(.hasLeadingTrivia), pos > 0 else { return false }
    switch bytes[pos - 1] {
    case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ","), UInt8(ascii: ";"),
      UInt8(ascii: ":"):
      return false
    default: return true
    }
  }

  /// Whether the byte at `index` touches the operator that ends there (Swift's "right-bound" test).
  func isRightBound(at index: Int, leftBound: Bool) -> Bool {
    guard index < count else { return false }
    switch bytes[index] {
    case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C, 0x00, UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"),
      UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"):
      return false
    case UInt8(ascii: "."):
      // `a!.b`, `a?.b`: a left-bound operator followed by a dot is postfix.
      return !leftBound
    case UInt8(ascii: "/"):
      let next = byte(at: index + 1)
      return next != UInt8(ascii: "/") && next != UInt8(ascii: "*")
    default: return true
    }
  }

  /// Operator characters (and dots, for operators that start with a dot), classified by whitespace.
  mutating func lexOperator() {
    let start = pos
    let leftBound = isLeftBound
    let first = bytes[pos]
    if leftBound && (first == UInt8(ascii: "?") || first == UInt8(ascii: "!")) {
      // Postfix `?`/`!` are always one character (`x!.y`, `T?>`, `try?`).
      pos += 1
      emit(first == UInt8(ascii: "?") ? .postfixQuestion : .postfixExclamation, from: start)
      return
    }
    let allowsDots = first == UInt8(ascii: ".")
    while pos < count {
      let c = bytes[pos]
      if c == UInt8(ascii: ".") {
        guard allowsDots else { break }
        pos += 1
      } else if c < 0x80 {
        guard SwiftCharacterClass.isOperatorASCII(c) else { break }
        // A `//` or `/*` inside an operator starts a comment instead.
        if pos > start && c == UInt8(ascii: "/") && (peek(1) == UInt8(ascii: "/") || peek(1) == UInt8(ascii: "*")) {
          break
        }
        pos += 1
      } else {
        guard let (value, length) = scalar(at: pos), SwiftCharacterClass.isOperatorContinuation(value) else { break }
        pos += length
      }
    }
    if pos == start { pos += 1 }
    let rightBound = isRightBound(at: pos, leftBound: leftBound)
    let length = pos - start
    if length == 1 {
      switch first {
      case UInt8(ascii: "="):
        emit(.equal, from: start)
        return
      case UInt8(ascii: "&") where rightBound && !leftBound:
        emit(.ampersandPrefix, from: start)
        return
      case UInt8(ascii: "?"):
        emit(.infixQuestion, from: start)
        return
      default: break
      }
    } else if length == 2 && first == UInt8(ascii: "-") && bytes[start + 1] == UInt8(ascii: ">") {
      emit(.arrow, from: start)
      return
    }
    if leftBound == rightBound {
      emit(.binaryOperator, from: start)
    } else if leftBound {
      emit(.postfixOperator, from: start)
    } else {
      emit(.prefixOperator, from: start)
    }
  }
}
