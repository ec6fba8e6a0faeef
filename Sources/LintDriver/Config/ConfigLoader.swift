import Foundation
import Rules
import Yams

/// Finds and reads `.vtlint.yml`. Unknown keys and bad values are errors (exit 2) that name the key's
/// line and column and suggest the closest valid word, because a silently ignored typo in a gate's
/// configuration is worse than a failed run.
public enum ConfigLoader {
  public static let fileNames = [".vtlint.yml", ".vtlint.yaml"]

  /// The nearest config file walking up from `directory`, if any.
  public static func discover(from directory: String) -> String? {
    var dir = FileWalker.normalize(directory)
    while true {
      for name in fileNames {
        let candidate = (dir == "/" ? "" : dir) + "/" + name
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDir), !isDir.boolValue {
          return candidate
        }
      }
      if dir == "/" { return nil }
      dir = (dir as NSString).deletingLastPathComponent
    }
  }

  /// Reads `path` (absolute or relative to `cwd`).
  public static func load(path: String, cwd: String) throws -> Configuration {
    let absolute = FileWalker.normalize(path.hasPrefix("/") ? path : cwd + "/" + path)
    guard let data = FileManager.default.contents(atPath: absolute) else {
      throw ConfigError(path: path, line: 1, column: 1, message: "cannot read configuration file")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw ConfigError(path: path, line: 1, column: 1, message: "configuration file is not UTF-8")
    }
    var config = Configuration(directory: (absolute as NSString).deletingLastPathComponent)
    config.path = absolute
    try ConfigReader(path: path, config: config).read(text).map { config = $0 }
    return config
  }
}

/// Reads the YAML tree into a `Configuration`, checking every key and value.
struct ConfigReader {
  let path: String
  var config: Configuration

  static let topLevelKeys = [
    "version", "include", "exclude", "severity", "per_file_ignores", "one_shot_members", "one_shot_types",
    "preprocessor_symbols", "fail_on", "max_warnings", "baseline", "generated_code", "max_file_size", "languages",
    "hidden", "follow_symlinks", "respect_gitignore", "editorconfig", "suppressions",
  ]
  static let suppressionKeys = ["honor_pragma", "honor_bare_pragma", "honor_suppress_message", "honor_ca2012"]

  func error(_ node: Node?, _ message: String) -> ConfigError {
    ConfigError(path: path, line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1, message: message)
  }

  func read(_ text: String) throws -> Configuration? {
    let root: Node?
    do {
      root = try Yams.compose(yaml: text)
    } catch let yamlError as YamlError {
      throw ConfigError(path: path, line: 1, column: 1, message: "invalid YAML: \(yamlError)")
    }
    guard let root else { return config }  // an empty file is the defaults
    guard case .mapping(let mapping) = root else { throw error(root, "the configuration must be a mapping of keys") }
    var c = config
    for (keyNode, value) in mapping {
      guard let key = keyNode.string else { throw error(keyNode, "keys must be strings") }
      switch key {
      case "version":
        guard value.int == 1 else {
          throw error(value, "unsupported version '\(value.string ?? "")'; this vtlint reads version 1")
        }
      case "include": c.include = try strings(value, key)
      case "exclude": c.exclude = try strings(value, key)
      case "severity": c.severities = try severities(value)
      case "per_file_ignores": c.perFileIgnores = try perFileIgnores(value)
      case "one_shot_members": c.oneShotMembers = try strings(value, key)
      case "one_shot_types": c.oneShotTypes = try strings(value, key)
      case "preprocessor_symbols": c.preprocessorSymbols = try strings(value, key)
      case "fail_on": c.failOn = try word(value, key, FailThreshold.self)
      case "max_warnings":
        guard let n = value.int, n >= -1 else {
          throw error(value, "max_warnings must be an integer (-1 for no limit)")
        }
        c.maxWarnings = n < 0 ? nil : n
      case "baseline": c.baseline = try string(value, key)
      case "generated_code":
        let word = try string(value, key)
        guard word == "skip" || word == "lint" else {
          throw error(
            value,
            "generated_code must be 'skip' or 'lint'" + ConfigError.suggestion(for: word, among: ["skip", "lint"]))
        }
        c.skipGenerated = word == "skip"
      case "max_file_size": c.maxFileSize = try size(value)
      case "languages":
        c.languages = try strings(value, key)
        for (i, lang) in c.languages.enumerated() where lang != "csharp" && lang != "swift" {
          let node: Node? = value.sequence.map { Array($0)[i] }
          throw error(
            node, "unknown language '\(lang)'" + ConfigError.suggestion(for: lang, among: ["csharp", "swift"]))
        }
      case "hidden": c.hidden = try bool(value, key)
      case "follow_symlinks": c.followSymlinks = try bool(value, key)
      case "respect_gitignore": c.respectGitignore = try bool(value, key)
      case "editorconfig": c.editorconfig = try bool(value, key)
      case "suppressions":
        guard case .mapping(let sub) = value else { throw error(value, "suppressions must be a mapping") }
        for (subKey, subValue) in sub {
          let name = subKey.string ?? ""
          switch name {
          case "honor_pragma": c.honorPragma = try bool(subValue, name)
          case "honor_bare_pragma": c.honorBarePragma = try bool(subValue, name)
          case "honor_suppress_message": c.honorSuppressMessage = try bool(subValue, name)
          case "honor_ca2012": c.honorCA2012 = try bool(subValue, name)
          default:
            throw error(
              subKey,
              "unknown key 'suppressions.\(name)'" + ConfigError.suggestion(for: name, among: Self.suppressionKeys))
          }
        }
      default:
        throw error(keyNode, "unknown key '\(key)'" + ConfigError.suggestion(for: key, among: Self.topLevelKeys))
      }
    }
    return c
  }

  private func string(_ node: Node, _ key: String) throws -> String {
    guard case .scalar(let s) = node else { throw error(node, "\(key) must be a single value") }
    return s.string
  }

  private func strings(_ node: Node, _ key: String) throws -> [String] {
    switch node {
    case .scalar(let s): return [s.string]
    case .sequence(let seq):
      return try seq.map { item in
        guard case .scalar(let s) = item else { throw error(item, "\(key) must be a list of strings") }
        return s.string
      }
    default: throw error(node, "\(key) must be a list of strings")
    }
  }

  private func bool(_ node: Node, _ key: String) throws -> Bool {
    guard let b = node.bool else { throw error(node, "\(key) must be true or false") }
    return b
  }

  private func word<T: RawRepresentable & CaseIterable>(_ node: Node, _ key: String, _ type: T.Type) throws -> T
  where T.RawValue == String {
    let text = try string(node, key)
    guard let value = T(rawValue: text.lowercased()) else {
      let all = T.allCases.map(\.rawValue)
      throw error(
        node, "\(key) must be one of \(all.joined(separator: ", "))" + ConfigError.suggestion(for: text, among: all))
    }
    return value
  }

  private func ruleID(_ node: Node) throws -> String {
    let key = node.string ?? ""
    guard let rule = RuleRegistry.rule(named: key) else {
      let candidates = RuleRegistry.all.flatMap { [$0.id, $0.name] }
      throw error(node, "unknown rule '\(key)'" + ConfigError.suggestion(for: key, among: candidates))
    }
    return rule.id
  }

  private func severities(_ node: Node) throws -> [String: RuleSeverity] {
    guard case .mapping(let mapping) = node else {
      throw error(node, "severity must map rule ids to off|note|warning|error")
    }
    var result: [String: RuleSeverity] = [:]
    for (key, value) in mapping {
      result[try ruleID(key)] = try word(value, "severity of \(key.string ?? "")", RuleSeverity.self)
    }
    return result
  }

  private func perFileIgnores(_ node: Node) throws -> [(glob: String, ruleIDs: Set<String>)] {
    guard case .mapping(let mapping) = node else { throw error(node, "per_file_ignores must map globs to rule lists") }
    var result: [(glob: String, ruleIDs: Set<String>)] = []
    for (key, value) in mapping {
      guard let glob = key.string else { throw error(key, "per_file_ignores keys must be globs") }
      var ids = Set<String>()
      let items: [Node]
      switch value {
      case .sequence(let seq): items = Array(seq)
      case .scalar: items = [value]
      default: throw error(value, "per_file_ignores values must be lists of rule ids")
      }
      for item in items { ids.insert(try ruleID(item)) }
      result.append((glob, ids))
    }
    return result
  }

  /// `10485760`, `10MiB`, `512KiB`, `1MB`, `0` (no limit).
  private func size(_ node: Node) throws -> Int? {
    if let n = node.int { return n <= 0 ? nil : n }
    let text = (node.string ?? "").trimmingCharacters(in: .whitespaces)
    let units: [(String, Int)] = [
      ("KiB", 1024), ("MiB", 1 << 20), ("GiB", 1 << 30), ("KB", 1000), ("MB", 1_000_000), ("GB", 1_000_000_000),
      ("B", 1),
    ]
    for (suffix, factor) in units where text.hasSuffix(suffix) {
      if let n = Int(text.dropLast(suffix.count).trimmingCharacters(in: .whitespaces)) {
        return n <= 0 ? nil : n * factor
      }
    }
    throw error(node, "max_file_size must be a byte count such as 10MiB or 0 for no limit")
  }
}
