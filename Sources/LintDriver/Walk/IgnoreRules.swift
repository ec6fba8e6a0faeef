import Foundation

/// The ignore files in force for one directory during a walk, ordered by precedence: `.ignore` files beat
/// `.gitignore` files, deeper files beat shallower ones, and `.git/info/exclude` comes last. The first file
/// with an opinion decides (ripgrep's and git's order).
struct IgnoreRules: Sendable {
  /// `.ignore` files, deepest last.
  var dotIgnores: [IgnoreFile] = []
  /// `.gitignore` files, deepest last.
  var gitIgnores: [IgnoreFile] = []
  /// `.git/info/exclude` of the repository, if any.
  var infoExclude: IgnoreFile?

  func isIgnored(absolutePath: String, isDirectory: Bool) -> Bool {
    for file in dotIgnores.reversed() {
      if let d = file.decision(absolutePath: absolutePath, isDirectory: isDirectory) { return d }
    }
    for file in gitIgnores.reversed() {
      if let d = file.decision(absolutePath: absolutePath, isDirectory: isDirectory) { return d }
    }
    if let d = infoExclude?.decision(absolutePath: absolutePath, isDirectory: isDirectory) { return d }
    return false
  }

  /// Adds the ignore files found in `directory` (absolute).
  func entering(_ directory: String) -> IgnoreRules {
    entering(directory, hasGitIgnore: true, hasIgnore: true)
  }

  /// Adds the ignore files found in `directory` (absolute), looking only for those a directory listing
  /// showed (`false`: known to be absent, so no system call is spent on it).
  func entering(_ directory: String, hasGitIgnore: Bool, hasIgnore: Bool) -> IgnoreRules {
    guard hasGitIgnore || hasIgnore else { return self }
    var next = self
    if hasGitIgnore, let text = IgnoreRules.read(directory + "/.gitignore") {
      next.gitIgnores.append(IgnoreFile(base: directory, text: text, origin: directory + "/.gitignore"))
    }
    if hasIgnore, let text = IgnoreRules.read(directory + "/.ignore") {
      next.dotIgnores.append(IgnoreFile(base: directory, text: text, origin: directory + "/.ignore"))
    }
    return next
  }

  /// The rules in force at `root` (absolute): the ignore files of every directory from the repository's
  /// top level down to `root`'s parent, plus `.git/info/exclude`. Outside a repository, none.
  static func inherited(at root: String) -> IgnoreRules {
    var rules = IgnoreRules()
    guard let top = repositoryRoot(containing: root) else { return rules }
    if let text = read(top + "/.git/info/exclude") {
      rules.infoExclude = IgnoreFile(base: top, text: text, origin: top + "/.git/info/exclude")
    }
    var chain: [String] = []
    var dir = root
    while dir != top && dir.count > top.count {
      dir = (dir as NSString).deletingLastPathComponent
      chain.append(dir)
    }
    for d in chain.reversed() { rules = rules.entering(d) }
    return rules
  }

  /// The nearest ancestor (or `path` itself) holding a `.git` entry.
  static func repositoryRoot(containing path: String) -> String? {
    var dir = path
    while true {
      if FileManager.default.fileExists(atPath: dir + "/.git") { return dir }
      let parent = (dir as NSString).deletingLastPathComponent
      if parent == dir || parent.isEmpty { return nil }
      dir = parent
    }
  }

  private static func read(_ path: String) -> String? {
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    return String(decoding: data, as: UTF8.self)
  }
}
