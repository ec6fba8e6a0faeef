import Analysis
import Rules
import SourceModel

/// Which files keep their first-pass syntax for the second pass, so that they are not lexed and parsed
/// twice: in a run of one file that will certainly be linted (it names something that matters whatever
/// the project declares, or must be linted anyway). Pass 2 would build the same tree while the index is
/// still held, so keeping it costs no memory, and it saves a quarter of a large file's time.
///
/// Runs of many files keep nothing: a held tree costs about 6x its file's size until pass 2, and a budget
/// of 8 MB of kept source (+60 MB resident) saved no measurable time on real trees, since pass 2 re-lexes
/// and re-parses only the files it lints, outside their bodies (measured, BENCHMARKS.md round 5).
struct SyntaxKeeping: Sendable {
  private let onlyFile: Bool
  /// Per language, the names that matter with an empty index (built-in types and members, configuration).
  private let certain: [Language: MatteringHashes]

  init(oneFile: Bool, options: AnalysisOptions) {
    onlyFile = oneFile
    var certain: [Language: MatteringHashes] = [:]
    if onlyFile {
      for language in Language.allCases {
        certain[language] = MatteringHashes(Linters.linter(for: language), index: ProjectIndex(), options: options)
      }
    }
    self.certain = certain
  }

  /// Whether to hold this first pass's syntax until the file's second pass (else it is dropped now).
  func keeps(_ part: FirstPassResult, language: Language) -> Bool {
    onlyFile && part.syntax != nil && part.needsSecondPass(mattering: certain[language])
  }
}
