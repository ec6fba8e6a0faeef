import SourceModel

/// The linter for each language.
public enum Linters {
  public static func linter(for language: Language) -> any LanguageLinter {
    switch language {
    case .csharp: return CSharpLinter()
    case .swift: return SwiftLinter()
    }
  }
}
