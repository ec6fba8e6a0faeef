/// vtlint's version, printed by `--version` and written into SARIF and JSON reports.
public enum VTLintVersion {
  public static let current = "0.1.0"
}
