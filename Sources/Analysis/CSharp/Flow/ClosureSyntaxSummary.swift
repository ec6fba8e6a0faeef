import CSharpFrontend

/// What a closure body holds that can change the walker's results without touching a captured one-shot
/// value: a `goto` or a label (the whole method is then given up), and a `catch` (its handlers start from
/// a state where every value counts as consumed as often as it may have been). Read from syntax once per
/// closure and kept per file; nested lambdas and local functions count, so the answer covers every body the
/// walk may enter from here.
struct ClosureSyntaxSummary: Equatable {
  var hasGotoOrLabel = false
  var hasCatch = false
  /// The body's bytes hold `\u` or `\U`: an identifier may be spelled with escapes there, which a byte
  /// search for its name would miss (set by the walker, which has the bytes).
  var hasEscapedName = false

  /// Nesting past this is treated as holding everything (saying "may matter" only costs a walk).
  static let maxDepth = 400

  init() {}

  init(_ body: PendingFunction.Body) {
    var scan = Scan()
    switch body {
    case .lambda(let lambda): scan.lambda(lambda)
    case .method(let method): scan.method(method)
    }
    self = scan.summary
  }

  /// The traversal; stops early once both flags are set or nesting is too deep.
  private struct Scan {
    var summary = ClosureSyntaxSummary()
    var depth = 0

    var done: Bool { summary.hasGotoOrLabel && summary.hasCatch }

    mutating func tooDeep() -> Bool {
      guard depth < ClosureSyntaxSummary.maxDepth else {
        summary.hasGotoOrLabel = true
        summary.hasCatch = true
        return true
      }
      return false
    }

    mutating func lambda(_ lambda: Lambda) {
      switch lambda.body {
      case .expression(let expr): self.expr(expr)
      case .block(let block): self.block(block)
      }
    }

    mutating func method(_ method: MethodDeclaration) {
      switch method.body {
      case .expression(let expr): self.expr(expr)
      case .block(let block): self.block(block)
      case nil: break
      }
    }

    mutating func block(_ block: Block) {
      for statement in block.statements where !done { stmt(statement) }
    }

    mutating func declaration(_ declaration: LocalDeclaration) {
      for declarator in declaration.declarators {
        if let initializer = declarator.initializer { expr(initializer) }
        for argument in declarator.bracketArguments { expr(argument.value) }
      }
    }

    mutating func stmt(_ statement: Stmt) {
      if done || tooDeep() { return }
      depth += 1
      defer { depth -= 1 }
      switch statement.kind {
      case .block(let inner), .checked(let inner, _), .unsafe(let inner):
        block(inner)
      case .localDeclaration(let declaration):
        self.declaration(declaration)
      case .expression(let inner), .yieldReturn(let inner):
        expr(inner)
      case .if(let test, let then, let otherwise):
        expr(test)
        stmt(then)
        if let otherwise { stmt(otherwise) }
      case .switch(let subject, let sections):
        expr(subject)
        for section in sections {
          for label in section.labels {
            if case .pattern(let pattern, let guardExpr) = label {
              self.pattern(pattern)
              if let guardExpr { expr(guardExpr) }
            }
          }
          for inner in section.statements { stmt(inner) }
        }
      case .for(let declaration, let initializers, let test, let incrementors, let body):
        if let declaration { self.declaration(declaration) }
        for inner in initializers { expr(inner) }
        if let test { expr(test) }
        for inner in incrementors { expr(inner) }
        stmt(body)
      case .foreach(_, _, _, let collection, let body):
        expr(collection)
        stmt(body)
      case .while(let test, let body), .doWhile(let body, let test):
        expr(test)
        stmt(body)
      case .try(let body, let catches, let finally):
        if !catches.isEmpty { summary.hasCatch = true }
        block(body)
        for clause in catches {
          if let filter = clause.filter { expr(filter) }
          block(clause.body)
        }
        if let finally { block(finally) }
      case .lock(let inner, let body):
        expr(inner)
        stmt(body)
      case .fixed(let declaration, let body):
        self.declaration(declaration)
        stmt(body)
      case .using(_, let declaration, let inner, let body):
        if let declaration { self.declaration(declaration) }
        if let inner { expr(inner) }
        stmt(body)
      case .return(let inner), .throw(let inner):
        if let inner { expr(inner) }
      case .goto, .labeled:
        summary.hasGotoOrLabel = true
      case .localFunction(let inner):
        method(inner)
      case .yieldBreak, .break, .continue, .empty, .error:
        break
      }
    }

    mutating func arguments(_ arguments: [Argument]) {
      for argument in arguments { expr(argument.value) }
    }

    mutating func initializer(_ initializer: Initializer) {
      for element in initializer.elements {
        switch element {
        case .assignment(let target, let value):
          expr(target)
          expr(value)
        case .value(let value):
          expr(value)
        }
      }
    }

    mutating func expr(_ expression: Expr) {
      if done || tooDeep() { return }
      depth += 1
      defer { depth -= 1 }
      switch expression.kind {
      case .lambda(let inner), .anonymousMethod(let inner):
        lambda(inner)
      case .memberAccess(let inner, _, _, _), .pointerMemberAccess(let inner, _), .suppressNullable(let inner),
        .prefixUnary(_, let inner), .postfixUnary(_, let inner), .await(let inner), .parenthesized(let inner),
        .cast(_, let inner), .asType(let inner, _), .checked(let inner, _), .throwExpression(let inner),
        .refExpression(let inner):
        expr(inner)
      case .elementAccess(let inner, let arguments, _), .invocation(let inner, let arguments):
        expr(inner)
        self.arguments(arguments)
      case .binary(_, let left, let right), .assignment(_, let left, let right):
        expr(left)
        expr(right)
      case .conditional(let test, let whenTrue, let whenFalse):
        expr(test)
        expr(whenTrue)
        expr(whenFalse)
      case .objectCreation(_, let arguments, let initializer):
        self.arguments(arguments)
        if let initializer { self.initializer(initializer) }
      case .arrayCreation(_, let sizes, let initializer, _):
        for size in sizes { expr(size) }
        if let initializer { self.initializer(initializer) }
      case .anonymousObject(let elements):
        initializer(Initializer(elements: elements, range: expression.range))
      case .collection(let elements):
        for element in elements {
          switch element {
          case .value(let inner), .spread(let inner): expr(inner)
          }
        }
      case .initializerList(let initializer):
        self.initializer(initializer)
      case .tuple(let arguments):
        self.arguments(arguments)
      case .isPattern(let inner, let pattern):
        expr(inner)
        self.pattern(pattern)
      case .switchExpression(let subject, let arms):
        expr(subject)
        for arm in arms {
          pattern(arm.pattern)
          if let guardExpr = arm.guardExpr { expr(guardExpr) }
          expr(arm.value)
        }
      case .with(let inner, let initializer):
        expr(inner)
        self.initializer(initializer)
      case .range(let from, let to):
        if let from { expr(from) }
        if let to { expr(to) }
      case .interpolatedString(let parts), .query(let parts), .other(let parts):
        for part in parts { expr(part) }
      case .name, .this, .base, .predefinedType, .literal, .aliasQualified, .typeOf, .sizeOf, .defaultValue,
        .declaration, .missing, .deferred:
        break
      }
    }

    mutating func pattern(_ pattern: Pattern) {
      if done || tooDeep() { return }
      depth += 1
      defer { depth -= 1 }
      switch pattern.kind {
      case .constant(let inner), .relational(_, let inner):
        expr(inner)
      case .recursive(_, let positional, let properties, _):
        for sub in positional { self.pattern(sub) }
        for property in properties { self.pattern(property.pattern) }
      case .not(let inner), .parenthesized(let inner):
        self.pattern(inner)
      case .and(let a, let b), .or(let a, let b):
        self.pattern(a)
        self.pattern(b)
      case .list(let items, _):
        for item in items { self.pattern(item) }
      case .slice(let inner):
        if let inner { self.pattern(inner) }
      case .declaration, .discard, .type, .missing:
        break
      }
    }
  }
}
