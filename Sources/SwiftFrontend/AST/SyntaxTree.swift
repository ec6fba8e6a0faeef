import SourceModel

/// A parsed Swift file: the tokens it came from, the top-level statements and declarations, and every
/// lexer and parser diagnostic.
public struct SwiftSyntaxTree: Sendable {
  public var lexed: SwiftLexedSource
  public var root: SwiftSourceFileSyntax
  public var diagnostics: [SyntaxDiagnostic]

  public init(lexed: SwiftLexedSource, root: SwiftSourceFileSyntax, diagnostics: [SyntaxDiagnostic]) {
    self.lexed = lexed
    self.root = root
    self.diagnostics = diagnostics
  }
}

/// The top level of a file: statements, with declarations as `.declaration` statements (imports, types,
/// functions and top-level code all mix in Swift).
public struct SwiftSourceFileSyntax: Sendable, Hashable {
  public var statements: [SwiftStmt]
  public var range: ByteRange

  public init(statements: [SwiftStmt] = [], range: ByteRange = ByteRange(start: 0, end: 0)) {
    self.statements = statements
    self.range = range
  }

  /// The top-level declarations (not looking into `#if`).
  public var declarations: [SwiftDecl] {
    statements.compactMap { if case .declaration(let decl) = $0.kind { return decl } else { return nil } }
  }
}
