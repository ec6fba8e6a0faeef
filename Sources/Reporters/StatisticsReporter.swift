import Rules
import SourceModel

/// `--statistics`: how many findings each rule produced, most first, as ruff prints it:
/// ```
///   3  VT0001  consumed-twice
///   1  VT0002  consumed-maybe-twice
/// ```
/// Counts are right-aligned, codes and names left-aligned in columns. Empty when there are no findings.
public enum StatisticsReporter {
  public static func render(_ run: RunResult) -> String {
    var counts: [String: (name: String, count: Int)] = [:]
    for f in run.findings {
      counts[f.ruleID, default: (f.ruleName, 0)].count += 1
    }
    let rows = counts.map { (id: $0.key, name: $0.value.name, count: $0.value.count) }
      .sorted { $0.count != $1.count ? $0.count > $1.count : $0.id < $1.id }
    let countWidth = rows.map { String($0.count).count }.max() ?? 0
    let idWidth = rows.map(\.id.count).max() ?? 0
    var out = ""
    for row in rows {
      let count = String(row.count)
      out += String(repeating: " ", count: countWidth - count.count) + count + "  "
      out += row.id + String(repeating: " ", count: idWidth - row.id.count) + "  " + row.name + "\n"
    }
    return out
  }
}
