import CSharpFrontend
import SourceModel

/// A name the walker can resolve lexically: a local, a parameter, a closure stored in a local, or a local
/// function. Tracked variables hold one-shot values; plain ones only shadow fields of the same name.
struct VariableInfo {
  enum Kind {
    case tracked
    case plain
    /// A local initialized with a lambda or anonymous method: invoking it runs the body.
    case closure(Lambda)
    case localFunction(MethodDeclaration)

    /// Tested without copying a closure's syntax out of the enum.
    var isPlain: Bool {
      if case .plain = self { return true }
      return false
    }
  }

  var name: String
  var kind: Kind
  /// The declared (or `new T(…)`-inferred) type's simple name, to resolve calls on it.
  var typeName: String?
  /// Invoking the variable (a `Func<…, ValueTask>` or a delegate returning one) yields a one-shot value.
  var invocationReturnsOneShot = false
  /// A tracked awaiter of the value (`var awaiter = vt.GetAwaiter()`): only its `GetResult()` consumes it.
  var isAwaiter = false
  /// The element type of a collection it was declared with (`List<Remote> items`): a `foreach (var r in
  /// items)` variable's type.
  var elementTypeName: String?
}

/// One one-shot value: produced at `definition` (a declaration, an assignment, a parameter).
struct ValueInfo {
  enum Origin {
    /// Produced by a call or object creation into a local: the local gets WARNING/GOOD/not-consumed verdicts.
    case call
    /// Some other initializer (`default`, a field, an unresolved expression): only BAD verdicts.
    case other
    case parameter
    /// A `foreach` variable or pattern variable: only BAD verdicts.
    case iteration
  }

  enum FirstUse { case none, completionCheck, other }

  var subject: String
  var definition: ByteRange
  var origin: Origin
  /// A use vtlint cannot follow happened: only certain double consumptions are still reported.
  var opaque = false
  /// Moved into a field or collection (already reported as stored-in-field).
  var escaped = false
  var firstUse: FirstUse = .none
  /// A call result used in place (never named): judged where it appears.
  var isTemporary = false
  /// Produced in a way that is complete by design (see `FlowWalker.completesByDesign`): blocking on it is
  /// not reported.
  var completeByDesign = false
  /// No `IValueTaskSource` behind it (`FlowWalker.holdsNoSource`, or `vt.Preserve()`): it may be consumed
  /// any number of times, so consuming it again is no misuse (keeping it in a local is still VT0004).
  var holdsNoSource = false
  /// Its completion was read where the paths do not follow the answer (`bool done = vt.IsCompleted;`, a
  /// `switch` on it, `SpinWait.SpinUntil(() => vt.IsCompleted)`): whether a later result read is guarded
  /// cannot be known, so it is not judged.
  var completionReadElsewhere = false
}

/// What the surrounding code does with an expression's value.
enum Use {
  /// Consumed once: `await`, `AsTask()`, returned, passed as an argument. `form` names it for messages.
  case consumed(form: UseText, site: ByteRange)
  /// `.Result` / `.GetAwaiter().GetResult()`: a consumption that also needs completion.
  case blocking(form: UseText, site: ByteRange)
  /// Thrown away: an expression statement, or `_ = …` (`discard`).
  case dropped(discard: Bool)
  /// Kept somewhere vtlint cannot follow (`destination` for messages).
  case stored(destination: UseText, site: ByteRange)
  /// Looked at without consuming (`IsCompleted`, `==`, `ToString()`).
  case ignored
  /// Flows into a tracked local: the caller creates the value.
  case moved
  /// Anything else: a tracked value used like this is no longer judged.
  case unknown
}

/// Where `break` and `continue` go, and the states that reach them.
struct JumpTarget {
  var isLoop: Bool
  var breaks = PathState.unreachable
  var continues = PathState.unreachable
}

/// A `try` being walked: the states an exception may leave from, and exits that must run `finally` first.
struct TryContext {
  var hasFinally: Bool
  var observed = PathState.unreachable
  var pendingReturns = PathState.unreachable
}

/// One function body being walked (a member, or a closure body walked where it runs).
struct FunctionFrame {
  var returns = PathState.unreachable
  var jumps: [JumpTarget] = []
  var tries: [TryContext] = []
}

/// A lambda or local function body to analyze on its own, for its own locals and temporaries.
struct PendingFunction {
  enum Body {
    case lambda(Lambda)
    case method(MethodDeclaration)
  }

  var body: Body
  /// Variables visible around it: they shadow fields inside it, and local functions and closures keep their
  /// kind so calls to them resolve (tracked values become plain: captures are judged where the closure runs).
  var outer: [(name: String, info: VariableInfo)]
  /// An expression-bodied lambda converted to `Action`: its value is thrown away, not returned.
  var dropsResult = false
}
