import SourceModel

/// A readable outline of a syntax tree: one indented line per declaration and statement, expressions and
/// patterns as compact S-expressions (`(call (. a B) x)`). Used by `vtlint debug parse` and the parser tests.
public struct SyntaxOutline {
  private let bytes: [UInt8]
  private var lines: [String] = []

  private init(bytes: [UInt8]) { self.bytes = bytes }

  /// The outline of a whole file; `bytes` are the file's bytes (for literal text).
  public static func lines(for unit: CompilationUnit, bytes: [UInt8]) -> [String] {
    var outline = SyntaxOutline(bytes: bytes)
    for using in unit.usings { outline.add(0, outline.describe(using)) }
    for list in unit.attributes { outline.add(0, "attributes " + outline.describe(list)) }
    for member in unit.members { outline.member(member, 0) }
    return outline.lines
  }

  /// One expression as an S-expression.
  public static func describe(_ expr: Expr, bytes: [UInt8]) -> String {
    SyntaxOutline(bytes: bytes).describe(expr)
  }

  /// One statement's outline lines.
  public static func lines(for statement: Stmt, bytes: [UInt8]) -> [String] {
    var outline = SyntaxOutline(bytes: bytes)
    outline.statement(statement, 0)
    return outline.lines
  }

  private mutating func add(_ indent: Int, _ line: String) {
    lines.append(String(repeating: "  ", count: indent) + line)
  }

  private func text(_ range: ByteRange) -> String {
    let lo = min(Int(range.start), bytes.count)
    let hi = min(max(Int(range.end), lo), bytes.count)
    return String(decoding: bytes[lo..<hi], as: UTF8.self)
  }

  // MARK: - Declarations

  private func describe(_ using: UsingDirective) -> String {
    var parts = [using.isGlobal ? "global using" : "using"]
    if using.isStatic { parts.append("static") }
    if let alias = using.alias { parts.append(alias.text + " =") }
    parts.append(describe(using.target))
    return parts.joined(separator: " ")
  }

  private func describe(_ list: AttributeList) -> String {
    let body = list.attributes.map { attribute in
      attribute.arguments.isEmpty
        ? describe(attribute.name) : describe(attribute.name) + "(" + describe(attribute.arguments) + ")"
    }
    return "[" + (list.target.map { $0 + ": " } ?? "") + body.joined(separator: ", ") + "]"
  }

  private mutating func member(_ member: Member, _ indent: Int) {
    var prefix = member.attributes.map { describe($0) + " " }.joined()
    if !member.modifiers.isEmpty { prefix += member.modifiers.joined(separator: " ") + " " }
    switch member.kind {
    case .namespace(let name, let usings, let members, let isFileScoped):
      add(indent, prefix + "namespace " + describe(name) + (isFileScoped ? ";" : ""))
      for using in usings { add(indent + 1, describe(using)) }
      for inner in members { self.member(inner, indent + 1) }
    case .type(let type):
      var line = prefix + "\(type.keyword) " + type.name.text
      if !type.typeParameters.isEmpty { line += "<" + type.typeParameters.map(\.text).joined(separator: ", ") + ">" }
      if let parameters = type.parameters { line += "(" + describe(parameters) + ")" }
      if !type.baseTypes.isEmpty { line += " : " + type.baseTypes.map(describe).joined(separator: ", ") }
      if !type.baseArguments.isEmpty { line += " base(" + describe(type.baseArguments) + ")" }
      add(indent, line)
      for inner in type.members { self.member(inner, indent + 1) }
    case .delegate(let declaration):
      add(
        indent,
        prefix + "delegate " + describe(declaration.returnType) + " " + declaration.name.text
          + typeParameterSuffix(declaration.typeParameters) + "(" + describe(declaration.parameters) + ")")
    case .method(let method): self.method("method", method, prefix, indent)
    case .constructor(let method): self.method("constructor", method, prefix, indent)
    case .destructor(let method): self.method("destructor", method, prefix, indent)
    case .operator(let method): self.method("operator", method, prefix, indent)
    case .field(let declaration, let isEvent):
      add(indent, prefix + (isEvent ? "event field " : "field ") + describe(declaration))
    case .property(let property): self.property("property", property, prefix, indent)
    case .indexer(let property): self.property("indexer", property, prefix, indent)
    case .event(let property): self.property("event", property, prefix, indent)
    case .enumMember(let name, let value):
      add(indent, prefix + "enum member " + name.text + (value.map { " = " + describe($0) } ?? ""))
    case .globalStatement(let statement):
      add(indent, prefix + "global statement")
      self.statement(statement, indent + 1)
    case .error:
      add(indent, prefix + "error member")
    }
  }

  private func typeParameterSuffix(_ names: [Identifier]) -> String {
    names.isEmpty ? "" : "<" + names.map(\.text).joined(separator: ", ") + ">"
  }

  private mutating func method(_ label: String, _ method: MethodDeclaration, _ prefix: String, _ indent: Int) {
    var line = prefix + label + " "
    if let returnType = method.returnType { line += describe(returnType) + " " }
    if let interface = method.explicitInterface { line += describe(interface) + "." }
    line += method.name.text + typeParameterSuffix(method.typeParameters) + "(" + describe(method.parameters) + ")"
    if let initializer = method.constructorInitializer { line += " : init(" + describe(initializer) + ")" }
    add(indent, line)
    body(method.body, indent + 1)
  }

  private mutating func body(_ body: MethodDeclaration.Body?, _ indent: Int) {
    switch body {
    case .block(let block): self.block(block, indent)
    case .expression(let expr): add(indent, "=> " + describe(expr))
    case nil: break
    }
  }

  private mutating func property(_ label: String, _ property: PropertyDeclaration, _ prefix: String, _ indent: Int) {
    var line = prefix + label + " " + describe(property.type) + " "
    if let interface = property.explicitInterface { line += describe(interface) + "." }
    line += property.name.text
    if !property.parameters.isEmpty { line += "[" + describe(property.parameters) + "]" }
    add(indent, line)
    if let value = property.expressionBody { add(indent + 1, "=> " + describe(value)) }
    for accessor in property.accessors {
      let modifiers = accessor.modifiers.map { $0 + " " }.joined()
      add(indent + 1, modifiers + accessor.keyword)
      body(accessor.body, indent + 2)
    }
    if let value = property.initializer { add(indent + 1, "= " + describe(value)) }
  }

  private func describe(_ parameters: [Parameter]) -> String {
    parameters.map { parameter in
      var parts = parameter.attributes.map(describe) + parameter.modifiers
      if let type = parameter.type { parts.append(describe(type)) }
      parts.append(parameter.name.text)
      var text = parts.joined(separator: " ")
      if let value = parameter.defaultValue { text += " = " + describe(value) }
      return text
    }.joined(separator: ", ")
  }

  private func describe(_ declaration: LocalDeclaration) -> String {
    var parts: [String] = []
    switch declaration.usingKind {
    case .none: break
    case .using: parts.append("using")
    case .awaitUsing: parts.append("await using")
    }
    parts += declaration.modifiers.filter { !(declaration.isConst && $0 == "const") }
    if declaration.isConst { parts.append("const") }
    parts.append(describe(declaration.type))
    let declarators = declaration.declarators.map { declarator in
      var text = declarator.name.text
      if !declarator.bracketArguments.isEmpty { text += "[" + describe(declarator.bracketArguments) + "]" }
      if let value = declarator.initializer { text += " = " + describe(value) }
      return text
    }
    return (parts + [declarators.joined(separator: ", ")]).joined(separator: " ")
  }

  // MARK: - Statements

  private mutating func block(_ block: Block, _ indent: Int) {
    add(indent, "{")
    for statement in block.statements { self.statement(statement, indent + 1) }
    add(indent, "}")
  }

  private mutating func statement(_ statement: Stmt, _ indent: Int) {
    switch statement.kind {
    case .block(let block): self.block(block, indent)
    case .localDeclaration(let declaration): add(indent, "local " + describe(declaration))
    case .expression(let expr): add(indent, describe(expr))
    case .if(let condition, let then, let elseBranch):
      add(indent, "if " + describe(condition))
      self.statement(then, indent + 1)
      if let elseBranch {
        add(indent, "else")
        self.statement(elseBranch, indent + 1)
      }
    case .switch(let subject, let sections):
      add(indent, "switch " + describe(subject))
      for section in sections {
        let labels = section.labels.map { label -> String in
          switch label {
          case .default: return "default"
          case .pattern(let pattern, let guardExpr):
            return "case " + describe(pattern) + (guardExpr.map { " when " + describe($0) } ?? "")
          }
        }
        add(indent + 1, labels.joined(separator: ", ") + ":")
        for inner in section.statements { self.statement(inner, indent + 2) }
      }
    case .for(let declaration, let initializers, let condition, let incrementors, let body):
      let initText = declaration.map(describe) ?? initializers.map(describe).joined(separator: ", ")
      add(
        indent,
        "for " + initText + "; " + (condition.map(describe) ?? "") + "; "
          + incrementors.map(describe).joined(separator: ", "))
      self.statement(body, indent + 1)
    case .foreach(let isAwait, let type, let designation, let collection, let body):
      add(
        indent,
        (isAwait ? "await foreach " : "foreach ") + describe(type) + " " + describe(designation) + " in "
          + describe(collection))
      self.statement(body, indent + 1)
    case .while(let condition, let body):
      add(indent, "while " + describe(condition))
      self.statement(body, indent + 1)
    case .doWhile(let body, let condition):
      add(indent, "do")
      self.statement(body, indent + 1)
      add(indent, "while " + describe(condition))
    case .try(let body, let catches, let finallyBlock):
      add(indent, "try")
      block(body, indent + 1)
      for clause in catches {
        var line = "catch"
        if let type = clause.type { line += " " + describe(type) }
        if let name = clause.name { line += " " + name.text }
        if let filter = clause.filter { line += " when " + describe(filter) }
        add(indent, line)
        block(clause.body, indent + 1)
      }
      if let finallyBlock {
        add(indent, "finally")
        block(finallyBlock, indent + 1)
      }
    case .lock(let expr, let body):
      add(indent, "lock " + describe(expr))
      self.statement(body, indent + 1)
    case .checked(let body, let isChecked):
      add(indent, isChecked ? "checked" : "unchecked")
      block(body, indent + 1)
    case .unsafe(let body):
      add(indent, "unsafe")
      block(body, indent + 1)
    case .fixed(let declaration, let body):
      add(indent, "fixed " + describe(declaration))
      self.statement(body, indent + 1)
    case .using(let isAwait, let declaration, let expression, let body):
      let resource = declaration.map(describe) ?? expression.map(describe) ?? ""
      add(indent, (isAwait ? "await using " : "using ") + resource)
      self.statement(body, indent + 1)
    case .return(let value): add(indent, "return" + (value.map { " " + describe($0) } ?? ""))
    case .throw(let value): add(indent, "throw" + (value.map { " " + describe($0) } ?? ""))
    case .yieldReturn(let value): add(indent, "yield return " + describe(value))
    case .yieldBreak: add(indent, "yield break")
    case .break: add(indent, "break")
    case .continue: add(indent, "continue")
    case .goto(let target):
      switch target {
      case .label(let name): add(indent, "goto " + name.text)
      case .caseLabel(let value): add(indent, "goto case " + describe(value))
      case .defaultLabel: add(indent, "goto default")
      }
    case .labeled(let label, let inner):
      add(indent, label.text + ":")
      self.statement(inner, indent + 1)
    case .localFunction(let method):
      let modifiers = method.modifiers.map { $0 + " " }.joined()
      self.method("local function", method, modifiers, indent)
    case .empty: add(indent, ";")
    case .error: add(indent, "error statement")
    }
  }

  // MARK: - Types

  private func describe(_ type: TypeSyntax) -> String {
    switch type.kind {
    case .named(let alias, let segments):
      let names = segments.map { segment in
        segment.typeArguments.isEmpty
          ? segment.name : segment.name + "<" + segment.typeArguments.map(describe).joined(separator: ", ") + ">"
      }
      return (alias.map { $0 + "::" } ?? "") + names.joined(separator: ".")
    case .predefined(let name): return name
    case .array(let element, let ranks):
      return describe(element) + ranks.map { "[" + String(repeating: ",", count: $0 - 1) + "]" }.joined()
    case .nullable(let inner): return describe(inner) + "?"
    case .pointer(let inner): return describe(inner) + "*"
    case .tuple(let elements):
      return "(" + elements.map { describe($0.type) + ($0.name.map { " " + $0 } ?? "") }.joined(separator: ", ") + ")"
    case .ref(let inner, let isReadonly): return (isReadonly ? "ref readonly " : "ref ") + describe(inner)
    case .functionPointer: return "delegate*"
    case .implicit: return "var"
    case .missing: return "<missing type>"
    }
  }

  private func describe(_ designation: VariableDesignation) -> String {
    switch designation {
    case .single(let name): return name.text
    case .discard: return "_"
    case .parenthesized(let parts): return "(" + parts.map(describe).joined(separator: ", ") + ")"
    }
  }

  // MARK: - Expressions

  private func describe(_ arguments: [Argument]) -> String {
    arguments.map(describe).joined(separator: ", ")
  }

  private func describe(_ argument: Argument) -> String {
    var text = argument.name.map { $0.text + ": " } ?? ""
    switch argument.modifier {
    case .none: break
    case .ref: text += "ref "
    case .out: text += "out "
    case .in: text += "in "
    case .refReadonly: text += "ref readonly "
    }
    return text + describe(argument.value)
  }

  private func list(_ head: String, _ parts: [String]) -> String {
    "(" + ([head] + parts).joined(separator: " ") + ")"
  }

  private func typeArgumentSuffix(_ arguments: [TypeSyntax]) -> String {
    arguments.isEmpty ? "" : "<" + arguments.map(describe).joined(separator: ", ") + ">"
  }

  /// Expressions. The common, deeply chained forms are here and the rest in `describeLessCommon`, which keeps
  /// this function's stack frame small: trees nest up to about a thousand levels (long `+` chains).
  private func describe(_ expr: Expr) -> String {
    switch expr.kind {
    case .name(let name, let arguments): return name.text + typeArgumentSuffix(arguments)
    case .this: return "this"
    case .base: return "base"
    case .predefinedType(let name): return name
    case .literal: return text(expr.range)
    case .interpolatedString(let holes): return list("interpolated", holes.map(describe))
    case .memberAccess(let target, let name, let arguments, let isConditional):
      return list(isConditional ? "?." : ".", [describe(target), name.text + typeArgumentSuffix(arguments)])
    case .pointerMemberAccess(let target, let name): return list("->", [describe(target), name.text])
    case .aliasQualified(let alias, let name): return alias.text + "::" + name.text
    case .elementAccess(let target, let arguments, let isConditional):
      return list(isConditional ? "?index" : "index", [describe(target)] + arguments.map(describe))
    case .invocation(let callee, let arguments): return list("call", [describe(callee)] + arguments.map(describe))
    case .suppressNullable(let inner): return list("!", [describe(inner)])
    case .prefixUnary(let op, let operand): return list(Self.symbol(op) + "pre", [describe(operand)])
    case .postfixUnary(let op, let operand): return list(Self.symbol(op) + "post", [describe(operand)])
    case .binary(let op, let left, let right): return list(Self.symbol(op), [describe(left), describe(right)])
    case .assignment(let op, let left, let right): return list(Self.symbol(op), [describe(left), describe(right)])
    case .conditional(let condition, let a, let b): return list("?:", [describe(condition), describe(a), describe(b)])
    case .await(let inner): return list("await", [describe(inner)])
    default: return describeLessCommon(expr)
    }
  }

  private func describeLessCommon(_ expr: Expr) -> String {
    switch expr.kind {
    case .lambda(let lambda): return describe(lambda, head: "lambda")
    case .anonymousMethod(let lambda): return describe(lambda, head: "delegate")
    case .objectCreation(let type, let arguments, let initializer):
      var parts = [type.map(describe) ?? "_"] + arguments.map(describe)
      if let initializer { parts.append(describe(initializer)) }
      return list("new", parts)
    case .arrayCreation(let type, let sizes, let initializer, let isStackAlloc):
      var parts = [type.map(describe) ?? "_"] + sizes.map(describe)
      if let initializer { parts.append(describe(initializer)) }
      return list(isStackAlloc ? "stackalloc" : "new-array", parts)
    case .anonymousObject(let elements):
      return list("new-anonymous", elements.map(describe))
    case .collection(let elements):
      return "["
        + elements.map { element in
          switch element {
          case .value(let value): return describe(value)
          case .spread(let value): return ".." + describe(value)
          }
        }.joined(separator: ", ") + "]"
    case .initializerList(let initializer): return describe(initializer)
    case .tuple(let elements): return list("tuple", elements.map(describe))
    case .parenthesized(let inner): return list("paren", [describe(inner)])
    case .cast(let type, let operand): return list("cast", [describe(type), describe(operand)])
    case .isPattern(let value, let pattern): return list("is", [describe(value), describe(pattern)])
    case .asType(let value, let type): return list("as", [describe(value), describe(type)])
    case .switchExpression(let subject, let arms):
      let armTexts = arms.map { arm in
        "[" + describe(arm.pattern) + (arm.guardExpr.map { " when " + describe($0) } ?? "") + " => "
          + describe(arm.value) + "]"
      }
      return list("switch", [describe(subject)] + armTexts)
    case .with(let value, let initializer): return list("with", [describe(value), describe(initializer)])
    case .typeOf(let type): return list("typeof", [describe(type)])
    case .sizeOf(let type): return list("sizeof", [describe(type)])
    case .defaultValue(let type): return type.map { list("default", [describe($0)]) } ?? "default"
    case .checked(let inner, let isChecked): return list(isChecked ? "checked" : "unchecked", [describe(inner)])
    case .range(let from, let to): return list("..", [from.map(describe) ?? "_", to.map(describe) ?? "_"])
    case .throwExpression(let inner): return list("throw", [describe(inner)])
    case .refExpression(let inner): return list("ref", [describe(inner)])
    case .declaration(let type, let designation): return list("decl", [describe(type), describe(designation)])
    case .query(let clauses): return list("query", clauses.map(describe))
    case .other(let parts): return list("other", parts.map(describe))
    case .missing: return "<missing>"
    case .deferred: return "<deferred>"
    default: return "?"
    }
  }

  private func describe(_ lambda: Lambda, head: String) -> String {
    var parts: [String] = []
    if lambda.isAsync { parts.append("async") }
    if lambda.isStatic { parts.append("static") }
    if let returnType = lambda.returnType { parts.append("returns " + describe(returnType)) }
    parts.append("(" + describe(lambda.parameters) + ")")
    switch lambda.body {
    case .expression(let value): parts.append(describe(value))
    case .block(let block):
      var nested = SyntaxOutline(bytes: bytes)
      for statement in block.statements { nested.statement(statement, 0) }
      parts.append("{ " + nested.lines.map { $0.trimmingLeadingSpaces() }.joined(separator: "; ") + " }")
    }
    return list(head, parts)
  }

  private func describe(_ initializer: Initializer) -> String {
    "{" + initializer.elements.map(describe).joined(separator: ", ") + "}"
  }

  private func describe(_ element: Initializer.Element) -> String {
    switch element {
    case .assignment(let target, let value): return describe(target) + " = " + describe(value)
    case .value(let value): return describe(value)
    }
  }

  // MARK: - Patterns

  private func describe(_ pattern: Pattern) -> String {
    switch pattern.kind {
    case .constant(let value): return describe(value)
    case .declaration(let type, let designation):
      return list("declare", [type.map(describe) ?? "_", designation.map(describe) ?? "_"])
    case .discard: return "_"
    case .recursive(let type, let positional, let properties, let designation):
      var parts = [type.map(describe) ?? "_"]
      if !positional.isEmpty { parts.append("(" + positional.map(describe).joined(separator: ", ") + ")") }
      if !properties.isEmpty || positional.isEmpty {
        parts.append(
          "{"
            + properties.map { property in
              (property.path.isEmpty ? "" : property.path.map(\.text).joined(separator: ".") + ": ")
                + describe(property.pattern)
            }.joined(separator: ", ") + "}")
      }
      if let designation { parts.append(describe(designation)) }
      return list("recursive", parts)
    case .relational(let op, let value): return list(Self.symbol(op), [describe(value)])
    case .not(let inner): return list("not", [describe(inner)])
    case .and(let a, let b): return list("and", [describe(a), describe(b)])
    case .or(let a, let b): return list("or", [describe(a), describe(b)])
    case .parenthesized(let inner): return list("paren", [describe(inner)])
    case .list(let elements, let designation):
      return list("list", elements.map(describe) + (designation.map { [describe($0)] } ?? []))
    case .slice(let inner): return list("slice", inner.map { [describe($0)] } ?? [])
    case .type(let type): return list("type", [describe(type)])
    case .missing: return "<missing pattern>"
    }
  }

  // MARK: - Operator spellings

  static func symbol(_ op: UnaryOperator) -> String {
    switch op {
    case .plus: return "+"
    case .minus: return "-"
    case .not: return "!"
    case .bitwiseNot: return "~"
    case .increment: return "++"
    case .decrement: return "--"
    case .indexFromEnd: return "^"
    case .addressOf: return "&"
    case .dereference: return "*"
    }
  }

  static func symbol(_ op: BinaryOperator) -> String {
    switch op {
    case .add: return "+"
    case .subtract: return "-"
    case .multiply: return "*"
    case .divide: return "/"
    case .modulo: return "%"
    case .leftShift: return "<<"
    case .rightShift: return ">>"
    case .unsignedRightShift: return ">>>"
    case .lessThan: return "<"
    case .greaterThan: return ">"
    case .lessThanOrEqual: return "<="
    case .greaterThanOrEqual: return ">="
    case .equal: return "=="
    case .notEqual: return "!="
    case .bitwiseAnd: return "&"
    case .bitwiseOr: return "|"
    case .exclusiveOr: return "^"
    case .logicalAnd: return "&&"
    case .logicalOr: return "||"
    case .coalesce: return "??"
    }
  }

  static func symbol(_ op: AssignmentOperator) -> String {
    switch op {
    case .assign: return "="
    case .add: return "+="
    case .subtract: return "-="
    case .multiply: return "*="
    case .divide: return "/="
    case .modulo: return "%="
    case .and: return "&="
    case .or: return "|="
    case .exclusiveOr: return "^="
    case .leftShift: return "<<="
    case .rightShift: return ">>="
    case .unsignedRightShift: return ">>>="
    case .coalesce: return "??="
    }
  }
}

extension String {
  fileprivate func trimmingLeadingSpaces() -> String {
    String(drop(while: { $0 == " " }))
  }
}
