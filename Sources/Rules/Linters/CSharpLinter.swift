import Analysis
import CSharpFrontend
import SourceModel

/// C#: parse, index members that return ValueTask, analyze consumptions, apply the C# rules.
public struct CSharpLinter: LanguageLinter {
  public init() {}

  public var language: Language { .csharp }

  public func indexPart(for file: SourceFile, options: AnalysisOptions) -> ProjectIndex {
    ProjectIndex()
  }

  public func lint(_ file: SourceFile, index: ProjectIndex, options: AnalysisOptions) -> FileLintResult {
    let tree = Parser.parse(file.bytes, options: LexerOptions(definedSymbols: options.definedSymbols))
    return FileLintResult(
      findings: [], syntaxDiagnostics: tree.diagnostics, comments: CSharpLinter.comments(in: tree.lexed, file: file))
  }

  /// Comment and directive trivia as `CommentSpan`s.
  static func comments(in lexed: LexedSource, file: SourceFile) -> [CommentSpan] {
    var spans: [CommentSpan] = []
    var codeOnLine = false
    for token in lexed.tokens {
      for piece in lexed.trivia[token.leadingTrivia] {
        switch piece.kind {
        case .newline: codeOnLine = false
        case .lineComment, .docLineComment:
          spans.append(CommentSpan(kind: .line, range: piece.range, isTrailing: codeOnLine))
        case .blockComment, .docBlockComment:
          spans.append(CommentSpan(kind: .block, range: piece.range, isTrailing: codeOnLine))
        case .directive: spans.append(CommentSpan(kind: .directive, range: piece.range, isTrailing: false))
        case .disabledText:
          // A disabled region ends at a line start.
          codeOnLine = false
        default: break
        }
      }
      codeOnLine = true
    }
    return spans
  }
}
