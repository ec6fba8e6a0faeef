import SourceModel

extension RuleDescription {
  /// VT9001: a file could not be read.
  public static let ioError = RuleDescription(
    id: "VT9001", name: "io-error", title: "File could not be read",
    defaultVerdict: .bad, languages: [.csharp, .swift],
    rationale: """
      vtlint was asked to lint a file it could not read (permission denied, vanished during the run, a \
      directory or device where a file was expected). Nothing was checked in it, so a clean result would be \
      a lie: the run fails, as ruff's `E902` does, and names the operating system's error.
      """,
    howToFix: "Make the file readable, or exclude it in `.vtlint.yml`.",
    limits: "Reported at line 1, column 1: there is no better position in a file that could not be read.")
}
