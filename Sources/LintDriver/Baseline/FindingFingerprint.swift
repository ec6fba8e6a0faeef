import Rules
import SourceModel

/// The baseline identity of a finding: the shared `Fingerprint` (rule, the finding's line with whitespace
/// folded, the enclosing member; no line number), so SARIF fingerprints and baselines agree.
enum FindingFingerprint {
  static func of(_ finding: Finding, in file: SourceFile?) -> String {
    Fingerprint.of(finding, in: file)
  }
}
