import CSharpFrontend
import Dispatch
import SourceModel
import XCTest

@testable import Analysis

/// A run of one file reads its largest member list in two halves at once (`MemberHalves`): the index's
/// declarations and the analysis's work items come out as one walk in order gives them.
final class MemberHalvesTests: XCTestCase {
  private let concurrent = ParallelJobs { count, job in DispatchQueue.concurrentPerform(iterations: count, execute: job)
  }

  /// A namespace of more types than `MemberHalves.from`, then one type of more members, each with
  /// declarations the index lists and bodies the analysis walks.
  private func largeFile() -> [UInt8] {
    var text = "using System.Threading.Tasks;\nnamespace Many {\n"
    for i in 0..<(MemberHalves.from + 30) {
      text += """
        public class T\(i)(int p\(i)) {
          ValueTask<int> F\(i)() => default;
          public Func<ValueTask> D\(i) { get; } = () => default;
          async Task M\(i)() { var v = F\(i)(); await v; await v; }
          public delegate ValueTask H\(i)();
        }

        """
    }
    text += "}\nclass Wide {\n"
    for i in 0..<(MemberHalves.from + 7) {
      text +=
        "  int f\(i) = \(i); ValueTask<int> G\(i)(int a, params int[] b) => default; async Task W\(i)() { await G\(i)(1); }\n"
    }
    text += "}\n"
    return Array(text.utf8)
  }

  func testAnIndexReadInHalvesListsWhatOneReadingLists() {
    let tree = Parser.parse(largeFile(), deferMemberBodies: true)
    let options = AnalysisOptions()
    let one = CSharpIndexBuilder.part(tree.root, options: options)
    XCTAssertGreaterThan(one.methods.count, 2 * MemberHalves.from)
    for parallel in [concurrent, .lastFirst] {
      let halves = CSharpIndexBuilder.part(tree.root, options: options, parallel: parallel)
      XCTAssertEqual(halves.methods.map(\.name), one.methods.map(\.name))
      XCTAssertEqual(halves.methods.map(\.signature), one.methods.map(\.signature))
      XCTAssertEqual(halves.properties.map(\.name), one.properties.map(\.name))
      XCTAssertEqual(halves.properties.map(\.signature), one.properties.map(\.signature))
      XCTAssertEqual(halves.delegates.map(\.name), one.delegates.map(\.name))
      XCTAssertEqual(halves.declaredTypes, one.declaredTypes)
      XCTAssertEqual(halves.oneShotTypeNames, one.oneShotTypeNames)
    }
  }

  func testWorkPlannedInHalvesFindsWhatOnePlanFinds() {
    let bytes = largeFile()
    let tree = Parser.parse(bytes, deferMemberBodies: true)
    let options = AnalysisOptions()
    let index = ProjectIndex(CSharpIndexBuilder.part(tree.root, options: options))
    let hits = OneShotPrecheck.hits(in: tree, bytes: bytes, index: index, options: options)
    let one = CSharpFileAnalyzer.analyze(
      tree.root, bytes: bytes, index: index, options: options, hits: hits, bodies: DeferredBodyParser(tree: tree))
    XCTAssertGreaterThan(one.count, 2 * MemberHalves.from)
    for parallel in [concurrent, .lastFirst] {
      // Walked in order (`parallelFrom` out of reach): only the plan is made in halves.
      let planned = CSharpFileAnalyzer.analyze(
        tree.root, bytes: bytes, index: index, options: options, hits: hits, bodies: DeferredBodyParser(tree: tree),
        parallel: parallel, parallelFrom: .max)
      XCTAssertEqual(planned, one)
    }
  }
}
