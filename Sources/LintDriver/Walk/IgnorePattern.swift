/// One line of a `.gitignore`-style file, parsed with git's rules: `#` comments, `\#`/`\!` escapes,
/// unescaped trailing spaces dropped, `!` negation, a trailing `/` for directories only, and anchoring when
/// a `/` appears at the start or in the middle.
struct IgnorePattern: Sendable {
  var glob: [UInt8]
  var negated: Bool
  var directoryOnly: Bool
  /// Anchored patterns match the path relative to the ignore file's directory; the others match the
  /// last path component at any depth.
  var anchored: Bool
  /// Where the pattern came from, for `--verbose` and error messages: `path:line`.
  var origin: String

  init?(line raw: Substring, origin: String) {
    var bytes = Array(raw.utf8)
    if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
    // Trailing spaces are dropped unless escaped with a backslash.
    while let last = bytes.last, last == UInt8(ascii: " ") {
      if bytes.count >= 2 && bytes[bytes.count - 2] == UInt8(ascii: "\\") {
        var backslashes = 0
        var k = bytes.count - 2
        while k >= 0 && bytes[k] == UInt8(ascii: "\\") {
          backslashes += 1
          k -= 1
        }
        if backslashes % 2 == 1 { break }
      }
      bytes.removeLast()
    }
    guard !bytes.isEmpty, bytes[0] != UInt8(ascii: "#") else { return nil }
    negated = false
    if bytes[0] == UInt8(ascii: "!") {
      negated = true
      bytes.removeFirst()
    }
    directoryOnly = false
    if bytes.last == UInt8(ascii: "/") {
      directoryOnly = true
      while bytes.last == UInt8(ascii: "/") { bytes.removeLast() }
    }
    guard !bytes.isEmpty else { return nil }
    anchored = bytes.contains(UInt8(ascii: "/"))
    if bytes.first == UInt8(ascii: "/") { bytes.removeFirst() }
    glob = bytes
    self.origin = origin
  }

  /// Does the pattern match `relative` (path below the pattern's base, `/`-separated)?
  func matches(relative: [UInt8], name: [UInt8], isDirectory: Bool) -> Bool {
    if directoryOnly && !isDirectory { return false }
    return Wildmatch.matches(glob, anchored ? relative : name)
  }
}

/// The patterns of one ignore file (or of the config's `exclude` list), with the directory they are
/// relative to.
struct IgnoreFile: Sendable {
  /// Absolute directory, no trailing slash (except `/`).
  var base: String
  var patterns: [IgnorePattern]

  init(base: String, text: String, origin: String) {
    self.base = base
    var patterns: [IgnorePattern] = []
    var lineNumber = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      if let p = IgnorePattern(line: line, origin: "\(origin):\(lineNumber)") { patterns.append(p) }
    }
    self.patterns = patterns
  }

  init(base: String, patterns: [IgnorePattern]) {
    self.base = base
    self.patterns = patterns
  }

  /// `true` ignored, `false` re-included by a `!` pattern, `nil` no opinion. The last matching line wins.
  func decision(absolutePath: String, isDirectory: Bool) -> Bool? {
    let prefix = base == "/" ? "/" : base + "/"
    guard absolutePath.hasPrefix(prefix) else { return nil }
    let relative = Array(absolutePath.utf8.dropFirst(prefix.utf8.count))
    guard !relative.isEmpty else { return nil }
    let name: [UInt8]
    if let slash = relative.lastIndex(of: UInt8(ascii: "/")) {
      name = Array(relative[(slash + 1)...])
    } else {
      name = relative
    }
    for pattern in patterns.reversed() where pattern.matches(relative: relative, name: name, isDirectory: isDirectory) {
      return !pattern.negated
    }
    return nil
  }
}
