import CSharpFrontend

/// How many arguments a call passes, read from tokens, when the argument list is plain enough that the
/// parser reads exactly the same count: every comma-separated piece, nested groups included, is a chain of
/// names, literals, member accesses, calls and indexers joined by binary operators, with no lambda, no
/// named argument, no generic `<…>`, no keyword but `true`, `false`, `null` and `this`, and no unterminated
/// token. Anything else gives `nil` ("unknown"): in broken or unusual code the parser's recovery can end a
/// list elsewhere than its commas say (`LoadAsync(default: 1, fresh: true)` is one argument to it), so
/// only lists it cannot misread are counted.
public enum CallArguments {
  /// Nested groups deeper than this make a list unknown: each count stays linear in its own tokens even
  /// in a file of 100,000 nested calls.
  static let maximumNesting = 16

  /// The count for the `(` at `openParen`; `matches` are the file's bracket matches
  /// (`CSharpSyntaxTree.bracketMatches`).
  public static func count(_ tokens: [Token], openParen: Int, matches: [Int32]) -> Int? {
    guard openParen < tokens.count, tokens[openParen].kind == .openParen else { return nil }
    return pieces(tokens, open: openParen, matches: matches, depth: 0)
  }

  /// The comma-separated pieces between the opener at `open` and its match, each a plain expression; `nil`
  /// when any is not (or the opener has no match).
  private static func pieces(_ tokens: [Token], open: Int, matches: [Int32], depth: Int) -> Int? {
    guard depth < maximumNesting, open < matches.count, matches[open] > open else { return nil }
    let close = Int(matches[open])
    guard close < tokens.count else { return nil }
    if close == open + 1 { return 0 }
    var count = 1
    var expectOperand = true
    var i = open + 1
    while i < close {
      let token = tokens[i]
      if token.flags.contains(.unterminated) { return nil }
      if expectOperand {
        switch token.kind {
        case .minus, .plus, .exclamation, .tilde:
          i += 1
        case .identifier, .integerLiteral, .realLiteral, .characterLiteral, .stringLiteral, .kwTrue, .kwFalse,
          .kwNull, .kwThis:
          i += 1
          expectOperand = false
        case .openParen:
          // A parenthesized expression or tuple: not empty, itself plain.
          guard let inner = pieces(tokens, open: i, matches: matches, depth: depth + 1), inner > 0 else { return nil }
          i = Int(matches[i]) + 1
          expectOperand = false
        default:
          return nil
        }
      } else {
        switch token.kind {
        case .comma:
          count += 1
          expectOperand = true
          i += 1
        case .dot, .questionDot:
          guard i + 1 < close, tokens[i + 1].kind == .identifier else { return nil }
          i += 2
        case .openParen, .openBracket:
          // A call or an indexer on what came before.
          guard let inner = pieces(tokens, open: i, matches: matches, depth: depth + 1),
            inner > 0 || token.kind == .openParen
          else { return nil }
          i = Int(matches[i]) + 1
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
}
