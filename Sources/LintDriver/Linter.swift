import Analysis
import Foundation
import Reporters
import Rules
import SourceModel

/// The whole pipeline: walk → read → index (pass 1) → lint (pass 2) → findings in report order.
public enum Linter {
  /// Lints files already in memory as one project (tests, stdin, fixtures).
  public static func lint(_ files: [SourceFile], options: AnalysisOptions = AnalysisOptions()) -> [FileOutcome] {
    // Everything is in memory already, so each file's first-pass syntax is kept for its second pass (the
    // CLI driver does so for one-file runs; `SyntaxReuseTests` holds the two paths equal).
    let (index, parts) = firstPasses(of: files, options: options)
    return files.indices.map { i in
      let file = files[i]
      guard let language = file.language else { return FileOutcome(file: file, result: FileLintResult()) }
      let linter = Linters.linter(for: language)
      return FileOutcome(
        file: file, result: linter.lint(file, index: index, options: options, reusing: parts[i]?.syntax, parallel: nil))
    }
  }

  /// Every file's first pass and the project index they make, completed for the second pass as the CLI
  /// driver completes it (`MatteringNames`). Also for tests that run a linter's passes by hand.
  public static func firstPasses(of files: [SourceFile], options: AnalysisOptions = AnalysisOptions())
    -> (index: ProjectIndex, parts: [FirstPassResult?])
  {
    var index = ProjectIndex()
    let parts = files.map { file -> FirstPassResult? in
      guard let language = file.language else { return nil }
      let part = Linters.linter(for: language).firstPass(for: file, options: options)
      index.merge(part.index)
      return part
    }
    MatteringNames.complete(&index, options: options)
    return (index, parts)
  }
}

/// One file's result, kept with its source so suppressions and reporters can read lines.
public struct FileOutcome: Sendable {
  public var file: SourceFile
  public var result: FileLintResult

  public init(file: SourceFile, result: FileLintResult) {
    self.file = file
    self.result = result
  }
}
