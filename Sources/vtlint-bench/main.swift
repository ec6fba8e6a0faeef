// vtlint-bench: lints a directory and prints throughput figures. See BENCHMARKS.md.
import LintDriver

print("vtlint-bench: not implemented yet")
