import CSharpFrontend
import SourceModel

/// `vtlint debug tokens FILE`: one JSON object per line, `{"kind": "...", "start": N, "end": N}`, for every
/// token and trivia piece in file order, so the pieces tile the file.
///
/// Kind names: a token's `TokenKind` case name (`identifier`, `kwClass`, `greaterThan`, `endOfFile`, …);
/// a trivia piece's `TriviaKind` case name prefixed with `trivia.` (`trivia.whitespace`,
/// `trivia.lineComment`, `trivia.directive`, `trivia.disabledText`, …).
public enum TokenDump {
  public static func lines(for file: SourceFile) -> [String] {
    if file.language == .swift { return SwiftDebugDump.tokenLines(for: file) }
    return csharpLines(Lexer.lex(file.bytes))
  }

  /// The C# dump of an already lexed file.
  public static func csharpLines(_ lexed: LexedSource) -> [String] {
    var lines: [String] = []
    lines.reserveCapacity(lexed.tokens.count + lexed.trivia.count)
    for token in lexed.tokens {
      for piece in lexed.trivia[token.leadingTrivia] {
        lines.append(line(kind: "trivia.\(piece.kind)", piece.range))
      }
      lines.append(line(kind: "\(token.kind)", token.range))
    }
    return lines
  }

  static func line(kind: String, _ range: ByteRange) -> String {
    "{\"kind\": \"\(kind)\", \"start\": \(range.start), \"end\": \(range.end)}"
  }
}
