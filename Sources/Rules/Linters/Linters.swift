import Analysis
import CSharpFrontend
import SourceModel
import SwiftFrontend

/// The linter for each language.
public enum Linters {
  public static func linter(for language: Language) -> any LanguageLinter {
    switch language {
    case .csharp: return CSharpLinter()
    case .swift: return SwiftLinter()
    }
  }

  /// Every comment and directive of `file`, as its lexer reads them: what fixtures' `// expect:` notes are
  /// read from (a lint result keeps only the comments a suppression may be in).
  public static func comments(of file: SourceFile, options: AnalysisOptions = AnalysisOptions()) -> [CommentSpan] {
    switch file.language {
    case .csharp:
      let lexed = CSharpFrontend.Lexer.lex(file.bytes, options: LexerOptions(definedSymbols: options.definedSymbols))
      return CSharpLinter.comments(in: lexed, file: file)
    case .swift: return SwiftFrontend.comments(in: SwiftFrontend.Lexer.lex(file.bytes))
    case nil: return []
    }
  }
}
