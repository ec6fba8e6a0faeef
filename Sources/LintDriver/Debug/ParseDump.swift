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
    guard file.language == .csharp else { return Output(outline: [], diagnostics: []) }
    let tree = Parser.parse(file.bytes)
    let outline = SyntaxOutline.lines(for: tree.root, bytes: file.bytes)
    let diagnostics = tree.diagnostics.map { diagnostic in
      let location = file.location(of: diagnostic.range.start)
      return "\(file.path):\(location.line):\(location.column): \(diagnostic.message)"
    }
    return Output(outline: outline, diagnostics: diagnostics)
  }
}
