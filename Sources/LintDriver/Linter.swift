import Analysis
import Foundation
import Reporters
import Rules
import SourceModel

/// The whole pipeline: walk → read → index (pass 1) → lint (pass 2) → findings in report order.
public enum Linter {
  /// Lints files already in memory as one project (tests, stdin, fixtures).
  public static func lint(_ files: [SourceFile], options: AnalysisOptions = AnalysisOptions()) -> [FileOutcome] {
    var index = ProjectIndex()
    for file in files {
      guard let language = file.language else { continue }
      index.merge(Linters.linter(for: language).indexPart(for: file, options: options))
    }
    _ = MatteringNames.complete(&index, options: options)
    return files.map { file in
      guard let language = file.language else { return FileOutcome(file: file, result: FileLintResult()) }
      return FileOutcome(file: file, result: Linters.linter(for: language).lint(file, index: index, options: options))
    }
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
