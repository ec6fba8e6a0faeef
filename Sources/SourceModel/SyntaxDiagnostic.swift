/// A problem a lexer or parser found in a file: a byte range and a message. Syntax diagnostics never stop
/// the pipeline; the parser recovers and the analysis says less about the damaged region.
public struct SyntaxDiagnostic: Hashable, Sendable {
  public var range: ByteRange
  public var message: String

  public init(range: ByteRange, message: String) {
    self.range = range
    self.message = message
  }
}
