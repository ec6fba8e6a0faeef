import SourceModel

/// The hand-written C# lexer: a namespace for `lex`. One pass over the UTF-8 bytes by a `LexerCursor`
/// (`LexerCursor.swift`: state and the driver loop), with one idea per file: `+Trivia` (whitespace, line
/// breaks, comments), `+Directives` and `+DirectiveExpression` (preprocessor lines, `#if` sections),
/// `+Tokens` (dispatch and operators), `+Identifiers`, `+Keywords`, `+Numbers`, `+Strings`,
/// `+Interpolation` (interpolated strings as token sequences). `TokenText.swift` slices token text on demand.
public enum Lexer {}

/// Settings that change how a file lexes.
public struct LexerOptions: Sendable, Hashable {
  /// Preprocessor symbols considered defined for `#if` (a file's own `#define`s are added as they appear).
  public var definedSymbols: Set<String>

  public init(definedSymbols: Set<String> = []) {
    self.definedSymbols = definedSymbols
  }
}

extension Lexer {
  /// Lexes a whole file. Never fails: bad bytes become `.unknown` tokens or skipped trivia plus diagnostics.
  public static func lex(_ bytes: [UInt8], options: LexerOptions = LexerOptions()) -> LexedSource {
    bytes.withUnsafeBufferPointer { lex($0, options: options) }
  }

  /// Lexes a whole file from a buffer (see `lex(_:options:)`).
  public static func lex(_ bytes: UnsafeBufferPointer<UInt8>, options: LexerOptions = LexerOptions()) -> LexedSource {
    var cursor = LexerCursor(bytes: bytes, options: options)
    cursor.run()
    return LexedSource(
      tokens: cursor.tokens.takeArray(), trivia: cursor.trivia.takeArray(), diagnostics: cursor.diagnostics)
  }
}
