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
    // CLI driver does so within a memory budget; `SyntaxReuseTests` holds the two paths equal).
    var index = ProjectIndex()
    var syntax: [FirstPassSyntax?] = []
    for file in files {
      guard let language = file.language else {
        syntax.append(nil)
        continue
      }
      let part = Linters.linter(for: language).firstPass(for: file, options: options)
      index.merge(part.index)
      syntax.append(part.syntax)
    }
    _ = MatteringNames.complete(&index, options: options)
    return files.indices.map { i in
      let file = files[i]
      guard let language = file.language else { return FileOutcome(file: file, result: FileLintResult()) }
      let linter = Linters.linter(for: language)
      return FileOutcome(
        file: file, result: linter.lint(file, index: index, options: options, reusing: syntax[i], parallel: nil))
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
