import SourceModel

/// The hand-written Swift lexer and parser live under this namespace: `SwiftFrontend.Lexer.lex(_:)`,
/// `SwiftFrontend.Parser.parse(_:)` and `SwiftFrontend.comments(in:)`. The syntax tree types are
/// top-level and prefixed `Swift` so they never clash with the C# front end's.
///
/// How it is built, and why:
/// - The lexer reads UTF-8 bytes with a cursor and keeps no `String` per token. Tokens and trivia tile the
///   input for every byte sequence (invalid UTF-8, NUL, BOM, unterminated literals and comments).
/// - Strings are token sequences (`stringStart`, segments, `interpolationStart` … `interpolationEnd`,
///   `stringEnd`), so interpolation holes are ordinary tokens the parser reads as argument lists; a stack of
///   open strings lets holes nest strings and closures.
/// - Operators are classified prefix/postfix/binary by the whitespace around them, as Swift does; the
///   parser splits a glued `>` (`>>`, `>?`) when it closes a generic list.
/// - A `/` starts a regex literal only where an expression may start (judged from the previous token) and
///   when a closing `/` follows on the same line; `#/…/#` is always a regex.
/// - `#if` blocks are parsed branch by branch (members, statements, switch cases or attributes): vtlint
///   evaluates no build conditions, and real code is valid in each branch.
/// - The parser is recursive descent with recovery at the next statement or member. Every loop checks
///   progress; nesting is capped (`SwiftParserCore.maxDepth`) and so are left-deep chains
///   (`SwiftParserCore.maxChain`), each with one diagnostic, so pathological input stays linear and the
///   stack stays small.
/// - Binary operators are folded with the standard precedence groups; custom operators take the default
///   group (nothing in the analysis depends on how they group).
public enum SwiftFrontend {
  /// The Swift lexer (namespace; the work lives in `extension SwiftFrontend.Lexer` files).
  public enum Lexer {}
  /// The recursive-descent Swift parser (namespace; the work lives in `Parser+*.swift` files).
  public enum Parser {}
}
