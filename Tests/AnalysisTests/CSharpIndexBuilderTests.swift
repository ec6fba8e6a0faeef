import Analysis
import CSharpFrontend
import XCTest

/// The first pass: what one file contributes to the project index.
final class CSharpIndexBuilderTests: XCTestCase {
  private func index(_ code: String, options: AnalysisOptions = AnalysisOptions()) throws -> ProjectIndex {
    let tree = Parser.parse(Array(code.utf8))
    try XCTSkipIf(tree.root.members.isEmpty, "the C# parser is still a placeholder (issue 2)")
    return CSharpIndexBuilder.index(tree.root, options: options)
  }

  func testMethodsAreKeyedByNameWithTheirArgumentRange() throws {
    let built = try index(
      """
      namespace N
      {
          public class Repo
          {
              public ValueTask<int> LoadAsync(int id, bool fresh = false) => default;
              public Task<int> LoadAsync(string key) => null;
              public ValueTask SaveAll(params int[] ids) => default;
          }
      }
      """)
    let load = try XCTUnwrap(built.methods["LoadAsync"])
    XCTAssertEqual(load.count, 2)
    let valueTask = try XCTUnwrap(load.first { $0.returnsOneShot })
    XCTAssertEqual(valueTask.minArguments, 1)
    XCTAssertEqual(valueTask.maxArguments, 2)
    XCTAssertEqual(valueTask.declaringType, "Repo")
    XCTAssertTrue(load.contains { !$0.returnsOneShot && $0.minArguments == 1 && $0.maxArguments == 1 })
    let save = try XCTUnwrap(built.methods["SaveAll"]?.first)
    XCTAssertEqual(save.minArguments, 0)
    XCTAssertEqual(save.maxArguments, Int.max)
    XCTAssertTrue(built.declaredTypes.contains("Repo"))
  }

  func testExtensionMethodsAlsoCountWithoutTheirReceiver() throws {
    let built = try index(
      """
      static class Ext
      {
          public static ValueTask<int> CountAsync(this IStore store, int page) => default;
      }
      """)
    let signatures = try XCTUnwrap(built.methods["CountAsync"])
    XCTAssertTrue(signatures.contains { $0.minArguments == 2 && $0.declaringType == "Ext" })
    XCTAssertTrue(signatures.contains { $0.minArguments == 1 && $0.maxArguments == 1 && $0.declaringType == "IStore" })
  }

  func testAliasesDelegatesPropertiesAndConfiguredTypes() throws {
    let built = try index(
      """
      global using Pending = System.Threading.Tasks.ValueTask<int>;
      global using Other = System.Collections.Generic.List<int>;
      using Local = System.Threading.Tasks.ValueTask;
      public delegate Local Handler(int x);
      public interface IThing
      {
          Pending Next();
          ValueTask<int> Current { get; }
          MyAwaitable Custom();
      }
      """, options: AnalysisOptions(extraOneShotTypes: ["MyAwaitable"]))
    XCTAssertTrue(built.oneShotTypeNames.contains("Pending"))
    XCTAssertFalse(built.oneShotTypeNames.contains("Local"), "a file-local alias stays in its file")
    XCTAssertTrue(built.otherAliasNames.contains("Other"))
    XCTAssertEqual(built.delegates["Handler"], [true])
    XCTAssertEqual(built.methods["Next"]?.first?.returnsOneShot, true)
    XCTAssertEqual(built.methods["Custom"]?.first?.returnsOneShot, true)
    XCTAssertEqual(built.properties["Current"]?.first?.returnsOneShot, true)
  }

  func testLambdaPositionsThatCannotBeDelegatesAreRecorded() throws {
    let built = try index(
      """
      interface ICalc
      {
          ValueTask<int> Sum(List<int> values);
          ValueTask<int> Apply(Func<int, int> f, int seed);
      }
      """)
    XCTAssertEqual(built.methods["Sum"]?.first?.nonDelegateParameters, 0b1)
    XCTAssertEqual(built.methods["Apply"]?.first?.nonDelegateParameters, 0b10)
  }
}
