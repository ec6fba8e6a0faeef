import Analysis
import Rules
import SourceModel

/// Which files keep their first-pass syntax for the second pass, so that they are not lexed and parsed
/// twice: the file of a run of one file. Pass 2 would build the same tree while the index is still held,
/// so keeping it costs no memory, and it saves a quarter of a large file's time. Such a file's first pass
/// takes no identifier digests either (`LanguageLinter.firstPass(for:options:digests:)`): over the kept
/// tree, the pre-check's hits decide as cheaply whether there is anything to analyze.
///
/// Runs of many files keep nothing: a held tree costs about 6x its file's size until pass 2, and a budget
/// of 8 MB of kept source (+60 MB resident) saved no measurable time on real trees, since pass 2 re-lexes
/// and re-parses only the files it lints, outside their bodies (measured, BENCHMARKS.md round 5).
struct SyntaxKeeping: Sendable {
  let oneFile: Bool

  /// Whether the first pass takes identifier digests (to skip pass 2 for files that cannot yield anything).
  var digests: Bool { !oneFile }

  /// Whether to hold this first pass's syntax until the file's second pass (else it is dropped now).
  func keeps(_ part: FirstPassResult) -> Bool {
    oneFile && part.syntax != nil
  }
}
