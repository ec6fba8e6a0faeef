import SourceModel

/// Builds in-memory source files for tests.
public enum SourceFileFactory {
  public static func csharp(_ text: String, path: String = "Test.cs") -> SourceFile {
    SourceFile(path: path, text: text, language: .csharp)
  }

  public static func swift(_ text: String, path: String = "Test.swift") -> SourceFile {
    SourceFile(path: path, text: text, language: .swift)
  }
}
