import Foundation
import Rules

/// Known findings a team has accepted for now (`.vtlint-baseline.json`). Entries are matched on (path,
/// rule, fingerprint) with a count, never on line numbers, so lines inserted above a finding keep it
/// matched and identical lines are counted.
public struct Baseline: Sendable, Equatable {
  public static let schema = "vtlint-baseline/1"
  public static let defaultFileName = ".vtlint-baseline.json"

  public struct Entry: Sendable, Hashable, Codable, Comparable {
    /// Relative to the baseline file's directory, `/`-separated.
    public var path: String
    public var rule: String
    public var fingerprint: String
    public var count: Int

    public static func < (a: Entry, b: Entry) -> Bool {
      (a.path, a.rule, a.fingerprint) < (b.path, b.rule, b.fingerprint)
    }
  }

  public var entries: [Entry]
  /// Directory the entry paths are relative to (absolute).
  public var directory: String

  public init(entries: [Entry], directory: String) {
    self.entries = entries.sorted()
    self.directory = directory
  }

  public enum LoadError: Error, CustomStringConvertible {
    case unreadable(String)
    case malformed(String, String)

    public var description: String {
      switch self {
      case .unreadable(let p): return "\(p): cannot read baseline file"
      case .malformed(let p, let why): return "\(p): not a vtlint baseline (\(why))"
      }
    }
  }

  private struct FileShape: Codable {
    var schema: String
    var entries: [Entry]
  }

  public static func load(path: String, cwd: String) throws -> Baseline {
    let absolute = FileWalker.normalize(path.hasPrefix("/") ? path : cwd + "/" + path)
    guard let data = FileManager.default.contents(atPath: absolute) else { throw LoadError.unreadable(path) }
    let shape: FileShape
    do {
      shape = try JSONDecoder().decode(FileShape.self, from: data)
    } catch {
      throw LoadError.malformed(path, "\(error)")
    }
    guard shape.schema == schema else {
      throw LoadError.malformed(path, "schema '\(shape.schema)', expected '\(schema)'")
    }
    return Baseline(entries: shape.entries, directory: (absolute as NSString).deletingLastPathComponent)
  }

  /// The file's text: sorted entries, one per line, so merges and reviews are easy.
  public func rendered() -> String {
    var out = "{\n  \"schema\": \"\(Baseline.schema)\",\n  \"entries\": ["
    for (i, e) in entries.enumerated() {
      out += i == 0 ? "\n" : ",\n"
      out +=
        "    {\"path\": \(jsonString(e.path)), \"rule\": \(jsonString(e.rule)), \"fingerprint\": \(jsonString(e.fingerprint)), \"count\": \(e.count)}"
    }
    out += entries.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
    return out
  }

  private func jsonString(_ s: String) -> String {
    let data = (try? JSONEncoder().encode(s)) ?? Data("\"\"".utf8)
    return String(decoding: data, as: UTF8.self)
  }

  /// The path of a finding as stored in the baseline.
  func key(for findingPath: String, cwd: String) -> String {
    let absolute = FileWalker.normalize(findingPath.hasPrefix("/") ? findingPath : cwd + "/" + findingPath)
    let prefix = directory == "/" ? "/" : directory + "/"
    return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : absolute
  }

  /// A baseline holding `findings` (those at warning or error severity).
  public static func make(from findings: [(Finding, String)], directory: String, cwd: String) -> Baseline {
    var counts: [Entry: Int] = [:]
    let empty = Baseline(entries: [], directory: directory)
    for (finding, fingerprint) in findings where finding.severity >= .warning {
      let entry = Entry(
        path: empty.key(for: finding.path, cwd: cwd), rule: finding.ruleID, fingerprint: fingerprint, count: 0)
      counts[entry, default: 0] += 1
    }
    return Baseline(
      entries: counts.map {
        Entry(path: $0.key.path, rule: $0.key.rule, fingerprint: $0.key.fingerprint, count: $0.value)
      },
      directory: directory)
  }

  public struct FilterOutcome: Sendable {
    /// Indices (into the input) of findings not covered by the baseline.
    public var keptIndices: [Int]
    public var baselinedCount: Int
    /// Entries for files linted in this run that matched fewer findings than their count.
    public var stale: [Entry]
  }

  /// Matches findings (in report order) against the entries. Only entries whose file was linted in this
  /// run can be stale, so a run over a few files (pre-commit) never calls the others stale.
  public func filter(_ findings: [(Finding, String)], lintedPaths: Set<String>, cwd: String) -> FilterOutcome {
    var remaining: [Entry: Int] = [:]
    for e in entries {
      remaining[Entry(path: e.path, rule: e.rule, fingerprint: e.fingerprint, count: 0), default: 0] += e.count
    }
    var kept: [Int] = []
    var baselined = 0
    for (i, (finding, fingerprint)) in findings.enumerated() {
      let key = Entry(path: key(for: finding.path, cwd: cwd), rule: finding.ruleID, fingerprint: fingerprint, count: 0)
      if finding.verdict != .good, let n = remaining[key], n > 0 {
        remaining[key] = n - 1
        baselined += 1
      } else {
        kept.append(i)
      }
    }
    let linted = Set(lintedPaths.map { key(for: $0, cwd: cwd) })
    let stale = remaining.filter { $0.value > 0 && linted.contains($0.key.path) }
      .map { Entry(path: $0.key.path, rule: $0.key.rule, fingerprint: $0.key.fingerprint, count: $0.value) }.sorted()
    return FilterOutcome(keptIndices: kept, baselinedCount: baselined, stale: stale)
  }

  /// `--prune`: lowers counts to what still matches and drops entries that match nothing. Never adds.
  public func pruned(matching findings: [(Finding, String)], lintedPaths: Set<String>, cwd: String) -> Baseline {
    let outcome = filter(findings, lintedPaths: lintedPaths, cwd: cwd)
    var staleCounts: [Entry: Int] = [:]
    for s in outcome.stale {
      staleCounts[Entry(path: s.path, rule: s.rule, fingerprint: s.fingerprint, count: 0)] = s.count
    }
    var next: [Entry] = []
    for e in entries {
      let k = Entry(path: e.path, rule: e.rule, fingerprint: e.fingerprint, count: 0)
      let left = e.count - (staleCounts[k] ?? 0)
      if left > 0 { next.append(Entry(path: e.path, rule: e.rule, fingerprint: e.fingerprint, count: left)) }
      staleCounts[k] = nil
    }
    return Baseline(entries: next, directory: directory)
  }
}
