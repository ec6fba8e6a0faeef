import CSharpFrontend
import SourceModel

/// `vtlint debug parse FILE`: the syntax tree as an indented outline, then one `path:line:col: message`
/// line per syntax diagnostic.
public enum ParseDump {
  public struct Output: Sendable {
    public var outline: [String]
    public var diagnostics: [String]
  }

  public static func dump(_ file: SourceFile) -> Output {
    if file.language == .swift { return SwiftDebugDump.parse(file) }
    // Placeholder until the C# parser lands (issue 2); the Swift front end adds its branch (issue 6).
    return Output(outline: [], diagnostics: [])
  }
}
