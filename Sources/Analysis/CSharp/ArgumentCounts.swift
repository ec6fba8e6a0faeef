import CSharpFrontend

/// The number of arguments of every parenthesized list in a file, from one pass over its tokens (counting
/// each list from its `(` on its own was quadratic in nesting: `F(F(F(…)))`). A count is top-level commas
/// plus one, 0 for `()`; unknown when it cannot be told from tokens: a `<` outside brackets (`F(a < b, c > d)`
/// could be one generic argument or two comparisons), a list never closed, or brackets that do not match.
public struct ArgumentCounts: Sendable {
  /// Token indices of the `(`s, ascending, and the count of the list each opens (-1: unknown).
  private var opens: [UInt32] = []
  private var counts: [Int32] = []

  public init(_ tokens: [Token]) {
    struct Frame {
      var closer: TokenKind
      /// Index in `counts`, for a `(`; -1 for other brackets.
      var slot: Int
      var commas: Int32 = 0
      var empty = true
      var unknown = false
    }
    var stack: [Frame] = []
    for (i, token) in tokens.enumerated() {
      let kind = token.kind
      switch kind {
      case .closeParen, .closeBracket, .closeBrace, .interpolationEnd:
        guard let top = stack.last, top.closer == kind else {
          // Brackets that do not match: no count inside them can be trusted.
          for frame in stack where frame.slot >= 0 { counts[frame.slot] = -1 }
          stack.removeAll()
          continue
        }
        stack.removeLast()
        if top.slot >= 0 && !top.unknown { counts[top.slot] = top.empty ? 0 : top.commas + 1 }
        if !stack.isEmpty { stack[stack.count - 1].empty = false }
        continue
      default:
        break
      }
      if !stack.isEmpty {
        stack[stack.count - 1].empty = false
        if stack[stack.count - 1].slot >= 0 {
          if kind == .comma { stack[stack.count - 1].commas += 1 }
          if kind == .lessThan { stack[stack.count - 1].unknown = true }
        }
      }
      switch kind {
      case .openParen:
        opens.append(UInt32(truncatingIfNeeded: i))
        counts.append(-1)
        stack.append(Frame(closer: .closeParen, slot: counts.count - 1))
      case .openBracket: stack.append(Frame(closer: .closeBracket, slot: -1))
      case .openBrace: stack.append(Frame(closer: .closeBrace, slot: -1))
      case .interpolationStart: stack.append(Frame(closer: .interpolationEnd, slot: -1))
      default: break
      }
    }
  }

  /// The count of the list opened by the `(` at token index `openParen`, when known.
  public func count(openParen: Int) -> Int? {
    guard openParen >= 0 && openParen <= Int(UInt32.max) else { return nil }
    let low = SortedOffsets.firstIndex(opens, notBelow: UInt32(openParen))
    guard low < opens.count, Int(opens[low]) == openParen, counts[low] >= 0 else { return nil }
    return Int(counts[low])
  }
}
