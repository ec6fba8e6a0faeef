import SourceModel
import SwiftFrontend

/// How the path interpreter reads callbacks and the calls around them: whether a callback is a completion
/// handler (called once with the outcome) or an event handler (called again), whether a `guard` binds
/// `self` or only unwraps, and how a call is spelled for the file's own `-> Never` functions.
extension ResumePathInterpreter {
  /// A callback shaped like a completion handler, called once with the outcome: a parameter named for an
  /// error or a result (`{ data, error in`, `{ result in`), handed to a call not named like an event
  /// registration (`onMessage { response in`, `observe`, `sink`, `subscribe`: called again for every event).
  /// An event handler may be called again, so a `guard` filtering its events does not leak.
  static func isCompletionHandler(_ closure: SwiftClosure, calledBy callee: String?) -> Bool {
    if let callee, registersEventHandler(callee) { return false }
    return (closure.parameters ?? []).contains { parameter in
      guard let name = parameter.localName?.text.lowercased() else { return false }
      return name == "err" || name.hasSuffix("error") || name.hasSuffix("result") || name == "response"
    }
  }

  /// `onMessage`, `onStateChange`, `on`, `observe…`, `sink`, `subscribe…`, `addObserver`, `addListener`,
  /// `listen…`, `watch…`, `register…`, `start…Updates`, `bind`, `setEventHandler`, an initializer: calls that
  /// may keep a closure to call on every event.
  static func registersEventHandler(_ name: String) -> Bool {
    let scalars = Array(name.unicodeScalars)
    if scalars.count > 2 && name.hasPrefix("on") && scalars[2].properties.isUppercase { return true }
    if name == "on" || name == "bind" || name == "setEventHandler" { return true }
    // An initializer (`HKObserverQuery(…) { … }`) keeps its handler for as long as the object lives.
    if let first = name.unicodeScalars.first, first.properties.isUppercase { return true }
    let lower = name.lowercased()
    if lower.hasPrefix("start") && lower.hasSuffix("updates") { return true }  // `startAccelerometerUpdates`
    return [
      "observe", "sink", "subscribe", "addobserver", "addlistener", "addhandler", "listen", "watch", "register",
      "schedulerepeat",
    ].contains {
      lower.hasPrefix($0)
    }
  }

  /// `let x`, `let x = y`, `case .some(let x) = y`: a condition that only unwraps.
  static func onlyUnwraps(_ condition: SwiftCondition) -> Bool {
    switch condition.kind {
    case .optionalBinding, .casePattern: return true
    case .expression, .availability: return false
    }
  }

  /// `let self`, `let self = self`, `let strongSelf = self`: a weak `self` made strong.
  static func bindsSelf(_ condition: SwiftCondition) -> Bool {
    guard case .optionalBinding(_, let pattern, _, let initializer) = condition.kind else { return false }
    if let initializer {
      if case .identifier(let name, _) = SwiftSyntaxQueries.stripped(initializer).kind { return name.text == "self" }
      return false
    }
    return pattern.boundNames.contains { $0.text == "self" }
  }

  /// A call as `FileFunctions.neverReturning(in:parameterTypes:)` spells it: `f` for `f()` and `self.f()`,
  /// `x.f` for `x.f()`; nil for other receivers.
  static func spelledCall(_ callee: SwiftExpr) -> String? {
    guard let name = SwiftSyntaxQueries.calleeName(callee)?.text else { return nil }
    guard let base = SwiftSyntaxQueries.calleeBase(callee) else { return name }
    switch SwiftSyntaxQueries.stripped(base).kind {
    case .identifier(let receiver, _): return receiver.text == "self" ? name : receiver.text + "." + name
    case .type(let type): return type.lastName.map { $0 + "." + name }
    default: return nil
    }
  }
}
