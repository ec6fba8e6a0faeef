import CSharpFrontend
import SourceModel
import XCTest

/// Parses snippets for the parser tests and renders them as outlines and S-expressions.
enum ParserTestSupport {
  /// The tree and the diagnostics' messages (`line:col: message`).
  static func parse(_ source: String) -> (tree: CSharpSyntaxTree, bytes: [UInt8], messages: [String]) {
    let bytes = Array(source.utf8)
    let tree = Parser.parse(bytes)
    let lines = LineTable(bytes: bytes)
    let messages = tree.diagnostics.map { diagnostic in
      let location = bytes.withUnsafeBufferPointer { lines.location(of: diagnostic.range.start, in: $0) }
      return "\(location.line):\(location.column): \(diagnostic.message)"
    }
    return (tree, bytes, messages)
  }

  /// The outline of a file that must parse without diagnostics.
  static func outline(_ source: String, file: StaticString = #filePath, line: UInt = #line) -> [String] {
    let (tree, bytes, messages) = parse(source)
    XCTAssertEqual(messages, [], "unexpected diagnostics", file: file, line: line)
    return SyntaxOutline.lines(for: tree.root, bytes: bytes)
  }

  /// The outline of the statements of a method body (inside an async method), which must parse cleanly.
  static func statements(_ body: String, file: StaticString = #filePath, line: UInt = #line) -> [String] {
    let lines = outline("class C {\nasync void M() {\n" + body + "\n}\n}", file: file, line: line)
    // Drop `class C`, `async method …`, `{` and the closing `}`, and the two levels of indentation.
    return lines.dropFirst(3).dropLast().map { String($0.dropFirst(6)) }
  }

  /// An expression (as the initializer of a local in an async method) as an S-expression.
  static func expression(_ source: String, file: StaticString = #filePath, line: UInt = #line) -> String {
    let (tree, bytes, messages) = parse("class C { async void M() { var r = " + source + "; } }")
    XCTAssertEqual(messages, [], "unexpected diagnostics in \(source)", file: file, line: line)
    guard case .type(let type)? = tree.root.members.first?.kind,
      case .method(let method)? = type.members.first?.kind,
      case .block(let block)? = method.body,
      case .localDeclaration(let declaration)? = block.statements.first?.kind,
      let value = declaration.declarators.first?.initializer
    else {
      XCTFail("no initializer found for \(source)", file: file, line: line)
      return ""
    }
    return SyntaxOutline.describe(value, bytes: bytes)
  }
}
