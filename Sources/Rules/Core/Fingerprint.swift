import SourceModel

/// A finding's stable identity for baselines and SARIF `partialFingerprints`: a hash of the rule id, the text
/// of the finding's first line with whitespace folded, and the enclosing member.
///
/// The line number is deliberately left out, so inserting or deleting lines above a finding keeps its
/// fingerprint, and re-indenting it does too. Two identical lines in the same member share a fingerprint;
/// the baseline counts them. The hash is 64-bit FNV-1a written as 16 lowercase hex digits: stable across
/// runs, processes and platforms (Swift's `Hasher` is seeded per process, so it cannot be used).
public enum Fingerprint {
  /// The fingerprint of `finding`, reading its line from `file`. Without the file (it should always be
  /// available to the driver) the message stands in for the line text.
  public static func of(_ finding: Finding, in file: SourceFile?) -> String {
    guard let file else {
      return make(
        ruleID: finding.ruleID, lineText: Array(finding.message.utf8), enclosingMember: finding.enclosingMember)
    }
    let range = lineRange(file, line: finding.start.line)
    return make(ruleID: finding.ruleID, lineText: file.bytes[range], enclosingMember: finding.enclosingMember)
  }

  /// The fingerprint of a rule id, a line's raw bytes (whitespace is folded here) and an enclosing member.
  public static func make(ruleID: String, lineText: [UInt8], enclosingMember: String?) -> String {
    make(ruleID: ruleID, lineText: lineText[...], enclosingMember: enclosingMember)
  }

  static func make(ruleID: String, lineText: ArraySlice<UInt8>, enclosingMember: String?) -> String {
    var hasher = versionPrefix
    hasher.add(ruleID)
    hasher.add(0)
    hasher.addFolded(lineText)
    hasher.add(0)
    hasher.add(enclosingMember ?? "")
    return hex(hasher.value)
  }

  /// The hash of the format's version tag and its separator, which every fingerprint starts with.
  private static let versionPrefix: FNV1a64 = {
    var hasher = FNV1a64()
    hasher.add("vtlint-fingerprint/1")
    hasher.add(0)
    return hasher
  }()

  /// A hash of several strings (each followed by a NUL, so `["ab", "c"]` and `["a", "bc"]` differ), in the
  /// same 16-hex-digit form. For derived identities such as GitLab's per-report fingerprints.
  public static func hash(_ parts: [String]) -> String {
    var hasher = FNV1a64()
    for part in parts {
      hasher.add(part)
      hasher.add(0)
    }
    return hex(hasher.value)
  }

  /// Runs of spaces, tabs, CR, LF, vertical tab and form feed become one space; leading and trailing ones go.
  public static func foldWhitespace(_ bytes: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    forEachFolded(bytes[...]) { out.append($0) }
    return out
  }

  /// Calls `body` with each byte of the folded form of `bytes`, without building it.
  @inline(__always)
  static func forEachFolded(_ bytes: ArraySlice<UInt8>, _ body: (UInt8) -> Void) {
    var started = false
    var pendingSpace = false
    for byte in bytes {
      if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
        pendingSpace = started
        continue
      }
      if pendingSpace {
        body(0x20)
        pendingSpace = false
      }
      started = true
      body(byte)
    }
  }

  /// The byte range of 1-based `line` of `file` (terminator included; folding drops it); empty when out of
  /// range.
  static func lineRange(_ file: SourceFile, line: Int) -> Range<Int> {
    let starts = file.lines.lineStarts
    guard line >= 1 && line <= starts.count else { return 0..<0 }
    let start = Int(starts[line - 1])
    let end = line < starts.count ? Int(starts[line]) : file.bytes.count
    guard start <= end && end <= file.bytes.count else { return 0..<0 }
    return start..<end
  }

  private static func hex(_ value: UInt64) -> String {
    String(unsafeUninitializedCapacity: 16) { out in
      var v = value
      for i in (0..<16).reversed() {
        let digit = UInt8(truncatingIfNeeded: v & 0xF)
        out[i] = digit < 10 ? 0x30 + digit : 0x61 + digit - 10
        v >>= 4
      }
      return 16
    }
  }
}

/// 64-bit FNV-1a: tiny, deterministic, and good enough to tell lines apart in one project.
private struct FNV1a64 {
  private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

  mutating func add(_ byte: UInt8) {
    value ^= UInt64(byte)
    value = value &* 0x0000_0100_0000_01b3
  }

  mutating func addFolded(_ bytes: ArraySlice<UInt8>) {
    var v = value
    Fingerprint.forEachFolded(bytes) { byte in
      v ^= UInt64(byte)
      v = v &* 0x0000_0100_0000_01b3
    }
    value = v
  }

  mutating func add(_ string: String) {
    // Through the contiguous UTF-8: iterating `string.utf8` a byte at a time was most of a fingerprint.
    var string = string
    string.withUTF8 { bytes in
      for byte in bytes { add(byte) }
    }
  }
}
