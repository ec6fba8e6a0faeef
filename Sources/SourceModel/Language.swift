/// The source languages vtlint understands.
public enum Language: String, Sendable, Hashable, CaseIterable, Codable {
  case csharp
  case swift

  /// The language a path belongs to, by extension; `nil` for files vtlint does not lint.
  public init?(path: String) {
    if path.hasSuffix(".cs") {
      self = .csharp
    } else if path.hasSuffix(".swift") {
      self = .swift
    } else {
      return nil
    }
  }

  /// Human name used in messages and docs.
  public var displayName: String {
    switch self {
    case .csharp: return "C#"
    case .swift: return "Swift"
    }
  }
}
