import Foundation

/// A JSON Schema (draft-04) validator covering the keywords the SARIF 2.1.0 schema uses: `$ref` to
/// `#/definitions/…`, `type` (one or several), `properties`, `required`, `additionalProperties` (false or a
/// schema), `enum`, `items`, `minItems`, `uniqueItems`, `minimum`, `maximum`, `pattern`, `anyOf`, `oneOf`,
/// `allOf`, `not`. `format`, `default`, `description` and `title` are annotations and ignored. An unknown
/// keyword is reported, so the validator never silently passes something it does not understand.
struct JSONSchemaValidator {
  let root: TestJSON
  private static let annotations: Set<String> = [
    "$schema", "id", "title", "description", "default", "format", "definitions",
  ]
  private static let understood: Set<String> = [
    "$ref", "type", "properties", "required", "additionalProperties", "enum", "items", "minItems",
    "uniqueItems", "minimum", "maximum", "pattern", "anyOf", "oneOf", "allOf", "not",
  ]

  init(schema: TestJSON) { root = schema }

  /// Every violation, as `path: reason`; empty when the instance is valid.
  func validate(_ instance: TestJSON) -> [String] {
    var errors: [String] = []
    check(instance, against: root, at: "$", errors: &errors, depth: 0)
    return errors
  }

  private func resolve(_ ref: String) -> TestJSON? {
    guard ref.hasPrefix("#/") else { return nil }
    var node: TestJSON? = root
    for part in ref.dropFirst(2).split(separator: "/") { node = node?[String(part)] }
    return node
  }

  private func check(_ value: TestJSON, against schema: TestJSON, at path: String, errors: inout [String], depth: Int) {
    guard depth < 100 else {
      errors.append("\(path): schema nesting too deep")
      return
    }
    guard case .object(let keywords) = schema else {
      errors.append("\(path): schema is not an object")
      return
    }
    for (keyword, _) in keywords
    where !JSONSchemaValidator.annotations.contains(keyword) && !JSONSchemaValidator.understood.contains(keyword) {
      errors.append("\(path): unsupported schema keyword \(keyword)")
    }
    if let ref = schema["$ref"]?.string {
      guard let target = resolve(ref) else {
        errors.append("\(path): unresolvable $ref \(ref)")
        return
      }
      // In draft-04 `$ref` replaces its siblings.
      check(value, against: target, at: path, errors: &errors, depth: depth + 1)
      return
    }
    if let type = schema["type"] {
      let allowed = type.array?.compactMap(\.string) ?? [type.string].compactMap { $0 }
      if !allowed.contains(where: { matches(value, type: $0) }) {
        errors.append("\(path): expected \(allowed.joined(separator: " or ")), got \(describe(value))")
        return
      }
    }
    if let options = schema["enum"]?.array, !options.contains(value) {
      errors.append("\(path): \(describe(value)) is not one of the allowed values")
    }
    checkNumber(value, schema, path, &errors)
    checkString(value, schema, path, &errors)
    checkArray(value, schema, path, &errors, depth)
    checkObject(value, schema, path, &errors, depth)
    checkCombinators(value, schema, path, &errors, depth)
  }

  private func matches(_ value: TestJSON, type: String) -> Bool {
    switch (type, value) {
    case ("null", .null), ("boolean", .bool), ("string", .string), ("array", .array), ("object", .object),
      ("number", .number):
      return true
    case ("integer", .number(let d)): return d == d.rounded()
    default: return false
    }
  }

  private func describe(_ value: TestJSON) -> String {
    switch value {
    case .null: return "null"
    case .bool(let b): return "boolean \(b)"
    case .number(let d): return "number \(d)"
    case .string(let s): return "string \"\(s.prefix(40))\""
    case .array: return "array"
    case .object: return "object"
    }
  }

  private func checkNumber(_ value: TestJSON, _ schema: TestJSON, _ path: String, _ errors: inout [String]) {
    guard case .number(let d) = value else { return }
    if case .number(let min)? = schema["minimum"], d < min { errors.append("\(path): \(d) is below minimum \(min)") }
    if case .number(let max)? = schema["maximum"], d > max { errors.append("\(path): \(d) is above maximum \(max)") }
  }

  private func checkString(_ value: TestJSON, _ schema: TestJSON, _ path: String, _ errors: inout [String]) {
    guard case .string(let s) = value, let pattern = schema["pattern"]?.string else { return }
    guard let regex = try? NSRegularExpression(pattern: pattern) else {
      errors.append("\(path): cannot compile pattern \(pattern)")
      return
    }
    // JSON Schema patterns are unanchored: a match anywhere counts.
    let range = NSRange(s.startIndex..<s.endIndex, in: s)
    if regex.firstMatch(in: s, range: range) == nil {
      errors.append("\(path): \"\(s)\" does not match pattern \(pattern)")
    }
  }

  private func checkArray(
    _ value: TestJSON, _ schema: TestJSON, _ path: String, _ errors: inout [String], _ depth: Int
  ) {
    guard case .array(let items) = value else { return }
    if let min = schema["minItems"]?.int, items.count < min {
      errors.append("\(path): \(items.count) items, at least \(min) required")
    }
    if case .bool(true)? = schema["uniqueItems"] {
      for a in 0..<items.count {
        for b in (a + 1)..<max(a + 1, items.count) where items[a] == items[b] {
          errors.append("\(path): items \(a) and \(b) are equal but must be unique")
        }
      }
    }
    if let itemSchema = schema["items"] {
      for (n, item) in items.enumerated() {
        check(item, against: itemSchema, at: "\(path)[\(n)]", errors: &errors, depth: depth + 1)
      }
    }
  }

  private func checkObject(
    _ value: TestJSON, _ schema: TestJSON, _ path: String, _ errors: inout [String], _ depth: Int
  ) {
    guard case .object(let members) = value else { return }
    var seen: Set<String> = []
    for (key, _) in members where !seen.insert(key).inserted { errors.append("\(path): duplicate key \(key)") }
    for required in schema["required"]?.array?.compactMap(\.string) ?? [] where !seen.contains(required) {
      errors.append("\(path): missing required property \(required)")
    }
    let properties = schema["properties"]
    for (key, member) in members {
      if let propertySchema = properties?[key] {
        check(member, against: propertySchema, at: "\(path).\(key)", errors: &errors, depth: depth + 1)
        continue
      }
      switch schema["additionalProperties"] {
      case .bool(false)?: errors.append("\(path): property \(key) is not allowed")
      case .object(let o)? where !o.isEmpty:
        check(member, against: schema["additionalProperties"]!, at: "\(path).\(key)", errors: &errors, depth: depth + 1)
      default: break
      }
    }
  }

  private func checkCombinators(
    _ value: TestJSON, _ schema: TestJSON, _ path: String, _ errors: inout [String], _ depth: Int
  ) {
    func passes(_ sub: TestJSON) -> Bool {
      var scratch: [String] = []
      check(value, against: sub, at: path, errors: &scratch, depth: depth + 1)
      return scratch.isEmpty
    }
    if let options = schema["anyOf"]?.array, !options.contains(where: passes) {
      errors.append("\(path): matches none of anyOf")
    }
    if let options = schema["oneOf"]?.array {
      let count = options.filter(passes).count
      if count != 1 { errors.append("\(path): matches \(count) of oneOf, exactly 1 required") }
    }
    if let all = schema["allOf"]?.array {
      for sub in all { check(value, against: sub, at: path, errors: &errors, depth: depth + 1) }
    }
    if let not = schema["not"], passes(not) { errors.append("\(path): matches a forbidden schema") }
  }
}
