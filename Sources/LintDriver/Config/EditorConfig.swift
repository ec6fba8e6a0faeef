import Foundation

/// `.editorconfig` support for C# projects: `dotnet_diagnostic.VT0001.severity = none|silent|suggestion|
/// warning|error|default` in sections whose glob matches the file. Files are read from the file's directory
/// up to the first `root = true`; closer files and later sections win, as in the EditorConfig spec.
final class EditorConfigResolver: @unchecked Sendable {
  private struct Section {
    var glob: String
    var severities: [String: RuleSeverity?]
    /// The glob's brace expansions, as bytes, computed once per `.editorconfig` rather than per file.
    var patterns: [CompiledPattern] = []
  }

  /// One brace-free alternative of a section glob, ready for `Wildmatch`.
  struct CompiledPattern {
    /// Contains `/`: matched against the path relative to the `.editorconfig` directory, not the file name.
    var anchored: Bool
    var bytes: [UInt8]
  }

  private struct ParsedFile {
    var directory: String
    var isRoot: Bool
    var sections: [Section]
  }

  private let lock = NSLock()
  private var cache: [String: ParsedFile?] = [:]
  /// The `.editorconfig` files in force for each directory seen, nearest last: files of one directory share
  /// it, so the walk up the tree and the lookups happen once per directory instead of once per file.
  private var chains: [String: [ParsedFile]] = [:]

  /// Severity overrides (`nil` value = `default`) for the file at `absolutePath`, by rule id.
  func severities(for absolutePath: String) -> [String: RuleSeverity?] {
    let chain = self.chain(EditorConfigResolver.parent(of: absolutePath))
    var result: [String: RuleSeverity?] = [:]
    for file in chain {
      let relative = String(absolutePath.dropFirst(file.directory == "/" ? 1 : file.directory.count + 1))
      for section in file.sections where EditorConfigResolver.matches(section.patterns, relative: relative) {
        for (id, severity) in section.severities { result[id] = severity }
      }
    }
    return result
  }

  /// The files that apply in `directory`, from the outermost (`root = true`, or the filesystem root) to the
  /// nearest; files without a section setting a severity are left out, as they cannot change any.
  private func chain(_ directory: String) -> [ParsedFile] {
    lock.lock()
    if let known = chains[directory] {
      lock.unlock()
      return known
    }
    lock.unlock()
    var chain: [ParsedFile] = []
    let file = parsed(directory)
    if file?.isRoot != true {
      let parent = EditorConfigResolver.parent(of: directory)
      if parent != directory && !parent.isEmpty { chain = self.chain(parent) }
    }
    if let file, !file.sections.isEmpty {
      chain.append(file)
    } else if file?.isRoot == true {
      chain = []
    }
    lock.lock()
    chains[directory] = chain
    lock.unlock()
    return chain
  }

  private func parsed(_ directory: String) -> ParsedFile? {
    lock.lock()
    if let hit = cache[directory] {
      lock.unlock()
      return hit
    }
    lock.unlock()
    let path = (directory == "/" ? "" : directory) + "/.editorconfig"
    var file: ParsedFile?
    if let data = FileManager.default.contents(atPath: path) {
      file = EditorConfigResolver.parse(String(decoding: data, as: UTF8.self), directory: directory)
    }
    lock.lock()
    cache[directory] = file
    lock.unlock()
    return file
  }

  private static func parse(_ text: String, directory: String) -> ParsedFile {
    var file = ParsedFile(directory: directory, isRoot: false, sections: [])
    for rawLine in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
      let line = rawLine.trimmingCharacters(in: .whitespaces)
      if line.isEmpty || line.hasPrefix("#") || line.hasPrefix(";") { continue }
      if line.hasPrefix("[") && line.hasSuffix("]") {
        file.sections.append(Section(glob: String(line.dropFirst().dropLast()), severities: [:]))
        continue
      }
      guard let eq = line.firstIndex(of: "=") else { continue }
      let key = line[..<eq].trimmingCharacters(in: .whitespaces).lowercased()
      var value = line[line.index(after: eq)...].trimmingCharacters(in: .whitespaces)
      // `error:warning`-style suffixes are not part of this key's grammar, but tolerate an inline comment.
      if let hash = value.firstIndex(where: { $0 == "#" || $0 == ";" }) {
        value = value[..<hash].trimmingCharacters(in: .whitespaces)
      }
      if file.sections.isEmpty {
        if key == "root" { file.isRoot = value.lowercased() == "true" }
        continue
      }
      let parts = key.split(separator: ".")
      guard parts.count == 3, parts[0] == "dotnet_diagnostic", parts[2] == "severity" else { continue }
      // Only vtlint's own ids are ever looked up; .NET projects set hundreds of others (CA…, IDE…).
      let id = parts[1].uppercased()
      guard id.hasPrefix("VT"), let severity = RuleSeverity.editorConfig(value) else { continue }
      file.sections[file.sections.count - 1].severities[id] = severity
    }
    // A section that sets no severity cannot change one: dropped, so most files match nothing at all.
    file.sections.removeAll { $0.severities.isEmpty }
    for i in file.sections.indices { file.sections[i].patterns = compile(file.sections[i].glob) }
    return file
  }

  /// The directory part of an absolute path: `/a/b` for `/a/b/c.cs`, `/` for `/c.cs` (as Foundation's
  /// `deletingLastPathComponent`, which costs more than the rest of a lookup).
  static func parent(of path: String) -> String {
    var utf8 = path.utf8[...]
    while utf8.count > 1 && utf8.last == UInt8(ascii: "/") { utf8 = utf8.dropLast() }
    guard let slash = utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
    if slash == utf8.startIndex { return "/" }
    return String(Substring(utf8[..<slash]))
  }

  /// The brace expansions of `glob`, each with its leading `/` dropped and whether it is anchored.
  static func compile(_ glob: String) -> [CompiledPattern] {
    expandBraces(glob, budget: 64).map { alternative in
      var pattern = alternative
      let anchored = pattern.contains("/")
      if pattern.hasPrefix("/") { pattern.removeFirst() }
      return CompiledPattern(anchored: anchored, bytes: Array(pattern.utf8))
    }
  }

  /// `matches(_:relative:)` for a glob compiled once: the same answers without re-expanding per file.
  static func matches(_ patterns: [CompiledPattern], relative: String) -> Bool {
    guard !patterns.isEmpty else { return false }
    let path = Array(relative.utf8)
    var nameStart = path.count
    while nameStart > 0 && path[nameStart - 1] != UInt8(ascii: "/") { nameStart -= 1 }
    var name: [UInt8]?
    for pattern in patterns {
      if pattern.anchored {
        if Wildmatch.matches(pattern.bytes, path) { return true }
      } else {
        if name == nil { name = Array(path[nameStart...]) }
        if Wildmatch.matches(pattern.bytes, name!) { return true }
      }
    }
    return false
  }

  /// EditorConfig globs: without `/` they match the file name at any depth; `{a,b}` alternatives and
  /// `{1..3}` are expanded; `**` crosses directories.
  static func matches(_ glob: String, relative: String) -> Bool {
    let alternatives = expandBraces(glob, budget: 64)
    for alternative in alternatives {
      var pattern = alternative
      let anchored = pattern.contains("/")
      if pattern.hasPrefix("/") { pattern.removeFirst() }
      let target = anchored ? relative : String(relative.split(separator: "/").last ?? "")
      if Wildmatch.matches(Array(pattern.utf8), Array(target.utf8)) { return true }
    }
    return false
  }

  /// Expands the first `{…}` group recursively, with a cap on how many alternatives are produced.
  static func expandBraces(_ glob: String, budget: Int) -> [String] {
    guard budget > 0, let open = glob.firstIndex(of: "{"),
      let close = glob[open...].firstIndex(of: "}")
    else { return [glob] }
    let head = String(glob[..<open])
    let tail = String(glob[glob.index(after: close)...])
    let body = String(glob[glob.index(after: open)..<close])
    var options: [String]
    let range = body.components(separatedBy: "..")
    if range.count == 2, let lo = Int(range[0]), let hi = Int(range[1]), lo <= hi, hi - lo < 64 {
      options = (lo...hi).map(String.init)
    } else {
      options = body.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }
    var out: [String] = []
    for option in options {
      for expanded in expandBraces(head + option + tail, budget: budget / max(1, options.count)) {
        out.append(expanded)
        if out.count >= budget { return out }
      }
    }
    return out
  }
}
