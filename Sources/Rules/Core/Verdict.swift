/// The three verdicts of the rules document, worst last so `max()` picks the worst.
public enum Verdict: Int, Sendable, Hashable, Comparable, CaseIterable, Codable {
  case good = 0
  case warning = 1
  case bad = 2

  public static func < (lhs: Verdict, rhs: Verdict) -> Bool { lhs.rawValue < rhs.rawValue }

  /// The word printed in reports: `GOOD`, `WARNING`, `BAD`.
  public var word: String {
    switch self {
    case .good: return "GOOD"
    case .warning: return "WARNING"
    case .bad: return "BAD"
    }
  }

  public init?(word: String) {
    switch word.uppercased() {
    case "GOOD": self = .good
    case "WARNING": self = .warning
    case "BAD": self = .bad
    default: return nil
    }
  }

  /// Default severity for tools that speak error/warning/note (SARIF, editors, CI annotations).
  public var defaultSeverity: Severity {
    switch self {
    case .good: return .note
    case .warning: return .warning
    case .bad: return .error
    }
  }
}

/// Severity in the vocabulary of compilers and CI systems.
public enum Severity: String, Sendable, Hashable, Comparable, CaseIterable, Codable {
  case note
  case warning
  case error

  private var rank: Int {
    switch self {
    case .note: return 0
    case .warning: return 1
    case .error: return 2
    }
  }

  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
