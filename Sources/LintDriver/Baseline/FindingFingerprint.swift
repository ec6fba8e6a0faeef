import Rules
import SourceModel

/// The baseline identity of a finding: the shared `Fingerprint` (rule, the finding's line with whitespace
/// folded, the enclosing member; no line number), so SARIF fingerprints and baselines agree.
enum FindingFingerprint {
  static func of(_ finding: Finding, in file: SourceFile?) -> String {
    Fingerprint.of(finding, in: file)
  }

  /// The fingerprints of one file's findings, in order; in chunks on `parallel` when it is given (a run
  /// of one large file).
  static func of(_ findings: [Finding], in file: SourceFile, parallel: ParallelJobs?) -> [String] {
    ParallelJobs.mapInChunks(findings.count, on: parallel) { i in Fingerprint.of(findings[i], in: file) }
  }
}
