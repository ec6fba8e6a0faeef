import CSharpFrontend
import SourceModel

/// Finds `[SuppressMessage("vtlint", "VT0001…")]` on types and members, so a team that signed a member off
/// with the standard .NET attribute is not asked to sign it off again in a comment. The attribute covers
/// the whole declaration it sits on (nested members included), as it does for Roslyn analyzers.
enum CSharpAttributeSuppressions {
  static func collect(_ root: CompilationUnit, file: SourceFile) -> [AttributeSuppression] {
    var result: [AttributeSuppression] = []
    collect(root.members, file: file, into: &result, depth: 0)
    return result
  }

  private static func collect(
    _ members: [Member], file: SourceFile, into result: inout [AttributeSuppression], depth: Int
  ) {
    // The parser bounds nesting already; this guard only keeps the walk safe on any tree.
    guard depth < 256 else { return }
    // By index, not `for member in`: a copy of each member retained its attribute, modifier and kind storage.
    for index in members.indices {
      for list in members[index].attributes {
        for attribute in list.attributes {
          guard let key = vtlintCheckID(attribute, file: file) else { continue }
          result.append(AttributeSuppression(scope: members[index].range, ruleKey: key, range: attribute.range))
        }
      }
      switch members[index].kind {
      case .namespace(_, _, let nested, _): collect(nested, file: file, into: &result, depth: depth + 1)
      case .type(let declaration): collect(declaration.members, file: file, into: &result, depth: depth + 1)
      default: break
      }
    }
  }

  /// The check id of a `SuppressMessage("vtlint", "<id>", …)` attribute, or nil for any other attribute.
  static func vtlintCheckID(_ attribute: Attribute, file: SourceFile) -> String? {
    guard attribute.mayBeSuppression, attribute.arguments.count >= 2,
      let category = stringValue(attribute.arguments[0].value, file: file), category.lowercased() == "vtlint",
      let checkID = stringValue(attribute.arguments[1].value, file: file)
    else { return nil }
    return checkID
  }

  /// The value of a plain or verbatim string literal (escapes do not occur in check ids; none are decoded).
  private static func stringValue(_ expr: Expr, file: SourceFile) -> String? {
    guard case .literal(.string) = expr.kind else { return nil }
    var text = Substring(file.text(expr.range))
    if text.hasPrefix("@") { text = text.dropFirst() }
    guard text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") else { return nil }
    return String(text.dropFirst().dropLast())
  }
}
