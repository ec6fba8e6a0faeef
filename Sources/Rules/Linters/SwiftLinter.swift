import Analysis
import SourceModel
import SwiftFrontend

/// Swift: parse, find continuations, streams and blocking waits, apply the Swift rules.
public struct SwiftLinter: LanguageLinter {
  public init() {}

  public var language: Language { .swift }

  public func indexPart(for file: SourceFile, options: AnalysisOptions) -> ProjectIndex {
    ProjectIndex()
  }

  public func lint(_ file: SourceFile, index: ProjectIndex, options: AnalysisOptions) -> FileLintResult {
    FileLintResult()
  }
}
