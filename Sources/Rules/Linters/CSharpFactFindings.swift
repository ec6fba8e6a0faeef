import Analysis
import SourceModel

/// Shared by the C# rule checks: turns an analysis fact into a finding for a given rule, with the
/// earlier consumption attached as a related location.
extension OneShotFact {
  func finding(_ rule: RuleDescription, message: String, file: SourceFile) -> Finding {
    var related: [RelatedLocation] = []
    if let earlier {
      related.append(RelatedLocation(message: "first consumed here", range: earlier, file: file))
    }
    return Finding(
      rule: rule, message: message, file: file, range: range, related: related, enclosingMember: enclosingMember)
  }

  /// `12:9`, the place of the earlier consumption, for messages.
  func earlierPlace(in file: SourceFile) -> String {
    guard let earlier else { return "an earlier point" }
    return file.location(of: earlier.start).description
  }
}
