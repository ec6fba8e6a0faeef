import SourceModel

extension SwiftFrontend.Parser {
  /// Lexes and parses one file. Never fails and never recurses without bound: syntax errors become
  /// diagnostics and `.error`/`.missing` nodes, and parsing resumes at the next statement or member.
  public static func parse(_ bytes: [UInt8]) -> SwiftSyntaxTree {
    let lexed = SwiftFrontend.Lexer.lex(bytes)
    // Placeholder until the real parser lands.
    return SwiftSyntaxTree(
      lexed: lexed, root: SwiftSourceFileSyntax(range: ByteRange(0, bytes.count)), diagnostics: lexed.diagnostics)
  }
}
