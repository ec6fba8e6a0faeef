import Rules

/// Decides each finding's effective severity for its file, highest precedence first: `per_file_ignores`,
/// `.vtlint.yml` `severity`, `.editorconfig` (C# files), the verdict's default.
struct SeverityPolicy: Sendable {
  let config: Configuration
  let editorConfig: EditorConfigResolver?
  let perFileIgnores: [(file: IgnoreFile, ruleIDs: Set<String>)]

  init(config: Configuration) {
    self.config = config
    editorConfig = config.editorconfig ? EditorConfigResolver() : nil
    perFileIgnores = config.perFileIgnores.compactMap { entry in
      guard let pattern = IgnorePattern(line: entry.glob[...], origin: "per_file_ignores") else { return nil }
      return (IgnoreFile(base: config.directory, patterns: [pattern]), entry.ruleIDs)
    }
  }

  /// A per-file view: `severity(ruleID, default)` returns `nil` when the rule is off for this file.
  func forFile(absolutePath: String, isCSharp: Bool) -> FileSeverities {
    var ignored = Set<String>()
    for (file, ids) in perFileIgnores where file.decision(absolutePath: absolutePath, isDirectory: false) == true {
      ignored.formUnion(ids)
    }
    let editor = isCSharp ? (editorConfig?.severities(for: absolutePath) ?? [:]) : [:]
    return FileSeverities(ignored: ignored, configured: config.severities, editor: editor)
  }
}

/// Severities in force for one file.
struct FileSeverities: Sendable {
  let ignored: Set<String>
  let configured: [String: RuleSeverity]
  let editor: [String: RuleSeverity?]

  func severity(_ ruleID: String, default fallback: Severity) -> Severity? {
    if ignored.contains(ruleID) { return nil }
    if let configured = configured[ruleID] { return configured.severity }
    if let fromEditor = editor[ruleID], let explicit = fromEditor { return explicit.severity }
    return fallback
  }

  func isActive(_ ruleID: String) -> Bool {
    severity(ruleID, default: .warning) != nil
  }
}
