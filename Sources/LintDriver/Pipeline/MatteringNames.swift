import Analysis
import Rules
import SourceModel

/// Completing a merged index for the second pass, in one place for every driver: the names each
/// language's analysis can act on, hashed once per run. The C# set goes into the index (its pre-check
/// probes it per identifier); all of them decide which files the second pass can skip.
enum MatteringNames {
  @discardableResult
  static func complete(_ index: inout ProjectIndex, options: AnalysisOptions) -> [Language: IdentifierHashSet] {
    var hashes: [Language: IdentifierHashSet] = [:]
    for language in Language.allCases {
      if let names = Linters.linter(for: language).namesThatMatter(index: index, options: options) {
        hashes[language] = IdentifierDigest.hashes(of: names)
      }
    }
    index.namesThatMatter = hashes[.csharp]
    index.namesMatteringAnywhere = IdentifierDigest.hashes(
      of: OneShotPrecheck.namesMatteringAnywhere(index: index, options: options))
    return hashes
  }
}
