import Analysis
import Foundation
import Rules
import SourceModel

/// The first pass where its parse can wait (the CLI driver, `LintRun`):
/// 1. A file spelling a one-shot type's name (`FirstPassGlancer.mayDeclareOneShotMembers`) takes the whole
///    first pass as it is read: only such files can declare a member returning a one-shot value.
/// 2. Every other file is lexed and glanced at (`FirstPassGlance`); a file writing a name that matters (or
///    a suppression) is parsed at once, over the same tokens, and the others keep only their glance. While
///    the sources read so far fit in `holdLimit`, a file waits, held, for the index of step 1, and is glanced
///    at knowing the names it makes matter. Past that, it is glanced at as it is read, knowing the names
///    that matter whatever the project holds, and its source is let go: reading it again for a later
///    glance read most files of a large tree twice, and only the few that step 3 finds due are read again.
/// 3. Once the index is merged, a glanced file writing a name it makes matter (a project's `LoadAsync`, a
///    `global using` alias) is read again and takes its first pass, until none is due (`due`).
/// What is never parsed adds nothing the analysis reads (`GlanceEquivalenceTests` hold the runs equal):
/// its members' names are none the analysis resolves, and the types it declares are looked up on demand
/// (`GlancedTypes`). Its declaration-level syntax errors go unreported, as VT9003's limits say.
public enum DeferredFirstPasses {
  /// Sources held in memory for a glance after step 1, in all. A file waiting this way is lexed once even
  /// if its names matter; one glanced at before the index is known is lexed again if they do. Bounded, so
  /// memory stays flat however large the tree (a file held is let go once glanced at).
  public static let holdLimit = 48 << 20

  /// The glancer of each language that has one, knowing the names that matter whatever the project holds
  /// and, with an `index`, those it makes matter.
  static func glancers(options: AnalysisOptions, index: ProjectIndex? = nil) -> [Language: FirstPassGlancer] {
    var result: [Language: FirstPassGlancer] = [:]
    for language in Language.allCases {
      let linter = Linters.linter(for: language)
      let mattering = index.flatMap { linter.namesThatMatter(index: $0, options: options) } ?? []
      result[language] = linter.glancer(options: options, mattering: mattering)
    }
    return result
  }

  /// The glanced files (`FirstPassResult.glance`) that must take their first pass, given the names the
  /// index so far makes matter (`MatteringNames.complete`).
  static func due(_ parts: [FirstPassResult?], languages: [Language?], mattering: [Language: MatteringHashes])
    -> [Int]
  {
    parts.indices.filter { i in
      guard let part = parts[i], part.glance != nil, let language = languages[i] else { return false }
      return part.needsSecondPass(mattering: mattering[language])
    }
  }
}

/// The types declared by glanced files, found on demand (`LateTypeDeclarations`): a name is looked up only
/// in the files whose glance saw it after a type keyword, each parsed at most once, under a lock. The
/// analysis asks only for a receiver's type when the called member's name is declared in the project,
/// which is rare, and the answer does not depend on which thread asks first.
final class GlancedTypes: LateTypeDeclarations, @unchecked Sendable {
  private let candidates: [UInt64: [Int]]
  private let declaredTypes: @Sendable (Int) -> TypeDeclarations
  private let lock = NSLock()
  private var byFile: [Int: TypeDeclarations] = [:]
  private var answers: [String: Bool] = [:]

  /// `nil` when no glanced file can declare a type. `declaredTypes`: the types file `i`'s first pass
  /// would index (`IndexPart.declaredTypes`, `IndexPart.baseTypes`).
  init?(_ parts: [FirstPassResult?], declaredTypes: @escaping @Sendable (Int) -> TypeDeclarations) {
    var candidates: [UInt64: [Int]] = [:]
    for i in parts.indices {
      guard let glance = parts[i]?.glance else { continue }
      for name in Set(glance.typeNames) { candidates[name, default: []].append(i) }
    }
    guard !candidates.isEmpty else { return nil }
    self.candidates = candidates
    self.declaredTypes = declaredTypes
  }

  func declares(_ name: String) -> Bool {
    guard let files = candidates[IdentifierDigest.hash(name)] else { return false }
    lock.lock()
    defer { lock.unlock() }
    if let known = answers[name] { return known }
    var found = false
    for file in files where declarations(of: file).names.contains(name) {
      found = true
      break
    }
    answers[name] = found
    return found
  }

  func bases(of name: String) -> [String] {
    guard let files = candidates[IdentifierDigest.hash(name)] else { return [] }
    lock.lock()
    defer { lock.unlock() }
    return files.flatMap { declarations(of: $0).bases[name] ?? [] }
  }

  /// File `file`'s declarations, parsed once (under the lock).
  private func declarations(of file: Int) -> TypeDeclarations {
    if let known = byFile[file] { return known }
    let types = declaredTypes(file)
    byFile[file] = types
    return types
  }
}
