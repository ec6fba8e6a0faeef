import SourceModel
import SwiftFrontend

/// A Swift file with no trigger name is not parsed; this scan over its tokens finds the one kind of
/// file that must be parsed anyway: one nested past the parser's limit (brackets, generic angle
/// brackets or `#if` blocks) or with unbalanced `#if`/`#endif`, so absurd input still gets its
/// diagnostic (issue 5: pathological input finishes in linear time *with* a diagnostic).
enum SwiftNestingScan {
  /// The parser's nesting limit (`SwiftParserCore.maxDepth`).
  static let limit = 200

  static func needsParse(_ tokens: [SwiftToken], bytes: [UInt8]) -> Bool {
    var brackets = 0
    var angles = 0
    var conditionals = 0
    var previous: SwiftTokenKind = .endOfFile
    for token in tokens {
      switch token.kind {
      case .openParen, .openBrace, .openBracket: brackets += 1
      case .closeParen, .closeBrace, .closeBracket: brackets = max(0, brackets - 1)
      case .poundIf: conditionals += 1
      case .poundEndif:
        conditionals -= 1
        if conditionals < 0 { return true }
      case .binaryOperator, .prefixOperator, .postfixOperator:
        // `Array<Array<…` lexes `<` as an operator right after a name.
        let start = Int(token.range.start)
        if start < bytes.count {
          if bytes[start] == UInt8(ascii: "<") && previous == .identifier {
            angles += 1
          } else if bytes[start] == UInt8(ascii: ">") {
            angles = max(0, angles - (Int(token.range.end) - start))
          }
        }
      default: break
      }
      if brackets > limit || angles > limit || conditionals > limit { return true }
      previous = token.kind
    }
    return conditionals != 0
  }
}
