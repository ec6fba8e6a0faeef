import Rules
import SourceModel

/// The baseline identity of a finding: rule, the finding's line with whitespace folded, and the
/// enclosing member; no line number. Delegates to the shared `Fingerprint` when available so SARIF and
/// baselines agree.
enum FindingFingerprint {
  static func of(_ finding: Finding, in file: SourceFile?) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    func add(_ bytes: some Sequence<UInt8>) {
      for b in bytes {
        hash ^= UInt64(b)
        hash = hash &* 0x100_0000_01b3
      }
      hash ^= 0
      hash = hash &* 0x100_0000_01b3
    }
    add(finding.ruleID.utf8)
    let line = file?.lineText(finding.start.line) ?? finding.message
    add(line.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ").utf8)
    add((finding.enclosingMember ?? "").utf8)
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}
