import CSharpFrontend
import SourceModel

/// Call statements that never return, so their path ends there: taking one as ended only removes paths,
/// so a wrong guess says less, never more.
extension FlowWalker {
  enum NoReturn { case throwing, exiting }

  /// A call statement that never returns: a throw helper as .NET names them (`ThrowInvalidOperation()`,
  /// `ThrowHelper.ThrowArgumentNull(…)`: `Throw` and a capital, called unqualified or on a type whose name
  /// says `Throw`; not the `ThrowIf…` checks, nor test assertions such as `Throws<T>(…)` or
  /// `Should().ThrowExactly<T>()`), or `Environment.FailFast` / `Exit`.
  func neverReturns(_ expr: Expr) -> NoReturn? {
    guard case .invocation(let callee, _) = stripped(expr).kind else { return nil }
    let name: String
    var receiver: String?
    var qualified = false
    switch callee.kind {
    case .name(let n, _): name = n.text
    case .memberAccess(let r, let n, _, _):
      name = n.text
      qualified = true
      if case .name(let type, _) = r.kind { receiver = type.text }
    default: return nil
    }
    guard let first = name.utf8.first,
      first == UInt8(ascii: "T") || first == UInt8(ascii: "F")
        || first == UInt8(ascii: "E")
    else { return nil }
    if receiver == "Environment" && (name == "FailFast" || name == "Exit") { return .exiting }
    // `ExceptionDispatchInfo.Throw(e)`, `ExceptionDispatchInfo.Capture(e).Throw()`, `Assert.Fail(…)`.
    if name == "Throw", case .memberAccess(let r, _, _, _) = callee.kind, Self.dispatchInfo(r) { return .throwing }
    if name == "Fail" && receiver == "Assert" { return .throwing }
    // Cheapest test first: this runs for every call statement.
    guard name.hasPrefix("Throw"), !name.hasPrefix("ThrowIf"), !name.hasPrefix("Throws"),
      name.unicodeScalars.count > 5, name.unicodeScalars.dropFirst(5).first?.properties.isUppercase == true,
      qualified ? receiver?.contains("Throw") == true : true
    else { return nil }
    return .throwing
  }

  /// `ExceptionDispatchInfo` or `ExceptionDispatchInfo.Capture(…)`.
  static func dispatchInfo(_ expr: Expr) -> Bool {
    switch expr.kind {
    case .name(let n, _): return n.text == "ExceptionDispatchInfo"
    case .invocation(let callee, _):
      guard case .memberAccess(let r, let n, _, _) = callee.kind, n.text == "Capture", case .name(let t, _) = r.kind
      else { return false }
      return t.text == "ExceptionDispatchInfo"
    default: return false
    }
  }
}
