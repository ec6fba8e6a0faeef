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
    guard file.language == .csharp else {
      // The Swift front end adds its branch (issue 6).
      return Output(outline: [], diagnostics: [])
    }
    let tree = Parser.parse(file.bytes)
    let outline = SyntaxOutline.lines(for: tree.root, bytes: file.bytes)
    let diagnostics = tree.diagnostics.map { diagnostic in
      let location = file.location(of: diagnostic.range.start)
      return "\(file.path):\(location.line):\(location.column): \(diagnostic.message)"
    }
    return Output(outline: outline, diagnostics: diagnostics)
  }
}
