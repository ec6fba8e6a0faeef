import CSharpFrontend

/// Recognizes one-shot types from how they are written: `ValueTask`, `ValueTask<T>`, any qualification of
/// them, `ConfiguredValueTaskAwaitable[<T>]`, aliases of those, and configured custom awaitables.
public struct OneShotTypes: Sendable {
  /// The names vtlint always treats as one-shot.
  public static let builtinNames: Set<String> = ["ValueTask", "ConfiguredValueTaskAwaitable"]

  /// Built-in names, aliases and configured names together.
  public var names: Set<String>

  public init(names: Set<String>) {
    self.names = names
  }

  /// Is a value of this declared type one-shot?
  public func isOneShot(_ type: TypeSyntax?) -> Bool {
    guard let type else { return false }
    switch type.kind {
    case .named(_, let segments):
      guard let last = segments.last else { return false }
      return names.contains(last.name)
    case .nullable(let inner): return isOneShot(inner)
    case .ref(let inner, _): return isOneShot(inner)
    default: return false
    }
  }

  /// For a delegate type written as `Func<…, ValueTask<T>>`: does invoking it return a one-shot value?
  public func funcReturnsOneShot(_ type: TypeSyntax?) -> Bool {
    guard let type, case .named(_, let segments) = type.kind, let last = segments.last, last.name == "Func" else {
      return false
    }
    return isOneShot(last.typeArguments.last)
  }

  /// The aliases a list of `using` directives declares: one-shot ones and others.
  static func aliases(in usings: [UsingDirective], known: Set<String>) -> (oneShot: Set<String>, other: Set<String>) {
    var oneShot: Set<String> = []
    var other: Set<String> = []
    let recognizer = OneShotTypes(names: known)
    for using in usings {
      guard let alias = using.alias else { continue }
      if recognizer.isOneShot(using.target) { oneShot.insert(alias.text) } else { other.insert(alias.text) }
    }
    return (oneShot, other)
  }
}
