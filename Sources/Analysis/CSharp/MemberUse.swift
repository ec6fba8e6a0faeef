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
