import Analysis
import SourceModel

/// VT0005 `stored-in-field`: a one-shot value kept where vtlint cannot see every consumption.
public enum StoredInFieldRule {
  public static let description = RuleDescription(
    id: "VT0005", name: "stored-in-field", title: "ValueTask stored in a field, property, array or collection",
    defaultVerdict: .warning, languages: [.csharp],
    rationale: """
      A `ValueTask` kept in a field, a property, an array element or a collection can be read by any code \
      that reaches the container, at any time, from any thread: nothing guarantees that it is consumed \
      exactly once, and nothing guarantees that it is consumed at all.
      """,
    howToFix: """
      Store `vt.AsTask()` (a `Task` can be awaited any number of times), or store the awaited result, or \
      restructure so the value is consumed where it is produced.
      """,
    limits: """
      Recognized destinations: assignments to anything that is not a local or parameter (fields, properties, \
      `this.x`, `a[i]`), field and property initializers, object initializers, array and collection \
      expressions, and the usual collection methods (`Add`, `Enqueue`, `Push`, `Insert`, `TryAdd`). A value \
      with no `IValueTaskSource` behind it may be consumed any number of times, so keeping one is not \
      reported: `new ValueTask()`, `new ValueTask<T>(result)`, `new ValueTask(task)`, `ValueTask.FromResult(x)` \
      (and `FromException`, `FromCanceled`), `ValueTask.CompletedTask`.
      """,
    examples: [
      Example(
        .flagged, .csharp,
        """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        public interface ISource { ValueTask<int> NextAsync(); }
        public class Keeper
        {
            private ValueTask<int> _pending;
            private readonly List<ValueTask<int>> _all = new();
            public void Start(ISource s)
            {
                _pending = s.NextAsync(); // expect: WARNING VT0005
                _all.Add(s.NextAsync()); // expect: WARNING VT0005
            }
        }
        """),
      Example(
        .clean, .csharp,
        """
        using System.Threading.Tasks;
        public interface ISource { ValueTask<int> NextAsync(); }
        public class KeepsTask
        {
            private Task<int> _pending;
            public void Start(ISource s)
            {
                _pending = s.NextAsync().AsTask(); // expect: GOOD VT0000
            }
        }
        """),
    ],
    equivalentExternalIDs: ["CA2012"])

  public static func check(_ fact: OneShotFact, file: SourceFile) -> Finding? {
    guard fact.kind == .storedInField else { return nil }
    return fact.finding(
      description, message: "'\(fact.subject)' is stored in \(fact.detail), where every consumption cannot be checked",
      file: file)
  }
}
