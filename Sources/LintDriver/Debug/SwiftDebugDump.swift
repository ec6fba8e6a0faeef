import SourceModel
import SwiftFrontend

/// `vtlint debug tokens|parse` for `.swift` files: the Swift front end's tokens and syntax tree.
public enum SwiftDebugDump {
  /// One JSON object per token and trivia piece, in file order (they tile the file).
  public static func tokenLines(for file: SourceFile) -> [String] {
    let lexed = SwiftFrontend.Lexer.lex(file.bytes)
    var lines: [String] = []
    lines.reserveCapacity(lexed.tokens.count * 2)
    for token in lexed.tokens {
      for piece in lexed.trivia[token.leadingTrivia] {
        lines.append(#"{"kind": "trivia.\#(piece.kind)", "start": \#(piece.range.start), "end": \#(piece.range.end)}"#)
      }
      var kind = "\(token.kind)"
      if token.contextual != .none { kind += ":\(token.contextual)" }
      lines.append(#"{"kind": "\#(kind)", "start": \#(token.range.start), "end": \#(token.range.end)}"#)
    }
    return lines
  }

  /// The syntax tree as an indented outline, then one `path:line:col: message` line per diagnostic.
  public static func parse(_ file: SourceFile) -> ParseDump.Output {
    let tree = SwiftFrontend.Parser.parse(file.bytes)
    var printer = SwiftOutlinePrinter(file: file)
    for statement in tree.root.statements { printer.statement(statement, depth: 0) }
    let diagnostics = tree.diagnostics.map { diagnostic -> String in
      let location = file.location(of: diagnostic.range.start)
      return "\(file.path):\(location.line):\(location.column): \(diagnostic.message)"
    }
    return ParseDump.Output(outline: printer.lines, diagnostics: diagnostics)
  }
}

/// Writes declarations and statements one per line, indented by nesting; expressions show only the
/// closures inside them (where the Swift rules look). Depth is capped so a pathological file cannot
/// exhaust the stack.
private struct SwiftOutlinePrinter {
  let file: SourceFile
  var lines: [String] = []
  private let maxDepth = 200

  init(file: SourceFile) { self.file = file }

  private mutating func line(_ text: String, _ range: ByteRange, depth: Int) {
    let location = file.location(of: range.start)
    lines.append(String(repeating: "  ", count: min(depth, maxDepth)) + "\(text) @\(location.line):\(location.column)")
  }

  mutating func statement(_ stmt: SwiftStmt, depth: Int) {
    guard depth < maxDepth else { return }
    switch stmt.kind {
    case .declaration(let decl): declaration(decl, depth: depth)
    case .expression(let expr):
      line("expr", stmt.range, depth: depth)
      closures(in: expr, depth: depth + 1)
    case .if(let node): ifNode(node, depth: depth)
    case .guard(let conditions, let elseBlock):
      line("guard", stmt.range, depth: depth)
      for condition in conditions { conditionNode(condition, depth: depth + 1) }
      block(elseBlock, depth: depth + 1)
    case .switch(let node): switchNode(node, depth: depth)
    case .forIn(let node):
      line("for\(node.isTry ? " try" : "")\(node.isAwait ? " await" : "")-in", stmt.range, depth: depth)
      closures(in: node.sequence, depth: depth + 1)
      block(node.body, depth: depth + 1)
    case .while(let conditions, let body):
      line("while", stmt.range, depth: depth)
      for condition in conditions { conditionNode(condition, depth: depth + 1) }
      block(body, depth: depth + 1)
    case .repeatWhile(let body, let condition):
      line("repeat-while", stmt.range, depth: depth)
      block(body, depth: depth + 1)
      closures(in: condition, depth: depth + 1)
    case .do(let body, _, let catches):
      line("do", stmt.range, depth: depth)
      block(body, depth: depth + 1)
      for clause in catches {
        line("catch", clause.range, depth: depth)
        block(clause.body, depth: depth + 1)
      }
    case .defer(let body):
      line("defer", stmt.range, depth: depth)
      block(body, depth: depth + 1)
    case .return(let value):
      line("return", stmt.range, depth: depth)
      if let value { closures(in: value, depth: depth + 1) }
    case .throw(let value):
      line("throw", stmt.range, depth: depth)
      closures(in: value, depth: depth + 1)
    case .break: line("break", stmt.range, depth: depth)
    case .continue: line("continue", stmt.range, depth: depth)
    case .fallthrough: line("fallthrough", stmt.range, depth: depth)
    case .yield: line("yield", stmt.range, depth: depth)
    case .discard: line("discard", stmt.range, depth: depth)
    case .labeled(let label, let inner):
      line("label \(label.text)", stmt.range, depth: depth)
      statement(inner, depth: depth + 1)
    case .ifConfig(let clauses): ifConfig(clauses, depth: depth)
    case .directive: line("directive", stmt.range, depth: depth)
    case .error: line("error", stmt.range, depth: depth)
    }
  }

  mutating func declaration(_ decl: SwiftDecl, depth: Int) {
    guard depth < maxDepth else { return }
    let prefix = (decl.attributes.map { "@" + $0.name } + decl.modifiers.map(\.name)).joined(separator: " ")
    let lead = prefix.isEmpty ? "" : prefix + " "
    switch decl.kind {
    case .function(let f), .initializer(let f), .deinitializer(let f), .subscript(let f), .macro(let f):
      let effects = (f.effects.isAsync ? " async" : "") + (f.effects.isThrowing ? " throws" : "")
      line("\(lead)func \(f.name.text)(\(f.parameters.count) params)\(effects)", decl.range, depth: depth)
      if let body = f.body { block(body, depth: depth + 1) }
      for accessor in f.accessors { accessorNode(accessor, depth: depth + 1) }
    case .variable(let v):
      for binding in v.bindings {
        let names = binding.pattern.boundNames.map(\.text).joined(separator: ", ")
        line("\(lead)\(v.isLet ? "let" : "var") \(names)", binding.range, depth: depth)
        if let initializer = binding.initializer { closures(in: initializer, depth: depth + 1) }
        for accessor in binding.accessors { accessorNode(accessor, depth: depth + 1) }
      }
    case .type(let t):
      line("\(lead)\(t.keyword) \(t.name.text)", decl.range, depth: depth)
      for member in t.members { declaration(member, depth: depth + 1) }
    case .typeAlias(let name, _, _): line("\(lead)typealias \(name.text)", decl.range, depth: depth)
    case .associatedType(let name, _, _): line("\(lead)associatedtype \(name.text)", decl.range, depth: depth)
    case .enumCase(let elements):
      line("\(lead)case \(elements.map(\.name.text).joined(separator: ", "))", decl.range, depth: depth)
    case .import(let path): line("\(lead)import \(path.map(\.text).joined(separator: "."))", decl.range, depth: depth)
    case .operator(let name): line("\(lead)operator \(name)", decl.range, depth: depth)
    case .precedenceGroup(let name): line("precedencegroup \(name.text)", decl.range, depth: depth)
    case .macroExpansion(let expr):
      line("\(lead)macro expansion", decl.range, depth: depth)
      closures(in: expr, depth: depth + 1)
    case .ifConfig(let clauses): ifConfig(clauses, depth: depth)
    case .error: line("error", decl.range, depth: depth)
    }
  }

  private mutating func accessorNode(_ accessor: SwiftAccessor, depth: Int) {
    line(accessor.keyword, accessor.range, depth: depth)
    if let body = accessor.body { block(body, depth: depth + 1) }
  }

  private mutating func block(_ block: SwiftBlock, depth: Int) {
    for stmt in block.statements { statement(stmt, depth: depth) }
  }

  private mutating func ifNode(_ node: SwiftIf, depth: Int) {
    line("if", node.range, depth: depth)
    for condition in node.conditions { conditionNode(condition, depth: depth + 1) }
    block(node.body, depth: depth + 1)
    switch node.elseBranch {
    case .block(let elseBlock):
      line("else", elseBlock.range, depth: depth)
      block(elseBlock, depth: depth + 1)
    case .if(let elseIf): ifNode(elseIf, depth: depth)
    case nil: break
    }
  }

  private mutating func conditionNode(_ condition: SwiftCondition, depth: Int) {
    switch condition.kind {
    case .expression(let expr): closures(in: expr, depth: depth)
    case .optionalBinding(let keyword, let pattern, _, _):
      line("\(keyword) \(pattern.boundNames.map(\.text).joined(separator: ", "))", condition.range, depth: depth)
    case .casePattern: line("case pattern", condition.range, depth: depth)
    case .availability: line("availability", condition.range, depth: depth)
    }
  }

  private mutating func switchNode(_ node: SwiftSwitch, depth: Int) {
    line("switch", node.range, depth: depth)
    for arm in node.cases {
      line(arm.isDefault ? "default" : "case", arm.range, depth: depth + 1)
      for stmt in arm.statements { statement(stmt, depth: depth + 2) }
    }
  }

  private mutating func ifConfig(_ clauses: [SwiftIfConfigClause], depth: Int) {
    for clause in clauses {
      line("#\(clause.keyword)", clause.range, depth: depth)
      for item in clause.items { statement(item, depth: depth + 1) }
    }
  }

  /// Closures, `if`/`switch` expressions nested in an expression, without printing the expression itself.
  private mutating func closures(in expr: SwiftExpr, depth: Int) {
    guard depth < maxDepth else { return }
    switch expr.kind {
    case .closure(let closure):
      let params = closure.parameters.map { "(\($0.map { $0.firstName?.text ?? "_" }.joined(separator: ", ")))" } ?? ""
      line("closure\(params)\(closure.effects.isAsync ? " async" : "")", expr.range, depth: depth)
      for stmt in closure.statements { statement(stmt, depth: depth + 1) }
    case .if(let node): ifNode(node, depth: depth)
    case .switch(let node): switchNode(node, depth: depth)
    default:
      for child in expr.children { closures(in: child, depth: depth) }
    }
  }
}
