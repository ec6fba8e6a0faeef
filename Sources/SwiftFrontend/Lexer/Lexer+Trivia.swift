import SourceModel

extension SwiftLexerCore {
  /// A byte order mark and a `#!` line are only trivia at the very start of the file.
  mutating func lexFileStart() {
    if count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
      pos = 3
      addTrivia(.byteOrderMark, from: 0)
    }
    if peek() == UInt8(ascii: "#") && peek(1) == UInt8(ascii: "!") {
      let start = pos
      while pos < count && bytes[pos] != 0x0A && bytes[pos] != 0x0D { pos += 1 }
      addTrivia(.shebang, from: start)
    }
  }

  @inline(__always) mutating func addTrivia(_ kind: SwiftTriviaKind, from start: Int) {
    let range = ByteRange(start, pos)
    if keepsTrivia { trivia.append(SwiftTrivia(kind: kind, range: range)) }
    pendingFlags.insert(.hasLeadingTrivia)
    // The comment list is built here rather than by a second walk over tokens and trivia
    // (`SwiftFrontend.comments(in:)` computes the same from the arrays).
    switch kind {
    case .newline: codeOnLine = false
    case .lineComment, .docLineComment: comments.append(CommentSpan(kind: .line, range: range, isTrailing: codeOnLine))
    case .blockComment, .docBlockComment:
      comments.append(CommentSpan(kind: .block, range: range, isTrailing: codeOnLine))
    default: break
    }
  }

  /// Whitespace, newlines and comments up to the next token.
  mutating func lexTrivia() {
    while pos < count {
      let start = pos
      switch bytes[pos] {
      case 0x20, 0x09, 0x0B, 0x0C:
        pos += 1
        while pos < count, bytes[pos] == 0x20 || bytes[pos] == 0x09 || bytes[pos] == 0x0B || bytes[pos] == 0x0C {
          pos += 1
        }
        addTrivia(.whitespace, from: start)
      case 0x0A:
        pos += 1
        addTrivia(.newline, from: start)
        pendingFlags.insert(.atStartOfLine)
      case 0x0D:
        pos += peek(1) == 0x0A ? 2 : 1
        addTrivia(.newline, from: start)
        pendingFlags.insert(.atStartOfLine)
      case UInt8(ascii: "/"):
        if peek(1) == UInt8(ascii: "/") {
          let isDoc = peek(2) == UInt8(ascii: "/") && peek(3) != UInt8(ascii: "/")
          while pos < count && bytes[pos] != 0x0A && bytes[pos] != 0x0D { pos += 1 }
          addTrivia(isDoc ? .docLineComment : .lineComment, from: start)
        } else if peek(1) == UInt8(ascii: "*") {
          let isDoc = peek(2) == UInt8(ascii: "*") && peek(3) != UInt8(ascii: "*") && peek(3) != UInt8(ascii: "/")
          lexBlockComment()
          addTrivia(isDoc ? .docBlockComment : .blockComment, from: start)
        } else {
          return
        }
      case 0x00:
        pos += 1
        addTrivia(.skipped, from: start)
        diagnose(start, pos, "NUL byte in source")
      case 0xC2 where peek(1) == 0xA0:
        // A non-breaking space: whitespace to the reader, so it must not end up inside a token.
        pos += 2
        addTrivia(.whitespace, from: start)
      case UInt8(ascii: "<"), UInt8(ascii: "="), UInt8(ascii: ">"), UInt8(ascii: "|"):
        guard isConflictMarker() else { return }
        while pos < count && bytes[pos] != 0x0A && bytes[pos] != 0x0D { pos += 1 }
        addTrivia(.skipped, from: start)
        diagnose(start, pos, "merge conflict marker")
      default:
        return
      }
    }
  }

  /// `/* … */` with nesting; an unterminated comment runs to the end of the file with a diagnostic.
  mutating func lexBlockComment() {
    let start = pos
    pos += 2
    var depth = 1
    while pos < count {
      let c = bytes[pos]
      if c == UInt8(ascii: "*") && peek(1) == UInt8(ascii: "/") {
        pos += 2
        depth -= 1
        if depth == 0 { return }
      } else if c == UInt8(ascii: "/") && peek(1) == UInt8(ascii: "*") {
        pos += 2
        depth += 1
      } else {
        pos += 1
      }
    }
    diagnose(start, pos, "unterminated block comment")
  }

  /// A line starting with seven `<`, `=`, `>` or `|` at the start of a line.
  func isConflictMarker() -> Bool {
    guard pos == 0 || bytes[pos - 1] == 0x0A || bytes[pos - 1] == 0x0D, pos + 7 <= count else { return false }
    let c = bytes[pos]
    for i in 1..<7 where bytes[pos + i] != c { return false }
    return pos + 7 == count || bytes[pos + 7] == 0x20 || bytes[pos + 7] == 0x0A || bytes[pos + 7] == 0x0D
  }
}
