import CSharpFrontend
import SourceModel

/// `vtlint debug tokens FILE`: one JSON object per line, `{"kind": "...", "start": N, "end": N}`, for every
/// token and trivia piece in file order, so the pieces tile the file.
public enum TokenDump {
  public static func lines(for file: SourceFile) -> [String] {
    if file.language == .swift { return SwiftDebugDump.tokenLines(for: file) }
    // Placeholder until the C# lexer lands (issue 2); the Swift front end adds its branch (issue 6).
    return []
  }
}
