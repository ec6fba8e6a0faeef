import CSharpFrontend
import Foundation
import VTLintTestSupport
import XCTest

/// Every C# fixture is valid C#: the parser must read each without a single syntax diagnostic.
final class ParserFixtureTests: XCTestCase {
  func testEveryCSharpFixtureParsesWithoutDiagnostics() throws {
    var parsed = 0
    for project in FixtureProjects.projects() {
      for file in try FixtureProjects.load(project) where file.language == .csharp {
        let tree = Parser.parse(file.bytes)
        parsed += 1
        for diagnostic in tree.diagnostics {
          let location = file.location(of: diagnostic.range.start)
          XCTFail("\(file.path):\(location.line):\(location.column): \(diagnostic.message)")
        }
      }
    }
    XCTAssertGreaterThan(parsed, 4)
  }
}
