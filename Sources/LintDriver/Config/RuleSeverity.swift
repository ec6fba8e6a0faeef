import Rules

/// A configured severity for a rule: `off` drops its findings, the others replace the verdict's default.
public enum RuleSeverity: String, Sendable, CaseIterable {
  case off
  case note
  case warning
  case error

  /// `nil` for `off`.
  public var severity: Severity? {
    switch self {
    case .off: return nil
    case .note: return .note
    case .warning: return .warning
    case .error: return .error
    }
  }

  /// `.editorconfig` words: `none`/`silent` are off, `suggestion` is a note, `default` keeps the rule's own.
  /// Returns `.some(nil)` for `default`, `nil` for a word that is not a severity.
  static func editorConfig(_ word: String) -> RuleSeverity?? {
    switch word.lowercased() {
    case "none", "silent": return .some(.off)
    case "suggestion": return .some(.note)
    case "warning": return .some(.warning)
    case "error": return .some(.error)
    case "default": return .some(nil)
    default: return nil
    }
  }
}
