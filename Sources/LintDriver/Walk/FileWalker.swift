import Foundation
import SourceModel

/// Finds the files to lint. Directories are walked in byte order of names (so runs are reproducible),
/// honouring ignore files with git's semantics, skipping hidden entries, build folders, symlinks (unless
/// followed, with loop detection by device and inode) and generated code. Paths named explicitly are
/// always linted unless `forceExclude` is set.
public struct FileWalker {
  /// A file chosen for linting.
  public struct Entry: Sendable, Hashable {
    /// Path as reported: relative to the working directory when the user gave a relative path.
    public var path: String
    public var explicit: Bool
    /// The directory listing said it is a regular file (`d_type`), so reading it needs no `lstat` first.
    public var listedAsRegular = false

    public init(path: String, explicit: Bool, listedAsRegular: Bool = false) {
      self.path = path
      self.explicit = explicit
      self.listedAsRegular = listedAsRegular
    }
  }

  /// Everything a walk found.
  public struct Result: Sendable {
    public var files: [Entry] = []
    /// Found but deliberately not linted: (path, reason).
    public var skipped: [(path: String, reason: String)] = []
    /// Problems that are not about one file (symlink loops): printed to stderr.
    public var notices: [String] = []
    /// Directories that could not be read: (path, OS error). They fail the run like unreadable files.
    public var failures: [(path: String, error: String)] = []
  }

  public enum WalkError: Error, CustomStringConvertible {
    case noSuchPath(String)

    public var description: String {
      switch self {
      case .noSuchPath(let p): return "\(p): no such file or directory"
      }
    }
  }

  /// Directories never worth walking: build products and vendored packages.
  static let defaultExcludedDirectories: Set<String> = [
    ".git", ".build", ".swiftpm", "DerivedData", "Pods", "bin", "obj", "node_modules", ".vtlint_cache",
  ]

  let options: WalkOptions
  let cwd: String
  let excludes: IgnoreFile?
  let includes: IgnoreFile?

  public init(options: WalkOptions, workingDirectory: String = FileManager.default.currentDirectoryPath) {
    self.options = options
    self.cwd = workingDirectory
    let base = options.configDirectory.isEmpty ? workingDirectory : options.configDirectory
    excludes =
      options.excludes.isEmpty
      ? nil
      : IgnoreFile(
        base: base, patterns: options.excludes.compactMap { IgnorePattern(line: $0[...], origin: "exclude") })
    includes =
      options.includes.isEmpty
      ? nil
      : IgnoreFile(
        base: base, patterns: options.includes.compactMap { IgnorePattern(line: $0[...], origin: "include") })
  }

  /// Compatibility: the files under `paths` with default options.
  public static func files(under paths: [String]) throws -> [String] {
    try FileWalker(options: WalkOptions()).walk(paths).files.map(\.path)
  }

  public func walk(_ paths: [String]) throws -> Result {
    var result = Result()
    var seen = Set<String>()
    for given in paths {
      // `./src` is reported as `src/…`, as the user would write it.
      var path = given
      while path.hasPrefix("./") && path.count > 2 { path = String(path.dropFirst(2).drop { $0 == "/" }) }
      if path == "./" { path = "." }
      var st = stat()
      let absolute = absolutePath(path)
      guard stat(absolute, &st) == 0 || lstat(absolute, &st) == 0 else { throw WalkError.noSuchPath(given) }
      if (st.st_mode & S_IFMT) == S_IFDIR {
        let rules = options.respectIgnoreFiles ? IgnoreRules.inherited(at: absolute) : IgnoreRules()
        var ancestors: Set<FileID> = [FileID(st)]
        walkDirectory(
          display: path, absolute: absolute, rules: rules, ancestors: &ancestors, seen: &seen, into: &result)
      } else {
        addExplicit(path: path, absolute: absolute, stat: st, seen: &seen, into: &result)
      }
    }
    return result
  }

  private func addExplicit(
    path: String, absolute: String, stat st: stat, seen: inout Set<String>, into result: inout Result
  ) {
    if options.forceExclude {
      if let reason = forcedExclusion(of: path) {
        result.skipped.append((path, reason))
        return
      }
      if let lang = Language(path: path), !options.languages.isEmpty, !options.languages.contains(lang) { return }
      // Under --force-exclude (pre-commit), files of other languages are not ours to lint.
      if Language(path: path) == nil { return }
    }
    guard seen.insert(absolute).inserted else { return }
    result.files.append(Entry(path: path, explicit: true))
  }

  /// Why `--force-exclude` leaves out a path named explicitly (or stdin's `--stdin-filename`), or `nil`.
  public func forcedExclusion(of path: String) -> String? {
    let absolute = absolutePath(path)
    if isExcludedByConfig(absolute, isDirectory: false) || isIgnoredByAncestors(absolute) { return "excluded" }
    if options.skipGenerated && GeneratedCode.isGenerated(path: path) { return "generated" }
    return nil
  }

  /// Whether any ignore file from the repository root down to the file's directory ignores it or one of
  /// its parent directories (what `--force-exclude` checks for explicit paths).
  private func isIgnoredByAncestors(_ absolute: String) -> Bool {
    guard options.respectIgnoreFiles, let top = IgnoreRules.repositoryRoot(containing: absolute) else { return false }
    var components: [String] = []
    var dir = absolute
    while dir.count > top.count {
      components.append(dir)
      dir = (dir as NSString).deletingLastPathComponent
    }
    var rules = IgnoreRules.inherited(at: top).entering(top)
    for (index, path) in components.reversed().enumerated() {
      let isLast = index == components.count - 1
      if rules.isIgnored(absolutePath: path, isDirectory: !isLast) { return true }
      if !isLast { rules = rules.entering(path) }
    }
    return false
  }

  private func isExcludedByConfig(_ absolute: String, isDirectory: Bool) -> Bool {
    guard let excludes else { return false }
    // An excluded directory excludes everything below it.
    var path = absolute
    var isDir = isDirectory
    while path.count > excludes.base.count {
      if excludes.decision(absolutePath: path, isDirectory: isDir) == true { return true }
      path = (path as NSString).deletingLastPathComponent
      isDir = true
    }
    return false
  }

  private func walkDirectory(
    display: String, absolute: String, rules inherited: IgnoreRules, ancestors: inout Set<FileID>,
    seen: inout Set<String>, into result: inout Result
  ) {
    let entries: [DirectoryEntry]
    switch FileWalker.listEntries(absolute) {
    case .failure(let error):
      result.failures.append((display, error.message))
      return
    case .success(let list): entries = list
    }
    // Ignore files are only looked for when the listing has them (most directories have none).
    let rules =
      options.respectIgnoreFiles
      ? inherited.entering(
        absolute, hasGitIgnore: entries.contains { $0.name == ".gitignore" },
        hasIgnore: entries.contains { $0.name == ".ignore" })
      : inherited
    // Byte order of names; each name's bytes are taken once, not at every comparison.
    let sorted = entries.map { (Array($0.name.utf8), $0) }.sorted { $0.0.lexicographicallyPrecedes($1.0) }
    for (_, entry) in sorted {
      let name = entry.name
      if !options.hidden && name.hasPrefix(".") { continue }
      if name == ".git" { continue }
      // A regular file vtlint does not lint needs no `lstat`: `readdir` already said what it is.
      if entry.type == DT_REG && Language(path: name) == nil { continue }
      let childDisplay = display == "." ? name : (display.hasSuffix("/") ? display + name : display + "/" + name)
      let childAbsolute = absolute == "/" ? "/" + name : absolute + "/" + name
      // A file the listing calls regular is one (a link is listed as a link): its `lstat` would say nothing
      // new, and the reader checks the descriptor it opens anyway. Others need theirs (a directory's
      // device and inode guard against loops).
      let listedAsRegular = entry.type == DT_REG
      var st = stat()
      if listedAsRegular {
        st.st_mode = S_IFREG
      } else {
        guard lstat(childAbsolute, &st) == 0 else { continue }
      }
      let isLink = (st.st_mode & S_IFMT) == S_IFLNK
      // Entries that look like sources but will not be read are listed as skipped, never dropped silently.
      let looksLikeSource = wantsLanguage(of: name)
      if isLink {
        guard options.followSymlinks else {
          if looksLikeSource && !rules.isIgnored(absolutePath: childAbsolute, isDirectory: false) {
            result.skipped.append((childDisplay, "symbolic link (not followed without --follow-symlinks)"))
          }
          continue
        }
        guard stat(childAbsolute, &st) == 0 else {
          let loop = errno == ELOOP
          if looksLikeSource && !rules.isIgnored(absolutePath: childAbsolute, isDirectory: false) {
            result.skipped.append((childDisplay, loop ? "symbolic link loop" : "dangling symbolic link"))
          }
          continue
        }
      }
      let kind = st.st_mode & S_IFMT
      if kind != S_IFDIR && kind != S_IFREG {
        if looksLikeSource && !rules.isIgnored(absolutePath: childAbsolute, isDirectory: false) {
          result.skipped.append((childDisplay, "not a regular file (\(FileWalker.kindName(kind)))"))
        }
        continue
      }
      if kind == S_IFDIR {
        if FileWalker.defaultExcludedDirectories.contains(name) { continue }
        if rules.isIgnored(absolutePath: childAbsolute, isDirectory: true) { continue }
        if isExcludedByConfig(childAbsolute, isDirectory: true) { continue }
        let id = FileID(st)
        if ancestors.contains(id) {
          result.notices.append("\(childDisplay): file system loop (a symlink points to an ancestor); not followed")
          continue
        }
        ancestors.insert(id)
        walkDirectory(
          display: childDisplay, absolute: childAbsolute, rules: rules, ancestors: &ancestors, seen: &seen,
          into: &result)
        ancestors.remove(id)
      } else if kind == S_IFREG {
        guard let language = Language(path: name) else { continue }
        if !options.languages.isEmpty && !options.languages.contains(language) { continue }
        if rules.isIgnored(absolutePath: childAbsolute, isDirectory: false) { continue }
        if isExcludedByConfig(childAbsolute, isDirectory: false) { continue }
        if let includes, includes.decision(absolutePath: childAbsolute, isDirectory: false) != true { continue }
        if options.skipGenerated && GeneratedCode.isGenerated(path: name) {
          result.skipped.append((childDisplay, "generated"))
          continue
        }
        // Following links, one file can be reached by several paths: lint it once, under the first.
        let key = options.followSymlinks ? (realPath(childAbsolute) ?? childAbsolute) : childAbsolute
        guard seen.insert(key).inserted else { continue }
        result.files.append(Entry(path: childDisplay, explicit: false, listedAsRegular: listedAsRegular))
      }
      // FIFOs, sockets and devices met during a walk are skipped silently: regular files only.
    }
  }

  private func wantsLanguage(of name: String) -> Bool {
    guard let language = Language(path: name) else { return false }
    return options.languages.isEmpty || options.languages.contains(language)
  }

  static func kindName(_ kind: mode_t) -> String {
    switch kind {
    case S_IFIFO: return "fifo"
    case S_IFSOCK: return "socket"
    case S_IFCHR: return "character device"
    case S_IFBLK: return "block device"
    default: return "special file"
    }
  }

  struct DirectoryError: Error {
    var message: String
  }

  /// One directory entry: its name and the type `readdir` reported (`DT_UNKNOWN` when the file system
  /// does not say).
  struct DirectoryEntry {
    var name: String
    var type: UInt8
  }

  /// Entry names of a directory (without `.` and `..`), or the OS error, e.g. `Permission denied`.
  static func listDirectory(_ path: String) -> Swift.Result<[String], DirectoryError> {
    listEntries(path).map { $0.map(\.name) }
  }

  /// Entries of a directory (without `.` and `..`) with their types, or the OS error.
  static func listEntries(_ path: String) -> Swift.Result<[DirectoryEntry], DirectoryError> {
    guard let dir = opendir(path) else {
      return .failure(DirectoryError(message: "open directory: \(String(cString: strerror(errno)))"))
    }
    defer { closedir(dir) }
    var entries: [DirectoryEntry] = []
    while let entry = readdir(dir) {
      let name = withUnsafePointer(to: &entry.pointee.d_name) {
        String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
      }
      if name != "." && name != ".." { entries.append(DirectoryEntry(name: name, type: entry.pointee.d_type)) }
    }
    return .success(entries)
  }

  func absolutePath(_ path: String) -> String {
    let joined = path.hasPrefix("/") ? path : (cwd == "/" ? "/" + path : cwd + "/" + path)
    return FileWalker.normalize(joined)
  }

  /// Removes `.` and `..` components and duplicate slashes, lexically.
  public static func normalize(_ path: String) -> String {
    var parts: [Substring] = []
    for part in path.split(separator: "/", omittingEmptySubsequences: true) {
      if part == "." { continue }
      if part == ".." {
        if !parts.isEmpty { parts.removeLast() }
        continue
      }
      parts.append(part)
    }
    return "/" + parts.joined(separator: "/")
  }

  private func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}

/// A file's identity on disk, for loop detection.
struct FileID: Hashable {
  var device: UInt64
  var inode: UInt64

  init(_ st: stat) {
    device = UInt64(st.st_dev)
    inode = UInt64(st.st_ino)
  }
}
