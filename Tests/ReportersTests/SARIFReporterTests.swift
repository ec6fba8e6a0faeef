import Foundation
import Reporters
import Rules
import SourceModel
import XCTest

final class SARIFReporterTests: XCTestCase {
  private func validator() throws -> JSONSchemaValidator {
    JSONSchemaValidator(schema: try TestJSONParser.parse(try TestResources.text("sarif-schema-2.1.0.json")))
  }

  private func sarif(_ run: RunResult) throws -> TestJSON {
    try TestJSONParser.parse(SARIFReporter().render(run))
  }

  func testSampleValidatesAgainstTheOfficialSchema() throws {
    let v = try validator()
    var withEverything = TestRuns.sample()
    withEverything.baseDirectory = "/home/ci/repo"
    withEverything.failed = [FailedFile(path: "src/Locked.cs", error: "permission denied")]
    for run in [TestRuns.sample(), withEverything, TestRuns.hostile(), RunResult(findings: [], fileCount: 0)] {
      let errors = v.validate(try sarif(run))
      XCTAssertEqual(errors, [], errors.prefix(10).joined(separator: "\n"))
    }
  }

  func testValidatorCatchesBrokenDocuments() throws {
    let v = try validator()
    let good = try sarif(TestRuns.sample())
    XCTAssertEqual(v.validate(good), [])

    // Missing required top-level `version`.
    guard case .object(var top) = good else { return XCTFail("not an object") }
    top.removeAll { $0.0 == "version" }
    XCTAssertTrue(v.validate(.object(top)).contains { $0.contains("missing required property version") })

    // Wrong type and bad enum value deep inside a result.
    let wrongType = try TestJSONParser.parse(
      SARIFReporter().render(TestRuns.sample()).replacingOccurrences(
        of: "\"startLine\": 5", with: "\"startLine\": \"5\""))
    XCTAssertTrue(v.validate(wrongType).contains { $0.contains("startLine") && $0.contains("expected integer") })
    let badLevel = try TestJSONParser.parse(
      SARIFReporter().render(TestRuns.sample()).replacingOccurrences(
        of: "\"level\": \"error\"", with: "\"level\": \"fatal\""))
    XCTAssertFalse(v.validate(badLevel).isEmpty)
    // Unknown property where additionalProperties is false, and a number under its minimum.
    let extra = try TestJSONParser.parse(
      SARIFReporter().render(TestRuns.sample()).replacingOccurrences(
        of: "\"columnKind\"", with: "\"notASarifKey\": 1, \"columnKind\""))
    XCTAssertTrue(v.validate(extra).contains { $0.contains("notASarifKey") })
    let zeroLine = try TestJSONParser.parse(
      SARIFReporter().render(TestRuns.sample()).replacingOccurrences(of: "\"startLine\": 5", with: "\"startLine\": 0"))
    XCTAssertTrue(v.validate(zeroLine).contains { $0.contains("below minimum") })
    // anyOf: a message with neither text nor id.
    let noText = try TestJSONParser.parse(
      SARIFReporter().render(TestRuns.sample()).replacingOccurrences(
        of: "\"text\": \"ValueTask 'vt' is awaited more than once\"", with: "\"markdown\": \"x\""))
    XCTAssertTrue(v.validate(noText).contains { $0.contains("anyOf") })
  }

  func testRunShapeForGitHubCodeScanning() throws {
    var run = TestRuns.sample()
    run.baseDirectory = "/home/ci/repo"
    let doc = try sarif(run)
    XCTAssertEqual(doc["version"]?.string, "2.1.0")
    XCTAssertNotNil(doc["$schema"]?.string)
    let r = try XCTUnwrap(doc["runs"]?[0])
    XCTAssertEqual(r["columnKind"]?.string, "unicodeCodePoints")
    XCTAssertEqual(r["originalUriBaseIds"]?["%SRCROOT%"]?["uri"]?.string, "file:///home/ci/repo/")
    let driver = try XCTUnwrap(r["tool"]?["driver"])
    XCTAssertEqual(driver["name"]?.string, "vtlint")
    XCTAssertEqual(driver["version"]?.string, "9.9.9-test")
    XCTAssertNotNil(driver["informationUri"]?.string)
    let rules = try XCTUnwrap(driver["rules"]?.array)
    XCTAssertEqual(rules.compactMap { $0["id"]?.string }, ["VT0001", "VT0002", "VT0003"])
    for rule in rules {
      XCTAssertNotNil(rule["name"]?.string)
      XCTAssertFalse(rule["shortDescription"]?["text"]?.string?.isEmpty ?? true)
      XCTAssertFalse(rule["fullDescription"]?["text"]?.string?.isEmpty ?? true)
      XCTAssertFalse(rule["help"]?["text"]?.string?.isEmpty ?? true)
      XCTAssertFalse(rule["help"]?["markdown"]?.string?.isEmpty ?? true)
    }
    XCTAssertEqual(rules[0]["defaultConfiguration"]?["level"]?.string, "error")
    XCTAssertEqual(rules[1]["defaultConfiguration"]?["level"]?.string, "warning")
    XCTAssertEqual(rules[2]["defaultConfiguration"]?["level"]?.string, "note")
    XCTAssertTrue(rules[0]["help"]?["markdown"]?.string?.contains("pooled object") ?? false)
  }

  func testResultCarriesLocationRegionRelatedAndFingerprint() throws {
    let run = TestRuns.sample()
    let results = try XCTUnwrap(try sarif(run)["runs"]?[0]?["results"]?.array)
    XCTAssertEqual(results.count, 3)
    let bad = try XCTUnwrap(results.first { $0["ruleId"]?.string == "VT0001" })
    XCTAssertEqual(bad["ruleIndex"]?.int, 0)
    XCTAssertEqual(bad["level"]?.string, "error")
    XCTAssertEqual(bad["message"]?["text"]?.string, "ValueTask 'vt' is awaited more than once")
    let loc = try XCTUnwrap(bad["locations"]?[0]?["physicalLocation"])
    XCTAssertEqual(loc["artifactLocation"]?["uri"]?.string, "src/Cache.cs")
    XCTAssertEqual(loc["artifactLocation"]?["uriBaseId"]?.string, "%SRCROOT%")
    XCTAssertEqual(loc["region"]?["startLine"]?.int, 5)
    XCTAssertEqual(loc["region"]?["startColumn"]?.int, 17)
    XCTAssertEqual(loc["region"]?["endLine"]?.int, 5)
    XCTAssertEqual(loc["region"]?["endColumn"]?.int, 25)
    let related = try XCTUnwrap(bad["relatedLocations"]?[0])
    XCTAssertEqual(related["message"]?["text"]?.string, "first await of 'vt'")
    XCTAssertEqual(related["physicalLocation"]?["region"]?["startLine"]?.int, 4)
    let finding = try XCTUnwrap(run.findings.first { $0.ruleID == "VT0001" })
    XCTAssertEqual(bad["partialFingerprints"]?[SARIFReporter.fingerprintKey]?.string, run.fingerprint(of: finding))
    let good = try XCTUnwrap(results.first { $0["ruleId"]?.string == "VT0003" })
    XCTAssertEqual(good["level"]?.string, "note")
    XCTAssertEqual(good["ruleIndex"]?.int, 2)
  }

  func testLevelFollowsEffectiveSeverityAndUnknownRulesGetAnEntry() throws {
    var run = TestRuns.sample()
    run.rules = []
    run.findings = run.findings.map { f in
      var f = f
      if f.verdict == .bad { f.severity = .warning }
      return f
    }
    let driverRun = try XCTUnwrap(try sarif(run)["runs"]?[0])
    let rules = try XCTUnwrap(driverRun["tool"]?["driver"]?["rules"]?.array)
    XCTAssertEqual(rules.count, 3)
    let bad = try XCTUnwrap(driverRun["results"]?.array?.first { $0["ruleId"]?.string == "VT0001" })
    XCTAssertEqual(bad["level"]?.string, "warning")
    XCTAssertEqual(rules[bad["ruleIndex"]?.int ?? -1]["id"]?.string, "VT0001")
    XCTAssertEqual(try validator().validate(try sarif(run)), [])
  }

  func testURIsArePercentEncodedAndRelative() throws {
    var run = TestRuns.hostile()
    run.findings[0].path = "/home/ci/repo/src/we,ird: dir/Caché 100%\\.cs"
    run.baseDirectory = "/home/ci/repo/"
    let results = try sarif(run)["runs"]?[0]?["results"]
    let uri = results?[0]?["locations"]?[0]?["physicalLocation"]?["artifactLocation"]?["uri"]?.string
    XCTAssertEqual(uri, "src/we%2Cird%3A%20dir/Cach%C3%A9%20100%25%5C.cs")
    var outside = TestRuns.hostile()
    outside.findings[0].path = "/elsewhere/a b.cs"
    outside.baseDirectory = "/home/ci/repo"
    let abs = try sarif(outside)["runs"]?[0]?["results"]?[0]?["locations"]?[0]?["physicalLocation"]?["artifactLocation"]
    XCTAssertEqual(abs?["uri"]?.string, "file:///elsewhere/a%20b.cs")
    XCTAssertNil(abs?["uriBaseId"])
  }

  func testFailedAndSkippedFilesBecomeNotifications() throws {
    var run = TestRuns.sample()
    run.failed = [FailedFile(path: "src/Locked.cs", error: "permission denied")]
    let notes = try XCTUnwrap(try sarif(run)["runs"]?[0]?["invocations"]?[0]?["toolExecutionNotifications"]?.array)
    XCTAssertEqual(notes.count, 2)
    XCTAssertEqual(notes[0]["level"]?.string, "error")
    XCTAssertEqual(notes[0]["message"]?["text"]?.string, "could not lint: permission denied")
    XCTAssertEqual(notes[1]["level"]?.string, "note")
    XCTAssertEqual(notes[1]["message"]?["text"]?.string, "skipped: generated")
  }

  func testDeterministic() {
    let run = TestRuns.sample()
    XCTAssertEqual(SARIFReporter().render(run), SARIFReporter().render(TestRuns.shuffled(run, seed: 7)))
  }

  func testSnapshot() {
    Snapshot.assertMatches(SARIFReporter().render(TestRuns.sample()), named: "sample.sarif")
  }
}

/// The SARIF document built from the real registry: every rule vtlint ships, one finding each.
final class SARIFRegistryTests: XCTestCase {
  func testEveryRegisteredRuleProducesValidSARIFWithHelp() throws {
    let file = SourceFile(path: "src/a.cs", text: "x = await vt;\n")
    let findings = RuleRegistry.all.map {
      Finding(rule: $0, message: "probe \($0.id)", file: file, range: TestRuns.range(of: "await", in: file))
    }
    let run = RunResult(
      findings: findings, summary: RunSummary(files: 1, counting: findings), sources: SourceLookup(files: [file]),
      baseDirectory: "/repo")
    let text = SARIFReporter().render(run)
    let doc = try TestJSONParser.parse(text)
    let schema = try TestJSONParser.parse(try TestResources.text("sarif-schema-2.1.0.json"))
    let errors = JSONSchemaValidator(schema: schema).validate(doc)
    XCTAssertEqual(errors, [], errors.prefix(10).joined(separator: "\n"))
    let rules = try XCTUnwrap(doc["runs"]?[0]?["tool"]?["driver"]?["rules"]?.array)
    XCTAssertEqual(rules.count, Set(RuleRegistry.all.map(\.id)).count)
    for rule in rules {
      let id = rule["id"]?.string ?? "?"
      XCTAssertFalse(rule["shortDescription"]?["text"]?.string?.isEmpty ?? true, id)
      XCTAssertFalse(rule["fullDescription"]?["text"]?.string?.isEmpty ?? true, id)
      XCTAssertFalse(rule["help"]?["text"]?.string?.isEmpty ?? true, id)
    }
    let results = try XCTUnwrap(doc["runs"]?[0]?["results"]?.array)
    for result in results {
      let index = try XCTUnwrap(result["ruleIndex"]?.int)
      XCTAssertEqual(rules[index]["id"], result["ruleId"])
    }
  }
}
