// vtlint-bench: lints a directory (or a generated corpus) through the LintDriver pipeline and prints
// files, bytes, wall seconds, MB/s, files/s and peak RSS, plus `rg -c ValueTask` over the same tree when
// ripgrep is installed. See BENCHMARKS.md for the figures and the exact commands.
import Foundation

let usage = """
  usage: vtlint-bench [suite] [options]        the standard scenarios, each in its own process
         vtlint-bench lint DIR... [options]    lint the given files or directories
         vtlint-bench generate DIR [options]   write a corpus and exit
         vtlint-bench lex DIR... [options]     read, decode and lex only (one thread), MB per cpu-second
         vtlint-bench compare BASELINE CANDIDATE DIR... [options]
                                               two vtlint binaries, runs interleaved: CPU, wall, RSS, ratios,
                                               and whether their JSON output is identical

  options:
    --mb N            corpus size in MB (default 50)
    --seed N          corpus seed (default 1)
    --mix csharp|swift|mixed   corpus languages (default csharp)
    --runs N          timed runs; the best is reported with the median (default 3)
    --corpus-root D   where generated corpora live (default /tmp/vtlint-bench)
    --vtlint PATH     the vtlint binary for the pre-commit scenario (default: next to this binary)
    --no-rg           do not time ripgrep
    --label NAME      name printed in front of the figures
    --max-file-size N bytes; larger files are skipped (default 10485760, as vtlint)
    --jobs N          threads for the pipeline (default: all cores, as vtlint)
    --digest          (lex) also print a hash of everything read and lexed, to compare builds
    --config FILE     (compare) the .vtlint.yml to pass both binaries (default: --no-config)
  """

struct Options {
  var command = "suite"
  var paths: [String] = []
  var megabytes = 50
  var seed: UInt64 = 1
  var mix = CorpusGenerator.Mix.csharp
  var runs = 3
  var corpusRoot = "/tmp/vtlint-bench"
  var vtlint: String?
  var rg = true
  var label: String?
  var maxFileSize = 10 << 20
  var jobs: Int?
  var digest = false
  var config: String?

  init(_ args: [String]) throws {
    var i = 0
    func value() throws -> String {
      i += 1
      guard i < args.count else { throw BenchError("\(args[i - 1]) needs a value\n\(usage)") }
      return args[i]
    }
    if let first = args.first, ["suite", "lint", "generate", "lex", "compare"].contains(first) {
      command = first
      i = 1
    }
    while i < args.count {
      let a = args[i]
      switch a {
      case "--mb": megabytes = Int(try value()) ?? megabytes
      case "--seed": seed = UInt64(try value()) ?? seed
      case "--mix":
        guard let m = CorpusGenerator.Mix(rawValue: try value()) else { throw BenchError("bad --mix\n\(usage)") }
        mix = m
      case "--runs": runs = max(1, Int(try value()) ?? runs)
      case "--corpus-root": corpusRoot = try value()
      case "--vtlint": vtlint = try value()
      case "--no-rg": rg = false
      case "--label": label = try value()
      case "--max-file-size": maxFileSize = Int(try value()) ?? maxFileSize
      case "--jobs": jobs = Int(try value())
      case "--digest": digest = true
      case "--config": config = try value()
      case "-h", "--help":
        print(usage)
        exit(0)
      default:
        if a.hasPrefix("-") { throw BenchError("unknown option \(a)\n\(usage)") }
        paths.append(a)
      }
      i += 1
    }
  }
}

do {
  let options = try Options(Array(CommandLine.arguments.dropFirst()))
  switch options.command {
  case "lint": try Scenarios.lint(options)
  case "lex": try LexBench.run(options)
  case "compare": try Compare.run(options)
  case "generate":
    guard let dir = options.paths.first else { throw BenchError(usage) }
    let g = CorpusGenerator(seed: options.seed, totalBytes: options.megabytes * 1_000_000, mix: options.mix)
    let (files, bytes) = try g.materialize(at: dir)
    print("generated \(files) files, \(Measure.megabytes(bytes)) in \(dir)")
  default: try Scenarios.suite(options)
  }
} catch {
  FileHandle.standardError.write(Data("vtlint-bench: \(error)\n".utf8))
  exit(2)
}
