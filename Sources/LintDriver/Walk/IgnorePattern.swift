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
  /// What every matching path's name must end with: the glob's trailing run of plain literal bytes, cut at
  /// the last `/` (`**/foo` also matches `foo`), possibly empty. Both the name and the relative path end
  /// with the name, so one comparison rejects most patterns of a long `.gitignore` (`*.suo`, `*.[Cc]ache`,
  /// `[Bb]in/`) without running the matcher.
  var requiredSuffix: [UInt8]
  /// The glob is `*` followed by `requiredSuffix` only, and not anchored: it matches exactly the names
  /// ending with the suffix (`*` takes any run without `/`, and a name has none).
  var isStarThenSuffix: Bool
  /// A byte every matching text (the name, or the relative path when anchored) must start with, or `nil`.
  var requiredFirstByte: UInt8?

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
    // Only plain literals: `*`, `?`, `[…]` and `\` escapes can match other bytes (an unterminated `[` or a
    // trailing `\` makes the glob match nothing, so no filter is wrong for it).
    let special: Set<UInt8> = [
      UInt8(ascii: "*"), UInt8(ascii: "?"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "\\"),
    ]
    var tailStart = bytes.count
    while tailStart > 0 && !special.contains(bytes[tailStart - 1]) && bytes[tailStart - 1] != UInt8(ascii: "/") {
      tailStart -= 1
    }
    // A `\` right before the run escapes its first byte: still literal, so the run stands.
    requiredSuffix = Array(bytes[tailStart...])
    isStarThenSuffix = !anchored && tailStart == 1 && bytes[0] == UInt8(ascii: "*") && !requiredSuffix.isEmpty
    requiredFirstByte = special.contains(bytes[0]) ? nil : bytes[0]
  }

  /// Whether the pattern can possibly match: its literal first and last bytes against the text's. `text`
  /// and `name` are non-empty.
  @inline(__always)
  func mayMatch(text: UnsafeBufferPointer<UInt8>, name: UnsafeBufferPointer<UInt8>, isDirectory: Bool) -> Bool {
    if directoryOnly && !isDirectory { return false }
    if !requiredSuffix.isEmpty {
      let count = requiredSuffix.count
      guard name.count >= count, name[name.count - 1] == requiredSuffix[count - 1] else { return false }
      for k in 0..<count where name[name.count - count + k] != requiredSuffix[k] { return false }
    }
    if let first = requiredFirstByte, (anchored ? text[0] : name[0]) != first { return false }
    return true
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
  let base: String
  var patterns: [IgnorePattern]
  /// `base` followed by a slash, as bytes (`/` for the root).
  let basePrefix: [UInt8]

  init(base: String, text: String, origin: String) {
    self.base = base
    basePrefix = IgnoreFile.prefix(of: base)
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
    basePrefix = IgnoreFile.prefix(of: base)
    self.patterns = patterns
  }

  /// `true` ignored, `false` re-included by a `!` pattern, `nil` no opinion. The last matching line wins.
  func decision(absolutePath: String, isDirectory: Bool) -> Bool? {
    var path = absolutePath
    return path.withUTF8 { decision(path: $0, isDirectory: isDirectory) }
  }

  /// `decision(absolutePath:isDirectory:)` over the path's UTF-8 bytes. Runs once per walked entry and
  /// ignore file in force, so it allocates only for patterns whose first and last bytes fit.
  func decision(path: UnsafeBufferPointer<UInt8>, isDirectory: Bool) -> Bool? {
    let prefix = basePrefix
    guard path.count > prefix.count else { return nil }
    for (i, b) in prefix.enumerated() where path[i] != b { return nil }
    let relative = UnsafeBufferPointer(rebasing: path[prefix.count...])
    var nameStart = relative.count
    while nameStart > 0 && relative[nameStart - 1] != UInt8(ascii: "/") { nameStart -= 1 }
    if nameStart == relative.count {
      // A trailing slash leaves an empty name (the walker never asks this): every pattern, unfiltered.
      let all = Array(relative)
      for pattern in patterns.reversed() where pattern.matches(relative: all, name: [], isDirectory: isDirectory) {
        return !pattern.negated
      }
      return nil
    }
    let name = UnsafeBufferPointer(rebasing: relative[nameStart...])
    var relativeBytes: [UInt8]?
    for pattern in patterns.reversed()
    where pattern.mayMatch(text: relative, name: name, isDirectory: isDirectory) {
      // `*.suo`: the suffix was the whole question.
      if pattern.isStarThenSuffix { return !pattern.negated }
      if relativeBytes == nil { relativeBytes = Array(relative) }
      let full = relativeBytes!
      if pattern.matches(relative: full, name: Array(full[(full.count - name.count)...]), isDirectory: isDirectory) {
        return !pattern.negated
      }
    }
    return nil
  }

  /// `base` with a trailing slash, as bytes: what a path below it starts with.
  static func prefix(of base: String) -> [UInt8] { Array((base == "/" ? "/" : base + "/").utf8) }
}
