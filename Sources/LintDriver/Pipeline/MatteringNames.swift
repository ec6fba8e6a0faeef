import Analysis
import Rules
import SourceModel

/// Completing a merged index for the second pass, in one place for every driver: the names each
/// language's analysis can act on, hashed once per run. The C# set goes into the index (its pre-check
/// probes it per identifier); all of them decide which files the second pass can skip.
enum MatteringNames {
  @discardableResult
  static func complete(_ index: inout ProjectIndex, options: AnalysisOptions) -> [Language: MatteringHashes] {
    var hashes: [Language: MatteringHashes] = [:]
    for language in Language.allCases {
      hashes[language] = MatteringHashes(Linters.linter(for: language), index: index, options: options)
    }
    index.namesThatMatter = hashes[.csharp]?.all
    index.namesMatteringAnywhere = hashes[.csharp]?.anywhere
    index.memberGates = hashes[.csharp]?.gates
    return hashes
  }
}
