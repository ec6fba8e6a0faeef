import SourceModel

/// The hand-written Swift lexer and parser live under this namespace: `SwiftFrontend.Lexer.lex(_:)`,
/// `SwiftFrontend.Parser.parse(_:)` and `SwiftFrontend.comments(in:)`. The syntax tree types are
/// top-level and prefixed `Swift` so they never clash with the C# front end's.
public enum SwiftFrontend {
  /// The Swift lexer (namespace; the work lives in `extension SwiftFrontend.Lexer` files).
  public enum Lexer {}
  /// The recursive-descent Swift parser (namespace; the work lives in `Parser+*.swift` files).
  public enum Parser {}
}
