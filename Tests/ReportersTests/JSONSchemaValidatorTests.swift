import XCTest

/// The validator is only as good as its keywords: each one is shown to accept a valid instance and reject an
/// invalid one, on small schemas written for the purpose.
final class JSONSchemaValidatorTests: XCTestCase {
  private func errors(_ schema: String, _ instance: String) throws -> [String] {
    JSONSchemaValidator(schema: try TestJSONParser.parse(schema)).validate(try TestJSONParser.parse(instance))
  }

  private func assertKeyword(
    _ schema: String, valid: String, invalid: String, file: StaticString = #filePath, line: UInt = #line
  ) throws {
    XCTAssertEqual(try errors(schema, valid), [], file: file, line: line)
    XCTAssertFalse(try errors(schema, invalid).isEmpty, "accepted \(invalid)", file: file, line: line)
  }

  func testEachKeyword() throws {
    try assertKeyword(#"{"type": "integer"}"#, valid: "3", invalid: "3.5")
    try assertKeyword(#"{"type": ["array", "null"]}"#, valid: "null", invalid: "{}")
    try assertKeyword(#"{"enum": ["a", 1]}"#, valid: "1", invalid: #""b""#)
    try assertKeyword(#"{"minimum": 1, "maximum": 3}"#, valid: "2", invalid: "0")
    try assertKeyword(#"{"maximum": 3}"#, valid: "3", invalid: "4")
    try assertKeyword(#"{"pattern": "^[a-z]{2}$"}"#, valid: #""ab""#, invalid: #""abc""#)
    try assertKeyword(#"{"pattern": "[0-9]+"}"#, valid: #""x1y""#, invalid: #""xy""#)
    try assertKeyword(#"{"minItems": 1}"#, valid: "[1]", invalid: "[]")
    try assertKeyword(#"{"uniqueItems": true}"#, valid: "[1, 2]", invalid: #"[{"a": 1}, {"a": 1}]"#)
    try assertKeyword(#"{"items": {"type": "string"}}"#, valid: #"["a"]"#, invalid: #"["a", 2]"#)
    try assertKeyword(#"{"required": ["a"]}"#, valid: #"{"a": 1}"#, invalid: #"{"b": 1}"#)
    try assertKeyword(
      #"{"properties": {"a": {"type": "string"}}, "additionalProperties": false}"#, valid: #"{"a": "x"}"#,
      invalid: #"{"a": "x", "b": 1}"#)
    try assertKeyword(
      #"{"additionalProperties": {"type": "string"}}"#, valid: #"{"k": "v"}"#, invalid: #"{"k": 1}"#)
    try assertKeyword(
      #"{"anyOf": [{"required": ["a"]}, {"required": ["b"]}]}"#, valid: #"{"b": 1}"#, invalid: #"{"c": 1}"#)
    try assertKeyword(
      #"{"oneOf": [{"required": ["a"]}, {"required": ["b"]}]}"#, valid: #"{"a": 1}"#, invalid: #"{"a": 1, "b": 2}"#)
    try assertKeyword(
      ##"{"definitions": {"pos": {"type": "integer", "minimum": 1}}, "properties": {"line": {"$ref": "#/definitions/pos"}}}"##,
      valid: #"{"line": 1}"#, invalid: #"{"line": 0}"#)
    try assertKeyword(#"{"type": "object"}"#, valid: "{}", invalid: #"{"a": 1, "a": 2}"#)
  }

  func testUnknownKeywordsAndBadRefsAreReportedNotIgnored() throws {
    XCTAssertTrue(try errors(#"{"contains": {"type": "string"}}"#, "[]").contains { $0.contains("unsupported") })
    XCTAssertTrue(try errors(##"{"$ref": "#/definitions/missing"}"##, "1").contains { $0.contains("unresolvable") })
  }

  func testStrictParserRejectsSloppyJSON() {
    for bad in ["{\"a\": 1,}", "[1,]", "{'a': 1}", "01", "\"\u{1}\"", "\"\\ud800\"", "[1] 2", "{\"a\" 1}"] {
      XCTAssertThrowsError(try TestJSONParser.parse(bad), bad)
    }
    XCTAssertEqual(try TestJSONParser.parse(#""\ud83c\udf89""#).string, "🎉")
  }
}
