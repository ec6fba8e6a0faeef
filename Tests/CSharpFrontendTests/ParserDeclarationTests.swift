import CSharpFrontend
import XCTest

/// Compilation units, usings, namespaces, type declarations and every member kind.
final class ParserDeclarationTests: XCTestCase {
  private func check(_ source: String, _ expected: [String], file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(ParserTestSupport.outline(source, file: file, line: line), expected, file: file, line: line)
  }

  func testUsingsAndNamespaces() {
    check(
      """
      global using System;
      using static System.Math;
      using L = System.Collections.Generic.List<int>;
      using P = (int X, int Y);
      [assembly: InternalsVisibleTo("Tests")]
      namespace A.B
      {
          using C;
          namespace D { }
      }
      """,
      [
        "global using System", "using static System.Math", "using L = System.Collections.Generic.List<int>",
        "using P = (int X, int Y)", "attributes [assembly: InternalsVisibleTo(\"Tests\")]", "namespace A.B",
        "  using C", "  namespace D",
      ])
    check("namespace N;\nclass C { }", ["namespace N;", "  class C"])
  }

  func testTypeDeclarations() {
    check(
      """
      [Serializable, Obsolete("x")]
      public sealed partial class C<T, U> : Base<T>, IFoo where T : class, new() where U : struct { }
      internal record R(int X, string Y = "") : B(X);
      public readonly record struct P(int X);
      record class Q;
      file interface I<in T, out U> { }
      enum E : byte { A, B = 2, [X] C }
      delegate ValueTask<T> D<T>(int x, params object[] rest);
      public ref struct S { }
      class Primary(ILogger log, int n) { }
      """,
      [
        "[Serializable, Obsolete(\"x\")] public sealed partial class C<T, U> : Base<T>, IFoo",
        "internal record R(int X, string Y = \"\") : B base(X)",
        "public readonly recordStruct P(int X)",
        "recordClass Q",
        "file interface I<T, U>",
        "enum E : byte",
        "  enum member A",
        "  enum member B = 2",
        "  [X] enum member C",
        "delegate ValueTask<T> D<T>(int x, params object[] rest)",
        "public ref struct S",
        "class Primary(ILogger log, int n)",
      ])
  }

  /// A delegate returning a tuple starts `delegate (` like an anonymous method (found in real code, where
  /// it was a syntax error).
  func testDelegatesReturningTuples() {
    check(
      """
      public static class Checks
      {
          public delegate (bool, string) Validator(string certificate);
          public delegate (int, int)? Pair(int a);
          public delegate (bool ok, string why)[] Many<T>(T a) where T : class;
      }
      """,
      [
        "public static class Checks", "  public delegate (bool, string) Validator(string certificate)",
        "  public delegate (int, int)? Pair(int a)", "  public delegate (bool ok, string why)[] Many<T>(T a)",
      ])
  }

  func testMemberKinds() {
    check(
      """
      class C : I
      {
          private const int K = 1, L = 2;
          private readonly List<int> _xs = new();
          public event EventHandler Changed, Closed;
          public event EventHandler Custom { add { } remove { } }
          public int P { get; private set; } = 3;
          public required string Name { get; init; }
          public int Q => 1;
          public int R { get => 1; set => _ = value; }
          public int this[int i] => i;
          public C(int x) : this() { }
          static C() { }
          ~C() { }
          public static C operator +(C a, C b) => a;
          public static bool operator true(C c) => true;
          public static C operator >>(C a, int n) => a;
          public static explicit operator int(C c) => 0;
          public static implicit operator checked long(C c) => 0;
          public async ValueTask<int> M<T>(T x) where T : notnull { return 0; }
          ValueTask I.Run() => default;
          int IList<int>.this[int i] { get => 0; set { } }
          event EventHandler I.E { add { } remove { } }
          public abstract void A();
          protected internal virtual unsafe fixed byte Buffer[16];
          public new void Hide() { }
      }
      """,
      [
        "class C : I",
        "  private field const int K = 1, L = 2",
        "  private readonly field List<int> _xs = (new _)",
        "  public event field EventHandler Changed, Closed",
        "  public event EventHandler Custom",
        "    add", "      {", "      }", "    remove", "      {", "      }",
        "  public property int P", "    get", "    private set", "    = 3",
        "  public required property string Name", "    get", "    init",
        "  public property int Q", "    => 1",
        "  public property int R", "    get", "      => 1", "    set", "      => (= _ value)",
        "  public indexer int this[int i]", "    => i",
        "  public constructor C(int x) : init()", "    {", "    }",
        "  static constructor C()", "    {", "    }",
        "  destructor C()", "    {", "    }",
        "  public static operator C +(C a, C b)", "    => a",
        "  public static operator bool true(C c)", "    => true",
        "  public static operator C >>(C a, int n)", "    => a",
        "  public static operator int int(C c)", "    => 0",
        "  public static operator long long(C c)", "    => 0",
        "  public async method ValueTask<int> M<T>(T x)", "    {", "      return 0", "    }",
        "  method ValueTask I.Run()", "    => default",
        "  indexer int IList<int>.this[int i]", "    get", "      => 0", "    set", "      {", "      }",
        "  event EventHandler I.E", "    add", "      {", "      }", "    remove", "      {", "      }",
        "  public abstract method void A()",
        "  protected internal virtual unsafe field fixed byte Buffer[16]",
        "  public new method void Hide()", "    {", "    }",
      ])
  }

  func testTopLevelStatements() {
    check(
      "using System;\nvar x = await F();\nConsole.WriteLine(x);\nstatic int G() => 1;\nclass C { }",
      [
        "using System", "global statement", "  local var x = (await (call F))", "global statement",
        "  (call (. Console WriteLine) x)", "global statement", "  static local function int G()", "    => 1",
        "class C",
      ])
  }

  func testMethodTreeShapeForTheAnalysis() {
    let (tree, _, messages) = ParserTestSupport.parse(
      "class C { async ValueTask<int> IFoo.BarAsync(CancellationToken ct = default) => await F(ct); }")
    XCTAssertEqual(messages, [])
    guard case .type(let type)? = tree.root.members.first?.kind, case .method(let method)? = type.members.first?.kind
    else { return XCTFail("no method") }
    XCTAssertEqual(method.name.text, "BarAsync")
    XCTAssertTrue(method.isAsync)
    XCTAssertEqual(method.explicitInterface?.lastName, "IFoo")
    XCTAssertEqual(method.returnType?.lastName, "ValueTask")
    XCTAssertEqual(method.returnType?.lastTypeArguments.first?.lastName, "int")
    XCTAssertEqual(method.parameters.map(\.name.text), ["ct"])
    guard case .expression(let body)? = method.body, case .await = body.kind else { return XCTFail("no await body") }
  }

  /// The names of the methods and constructors types declare, where written: local functions, properties,
  /// operators and top-level code are not among them; pass 1 and the deferred parse agree.
  func testDeclaredMethodNames() {
    let source = """
      namespace N { class C : I {
        void A() { void L() { } }
        C(int x) { }
        int P => 1;
        ValueTask I.B() => default;
        public static C operator +(C a, C b) => a;
        class D { T E<T>(T t) => t; }
      } }
      Run(1);
      """
    let bytes = Array(source.utf8)
    for deferring in [false, true] {
      let tree = Parser.parse(bytes, deferMemberBodies: deferring)
      let names = tree.declaredMethodNames.map { offset in
        tree.lexed.tokens.first { $0.range.start == offset }!.identifierText(in: bytes)
      }
      XCTAssertEqual(names, ["A", "C", "B", "E"], "deferred: \(deferring)")
    }
  }
}
