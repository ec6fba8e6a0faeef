import CSharpFrontend

/// How many arguments a call passes, read from tokens, when the argument list is plain enough that the
/// parser reads exactly the same count. Every comma-separated piece, nested groups included, is a chain of
/// operands joined by binary operators, where an operand is a name, a literal, `this`, `default`, a
/// parenthesized plain list, an interpolated string whose holes are plain, `typeof(T)`, `new T(…)` or
/// `new(…)` without an initializer, with prefix `-`, `+`, `!`, `~` or `await` and postfix member accesses,
/// calls, indexers, `++` and `--`; a call's argument may start with `ref`, `out` or `in`, and `out var x`
/// / `out T x` is one argument. A type here is a dotted name with at most one flat `<…>` at its end, or a
/// predefined type. No lambda, named argument, conditional, cast, `<`/`>` comparison, other keyword,
/// unterminated token or trailing comma. Anything else gives `nil` ("unknown"): in broken or unusual code
/// the parser's recovery can end a list elsewhere than its commas say (`LoadAsync(default: 1, fresh:
/// true)` is one argument to it), so only lists it cannot misread are counted.
public enum CallArguments {
  /// Nested groups deeper than this make a list unknown: each count stays linear in its own tokens even
  /// in a file of 100,000 nested calls.
  static let maximumNesting = 16

  /// The count for the `(` at `openParen`; `matches` are the file's bracket matches
  /// (`CSharpSyntaxTree.bracketMatches`).
  public static func count(_ tokens: [Token], openParen: Int, matches: [Int32]) -> Int? {
    guard openParen < tokens.count, tokens[openParen].kind == .openParen else { return nil }
    var reader = Reader(tokens: tokens, matches: matches)
    return reader.group(at: openParen, arguments: true, depth: 0)
  }

  /// The scan over one file's tokens.
  private struct Reader {
    let tokens: [Token]
    let matches: [Int32]

    /// The index of the closer matching the opener at `open`, if it is in the file.
    func close(of open: Int) -> Int? {
      guard open < matches.count, matches[open] > open, Int(matches[open]) < tokens.count else { return nil }
      return Int(matches[open])
    }

    /// The pieces between the opener at `open` and its match. `arguments`: an argument list, where
    /// `ref`/`out`/`in` may start a piece.
    mutating func group(at open: Int, arguments: Bool, depth: Int) -> Int? {
      guard let close = close(of: open) else { return nil }
      return pieces(from: open + 1, to: close, arguments: arguments, depth: depth)
    }

    /// The number of comma-separated plain pieces in `from..<to`: 0 when empty, `nil` when any is not plain.
    mutating func pieces(from start: Int, to end: Int, arguments: Bool, depth: Int) -> Int? {
      guard depth < CallArguments.maximumNesting else { return nil }
      if start == end { return 0 }
      var count = 1
      var i = start
      var pieceStart = true
      var expectOperand = true
      while i < end {
        let token = tokens[i]
        if token.flags.contains(.unterminated) { return nil }
        if expectOperand {
          if pieceStart && arguments && token.kind.isArgumentModifier, let next = modifiedArgument(at: i, end: end) {
            // `out var x`, `out T x`: the whole piece; `ref x`: the operand follows.
            if next.isDeclaration {
              i = next.index
              expectOperand = false
            } else {
              i = next.index
            }
            pieceStart = false
            continue
          }
          pieceStart = false
          switch token.kind {
          case .minus, .plus, .exclamation, .tilde:
            i += 1
          case .identifier where isAwaitOperator(token):
            // `await x` is one operand whether `await` is read as the operator or as a name.
            i += 1
          case .identifier, .integerLiteral, .realLiteral, .characterLiteral, .stringLiteral, .kwTrue, .kwFalse,
            .kwNull, .kwThis:
            i += 1
            expectOperand = false
          case .kwDefault:
            // `default`, or `default(T)` with a plain type.
            if i + 1 < end && tokens[i + 1].kind == .openParen {
              guard let after = parenthesizedType(at: i + 1, end: end) else { return nil }
              i = after
            } else {
              i += 1
            }
            expectOperand = false
          case .kwTypeof:
            guard i + 1 < end, tokens[i + 1].kind == .openParen, let after = parenthesizedType(at: i + 1, end: end)
            else { return nil }
            i = after
            expectOperand = false
          case .kwNew:
            guard let after = creation(at: i, end: end, depth: depth) else { return nil }
            i = after
            expectOperand = false
          case .interpolatedStringStart:
            guard let after = interpolatedString(at: i, end: end, depth: depth) else { return nil }
            i = after
            expectOperand = false
          case .openParen:
            // A parenthesized expression or tuple: not empty, itself plain.
            guard let inner = group(at: i, arguments: false, depth: depth + 1), inner > 0 else { return nil }
            i = close(of: i)! + 1
            expectOperand = false
          default:
            return nil
          }
        } else {
          switch token.kind {
          case .comma:
            count += 1
            expectOperand = true
            pieceStart = true
            i += 1
          case .dot, .questionDot:
            guard i + 1 < end, tokens[i + 1].kind == .identifier else { return nil }
            i += 2
          case .openParen, .openBracket:
            // A call or an indexer on what came before.
            guard let inner = group(at: i, arguments: token.kind == .openParen, depth: depth + 1),
              inner > 0 || token.kind == .openParen
            else { return nil }
            i = close(of: i)! + 1
          case .plusPlus, .minusMinus:
            i += 1
          case .plus, .minus, .star, .slash, .percent, .ampersand, .bar, .caret, .ampersandAmpersand, .barBar,
            .equalsEquals, .exclamationEquals, .lessThanEquals, .greaterThanEquals, .questionQuestion:
            expectOperand = true
            i += 1
          default:
            return nil
          }
        }
      }
      // A trailing comma or operator is broken code.
      return expectOperand ? nil : count
    }

    /// `await` spelled as the contextual keyword (not `@await`).
    func isAwaitOperator(_ token: Token) -> Bool {
      token.contextual == .await && !token.flags.contains(.verbatimIdentifier)
    }

    /// At a piece of an argument list starting with `ref`, `out` or `in`: where the rest starts, and whether
    /// the piece is a whole declaration (`out var x`, `out int x`, `ref T x` followed by `,` or the end).
    /// `nil` when the piece has no such modifier; `ref readonly` is not plain.
    func modifiedArgument(at i: Int, end: Int) -> (index: Int, isDeclaration: Bool)? {
      guard tokens[i].kind.isArgumentModifier else { return nil }
      let type = i + 1
      let name = i + 2
      if name < end, tokens[type].kind == .identifier || tokens[type].kind.isPredefinedType,
        tokens[name].kind == .identifier, name + 1 == end || tokens[name + 1].kind == .comma
      {
        return (name + 1, true)
      }
      return (i + 1, false)
    }

    /// `(T)` at `open` for `typeof` and `default`: the index after `)`.
    func parenthesizedType(at open: Int, end: Int) -> Int? {
      guard let close = close(of: open), close < end, let after = plainType(at: open + 1, end: close), after == close
      else { return nil }
      return close + 1
    }

    /// A predefined type, or a dotted name with at most one flat type argument list at its end (`A.B`,
    /// `List<int>`, `Dictionary<string, Item>`): the index after it, or `nil`.
    func plainType(at start: Int, end: Int) -> Int? {
      guard start < end else { return nil }
      if tokens[start].kind.isPredefinedType { return start + 1 }
      guard var i = dottedName(at: start, end: end) else { return nil }
      guard i < end, tokens[i].kind == .lessThan else { return i }
      i += 1
      while true {
        guard i < end else { return nil }
        if tokens[i].kind.isPredefinedType {
          i += 1
        } else {
          guard let after = dottedName(at: i, end: end) else { return nil }
          i = after
        }
        guard i < end else { return nil }
        switch tokens[i].kind {
        case .comma: i += 1
        case .greaterThan: return i + 1
        default: return nil
        }
      }
    }

    /// `A` or `A.B.C`: the index after it.
    func dottedName(at start: Int, end: Int) -> Int? {
      guard start < end, tokens[start].kind == .identifier else { return nil }
      var i = start + 1
      while i + 1 < end && tokens[i].kind == .dot && tokens[i + 1].kind == .identifier { i += 2 }
      return i
    }

    /// `new T(…)` or `new(…)` at `i` with a plain argument list and no initializer: the index after `)`.
    mutating func creation(at i: Int, end: Int, depth: Int) -> Int? {
      let open: Int
      if i + 1 < end && tokens[i + 1].kind == .openParen {
        open = i + 1
      } else {
        guard let after = plainType(at: i + 1, end: end), after < end, tokens[after].kind == .openParen else {
          return nil
        }
        open = after
      }
      guard let close = close(of: open), close < end, group(at: open, arguments: true, depth: depth + 1) != nil
      else { return nil }
      // An initializer (`{ … }`) or, after `new (…)`, a tuple-typed array (`[n]`) is not plain.
      if close + 1 < end, tokens[close + 1].kind == .openBrace || tokens[close + 1].kind == .openBracket {
        return nil
      }
      return close + 1
    }

    /// `$"…{a}…{b, 5:N2}…"` at `i` with plain holes (an expression and an optional alignment): the index
    /// after its end.
    mutating func interpolatedString(at i: Int, end: Int, depth: Int) -> Int? {
      var j = i + 1
      while j < end {
        switch tokens[j].kind {
        case .interpolatedStringText:
          j += 1
        case .interpolationStart:
          guard let close = close(of: j), close < end, tokens[close].kind == .interpolationEnd else { return nil }
          var contentEnd = close
          if tokens[close - 1].kind == .interpolationFormat { contentEnd -= 1 }
          guard let inner = pieces(from: j + 1, to: contentEnd, arguments: false, depth: depth + 1),
            inner == 1 || inner == 2
          else { return nil }
          j = close + 1
        case .interpolatedStringEnd:
          return tokens[j].flags.contains(.unterminated) ? nil : j + 1
        default:
          return nil
        }
      }
      return nil
    }
  }
}

extension TokenKind {
  /// `ref`, `out`, `in`: what may start an argument before its expression.
  fileprivate var isArgumentModifier: Bool { self == .kwRef || self == .kwOut || self == .kwIn }
}
