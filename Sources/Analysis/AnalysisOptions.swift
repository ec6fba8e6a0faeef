/// Knobs from configuration that change what the analyses know.
public struct AnalysisOptions: Sendable, Hashable {
  /// Extra member names (methods, properties, delegates) whose result is a one-shot value, for teams
  /// whose own APIs return ValueTask through wrappers vtlint cannot see.
  public var extraOneShotMembers: Set<String>
  /// Extra type names to treat like `ValueTask` (a custom awaitable that is one-shot).
  public var extraOneShotTypes: Set<String>
  /// Preprocessor symbols considered defined for C# `#if`.
  public var definedSymbols: Set<String>

  public init(
    extraOneShotMembers: Set<String> = [], extraOneShotTypes: Set<String> = [], definedSymbols: Set<String> = []
  ) {
    self.extraOneShotMembers = extraOneShotMembers
    self.extraOneShotTypes = extraOneShotTypes
    self.definedSymbols = definedSymbols
  }
}
