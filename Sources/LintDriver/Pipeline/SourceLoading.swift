import Foundation
import SourceModel

/// The result of reading one path for linting.
enum LoadOutcome: Sendable {
  /// Text to lint; `invalidUTF8At` is the byte offset of the first invalid sequence, if any.
  case source(SourceFile, invalidUTF8At: Int?)
  /// Not linted on purpose (binary, too large, generated): listed, not a finding.
  case skipped(String)
  /// Could not be read: becomes a VT9001 finding.
  case failed(String)
}

/// Reads one input through `SourceReader` (safe reading: no blocking on FIFOs, size checked before
/// reading) and adds the driver's own policy: generated-code headers.
enum SourceLoading {
  /// `knownRegular`: the walk's directory listing said `path` is a regular file (`SourceReader`).
  /// `parallel`: threads lent to a run of one file (a large one is read in halves at once).
  static func load(
    path: String, language: Language?, maxFileSize: Int?, skipGeneratedHeaders: Bool, knownRegular: Bool = false,
    parallel: ParallelJobs? = nil
  ) -> LoadOutcome {
    let reader = SourceReader(maxFileSize: maxFileSize ?? SourceReader.hardMaxFileSize, parallel: parallel)
    return convert(
      reader.read(path, language: language, knownRegular: knownRegular), skipGeneratedHeaders: skipGeneratedHeaders)
  }

  static func decode(path: String, raw: [UInt8], language: Language?, skipGeneratedHeaders: Bool) -> LoadOutcome {
    convert(SourceReader.decode(raw, path: path, language: language), skipGeneratedHeaders: skipGeneratedHeaders)
  }

  private static func convert(_ outcome: ReadOutcome, skipGeneratedHeaders: Bool) -> LoadOutcome {
    switch outcome {
    case .skipped(_, let reason): return .skipped(reason.description)
    case .failed(_, let failure): return .failed(failure.description)
    case .source(let decoded):
      if skipGeneratedHeaders && decoded.file.language == .csharp
        && GeneratedCode.hasGeneratedHeader(decoded.file.bytes)
      {
        return .skipped("generated")
      }
      return .source(decoded.file, invalidUTF8At: decoded.firstInvalidUTF8Offset)
    }
  }
}
