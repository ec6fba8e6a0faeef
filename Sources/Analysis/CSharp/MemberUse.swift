import CSharpFrontend

/// Where an identifier token stands, as far as the analysis resolving members by name is concerned
/// (`FlowWalker.producesOneShot`): it reads a member's name only after `.` or `?.`, and calls a method only
/// when the name is followed by an argument list. Read from tokens alone, so the first pass and the
/// pre-check can tell a member's name in use from the same spelling as a type (`Task<int> M()`, `(Task)x`,
/// `new Task(…)`, `Func<Task>`), a declaration's own name or a bare read. When unsure, it says "use".
public enum MemberUse: Equatable, Sendable {
  /// Not a member read nor a call.
  case none
  /// A member access that is not called (`x.Task`), or one whose call could not be made out.
  case read
  /// A call: `N(…)`, `x.N(…)`, `N<T>(…)`; the token index of its `(`.
  case call(openParen: Int)

  /// The use of the identifier at `t`.
  public static func at(_ tokens: [Token], _ t: Int) -> MemberUse {
    var afterDot = false
    if t > 0 {
      switch tokens[t - 1].kind {
      case .dot, .questionDot: afterDot = true
      case .kwNew: return .none
      default: break
      }
    }
    let plain: MemberUse = afterDot ? .read : .none
    guard t + 1 < tokens.count else { return plain }
    switch tokens[t + 1].kind {
    case .openParen: return .call(openParen: t + 1)
    case .lessThan:
      switch typeArgumentsEnd(tokens, from: t + 1) {
      case .some(let close):
        return close + 1 < tokens.count && tokens[close + 1].kind == .openParen ? .call(openParen: close + 1) : plain
      case .none:
        return .read
      }
    default:
      return plain
    }
  }

  /// From a `<`: the index of the `>` closing plain type arguments, or nil when anything else comes first
  /// (an operator, a literal, a long run): then the caller cannot rule a call out.
  static func typeArgumentsEnd(_ tokens: [Token], from start: Int) -> Int? {
    var depth = 0
    var i = start
    while i < tokens.count && i < start + 256 {
      switch tokens[i].kind {
      case .lessThan: depth += 1
      case .greaterThan:
        depth -= 1
        if depth == 0 { return i }
      case .identifier, .comma, .dot, .doubleColon, .question, .openBracket, .closeBracket, .openParen,
        .closeParen, .star:
        break
      default:
        if !tokens[i].kind.isPredefinedType { return nil }
      }
      i += 1
    }
    return nil
  }
}

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
    var low = 0
    var high = opens.count
    while low < high {
      let middle = (low + high) / 2
      if Int(opens[middle]) < openParen { low = middle + 1 } else { high = middle }
    }
    guard low < opens.count, Int(opens[low]) == openParen, counts[low] >= 0 else { return nil }
    return Int(counts[low])
  }
}
