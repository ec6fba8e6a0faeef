import SourceModel

/// A parsed C# file: the tokens it came from, the tree, and every lexer and parser diagnostic.
public struct CSharpSyntaxTree: Sendable {
  public var lexed: LexedSource
  public var root: CompilationUnit
  public var diagnostics: [SyntaxDiagnostic]

  public init(lexed: LexedSource, root: CompilationUnit, diagnostics: [SyntaxDiagnostic]) {
    self.lexed = lexed
    self.root = root
    self.diagnostics = diagnostics
  }
}

/// The hand-written recursive-descent C# parser (namespace; the work lives in `Parser+*.swift` files).
public enum Parser {
  /// Lexes and parses one file. Never fails and never recurses without bound: syntax errors become
  /// diagnostics and `.error`/`.missing` nodes, and parsing resumes at the next statement or member.
  public static func parse(_ bytes: [UInt8], options: LexerOptions = LexerOptions()) -> CSharpSyntaxTree {
    let lexed = Lexer.lex(bytes, options: options)
    // Placeholder until the real parser lands.
    return CSharpSyntaxTree(lexed: lexed, root: CompilationUnit(), diagnostics: lexed.diagnostics)
  }
}
