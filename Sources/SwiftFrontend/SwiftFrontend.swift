import SourceModel

/// The hand-written Swift lexer and parser live under this namespace.
public enum SwiftFrontend {}
