/// Writes plausible C# files: the shapes a real service or library has (namespaces, classes, records,
/// interfaces, async methods returning `Task`/`ValueTask`, ValueTask locals used well and badly, lambdas,
/// LINQ, generics, every string form, comments, `#region` and `#if`). Not meant to compile; meant to make
/// the lexer, parser and analysis do the work a real tree makes them do.
struct CSharpCorpus {
  var rng: SeededGenerator

  private static let nouns = [
    "Order", "Customer", "Invoice", "Session", "Channel", "Buffer", "Message", "Payload", "Cache", "Queue",
    "Stream", "Request", "Response", "Token", "Segment", "Record", "Batch", "Lease", "Shard", "Frame",
  ]
  private static let verbs = [
    "Read", "Write", "Fetch", "Load", "Save", "Flush", "Send", "Receive", "Process", "Validate", "Resolve",
    "Open", "Close", "Acquire", "Release", "Publish", "Consume", "Parse", "Encode", "Decode",
  ]
  private static let types = [
    "int", "long", "string", "bool", "byte[]", "Guid", "TimeSpan", "DateTimeOffset", "double",
    "List<string>", "Dictionary<string, int>", "ReadOnlyMemory<byte>", "IReadOnlyList<Order>",
  ]
  private static let usings = [
    "System", "System.Buffers", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http",
    "System.Runtime.CompilerServices", "System.Text", "System.Threading", "System.Threading.Channels",
    "System.Threading.Tasks", "Microsoft.Extensions.Logging",
  ]

  init(seed: UInt64) { rng = SeededGenerator(seed: seed) }

  private mutating func name() -> String { rng.pick(Self.verbs) + rng.pick(Self.nouns) }
  private mutating func typeName() -> String { rng.pick(Self.nouns) + rng.pick(["", "Service", "Store", "Handler"]) }
  private mutating func valueType() -> String { rng.pick(Self.types) }
  private mutating func local() -> String { rng.pick(["value", "result", "task", "pending", "item", "count"]) }

  /// One file of roughly `targetBytes` bytes (it stops at the first type boundary past the target).
  mutating func file(targetBytes: Int, index: Int) -> String {
    var w = CodeWriter()
    if rng.chance(40) { w.line("// Copyright (c) Example Contributors. Licensed under the MIT license.") }
    for u in Self.usings where rng.chance(55) { w.line("using \(u);") }
    if rng.chance(20) { w.line("using static System.Math;") }
    w.line("")
    if rng.chance(25) {
      w.flush("#nullable enable")
      w.line("")
    }
    let ns = "Example.\(rng.pick(Self.nouns))s.Module\(index % 17)"
    let fileScoped = rng.chance(50)
    if fileScoped {
      w.line("namespace \(ns);")
      w.line("")
    } else {
      w.allman("namespace \(ns)")
    }
    var typeCount = 0
    while w.text.utf8.count < targetBytes || typeCount == 0 {
      writeType(&w)
      w.line("")
      typeCount += 1
    }
    if !fileScoped { w.close() }
    return w.text
  }

  private mutating func writeType(_ w: inout CodeWriter) {
    let kind = rng.below(10)
    let tname = typeName()
    if kind == 0 {
      w.line("/// <summary>Contract for \(tname.lowercased()) operations.</summary>")
      w.allman("public interface I\(tname)")
      for _ in 0..<rng.within(2...6) {
        w.line("ValueTask<\(valueType())> \(name())Async(CancellationToken cancellationToken = default);")
      }
      w.close()
      return
    }
    if kind == 1 {
      w.line("public sealed record \(tname)Snapshot(string Id, int Version, DateTimeOffset At);")
      return
    }
    w.line("/// <summary>")
    w.line("/// Handles <see cref=\"\(tname)\"/> work; generated for benchmarking.")
    w.line("/// </summary>")
    let generic = rng.chance(25)
    let header =
      "public \(rng.pick(["sealed ", "", "partial ", "abstract "]))class \(tname)\(generic ? "<TKey, TValue>" : "")"
      + " : I\(tname)\(generic ? " where TKey : notnull" : "")"
    w.allman(header)
    w.line("private readonly ILogger<\(tname)> _logger;")
    w.line("private readonly SemaphoreSlim _gate = new(1, 1);")
    w.line("private int _count;")
    w.line("")
    w.allman("public \(tname)(ILogger<\(tname)> logger)")
    w.line("_logger = logger ?? throw new ArgumentNullException(nameof(logger));")
    w.close()
    w.line("")
    for m in 0..<rng.within(3...9) {
      if m % 4 == 3 && rng.chance(50) {
        w.flush("#region \(rng.pick(Self.verbs)) helpers")
        writeMember(&w)
        w.flush("#endregion")
      } else if rng.chance(10) {
        w.flush("#if DEBUG")
        writeMember(&w)
        w.flush("#else")
        w.line("// release build: diagnostics compiled out")
        w.flush("#endif")
      } else {
        writeMember(&w)
      }
      w.line("")
    }
    w.close()
  }

  private mutating func writeMember(_ w: inout CodeWriter) {
    switch rng.below(9) {
    case 0: writeProperty(&w)
    case 1: writeSyncMethod(&w)
    case 2: writeValueTaskLocalGood(&w)
    case 3: writeValueTaskLocalBad(&w)
    case 4: writeLinqMethod(&w)
    case 5: writeStringsMethod(&w)
    case 6: writeSwitchMethod(&w)
    case 7: writeValueTaskProducer(&w)
    default: writeAsyncTaskMethod(&w)
    }
  }

  private mutating func writeProperty(_ w: inout CodeWriter) {
    let t = valueType()
    w.line("public \(t) \(rng.pick(Self.nouns))Value { get; private set; } = default!;")
    w.line("public int Count => Volatile.Read(ref _count);")
  }

  private mutating func writeSyncMethod(_ w: inout CodeWriter) {
    w.allman("public int \(name())(ReadOnlySpan<byte> input, int offset)")
    w.line("/* Walk the span once; the offset is validated by the caller. */")
    w.line("var total = 0;")
    w.allman("for (var i = offset; i < input.Length; i++)")
    w.line("total += input[i] * (i % 7 == 0 ? 31 : 17);")
    w.allman("if (total > 1 << 20)")
    w.line("total >>= 3;")
    w.close()
    w.close()
    w.line("return total;")
    w.close()
  }

  private mutating func writeValueTaskLocalGood(_ w: inout CodeWriter) {
    let t = valueType()
    let v = local()
    w.allman("public async ValueTask<\(t)> \(name())Async(CancellationToken cancellationToken = default)")
    w.line("ValueTask<\(t)> \(v) = _channel.Reader.ReadAsync(cancellationToken);")
    w.allman("if (\(v).IsCompletedSuccessfully)")
    w.line("return \(v).Result;")
    w.close()
    w.line("return await \(v).ConfigureAwait(false);")
    w.close()
  }

  private mutating func writeValueTaskLocalBad(_ w: inout CodeWriter) {
    let v = local()
    w.allman("public async Task \(name())TwiceAsync()")
    // A channel read (a ValueTask the analysis knows) awaited twice: the misuse vtlint exists for.
    w.line("var \(v) = _channel.Reader.ReadAsync(default);")
    w.line("await \(v);")
    w.line("_logger.LogDebug(\"read {Count} bytes\", await \(v));")
    w.close()
  }

  private mutating func writeLinqMethod(_ w: inout CodeWriter) {
    w.allman("public IEnumerable<string> \(name())(IEnumerable<\(typeName())> items)")
    w.line("return items")
    w.indent()
    w.line(".Where(x => x is not null && x.Id.Length > 0)")
    w.line(".OrderBy(x => x.Version)")
    w.line(".Select((x, i) => $\"{i}: {x.Id} v{x.Version:D4}\")")
    w.line(".Take(\(rng.within(1...100)));")
    w.dedent()
    w.close()
  }

  private mutating func writeStringsMethod(_ w: inout CodeWriter) {
    w.allman("private static string \(name())Text(string id, int n)")
    w.line("var plain = \"ValueTask \\\"quoted\\\" \\t tab\";")
    w.line("var verbatim = @\"C:\\temp\\\(rng.pick(Self.nouns)) \"\"quoted\"\"\";")
    w.line("var interpolated = $\"{id} has {n,5} items ({(n > 1 ? \"many\" : \"one\")})\";")
    if rng.chance(40) {
      w.line("var raw = \"\"\"")
      w.line("    { \"id\": \"value\", \"awaited\": true }")
      w.line("    \"\"\";")
      w.line("var rawInterpolated = $$\"\"\"{\"id\": \"{{id}}\"}\"\"\";")
    }
    w.line("char c = '\\'';")
    w.line("return string.Concat(plain, verbatim, interpolated, c.ToString());")
    w.close()
  }

  private mutating func writeSwitchMethod(_ w: inout CodeWriter) {
    w.allman("public static int Classify(object? o) => o switch")
    w.line("int i when i > 0 => 1,")
    w.line("string { Length: > 3 } s => s.Length,")
    w.line("IEnumerable<int> seq => seq.Count(),")
    w.line("null => -1,")
    w.line("_ => 0,")
    w.close("};")
  }

  private mutating func writeValueTaskProducer(_ w: inout CodeWriter) {
    let t = valueType()
    w.allman(
      "public ValueTask<\(t)> \(name())Async(\(typeName()) request, CancellationToken cancellationToken = default)")
    w.allman("if (_cache.TryGetValue(request.Id, out var cached))")
    w.line("return new ValueTask<\(t)>(cached);")
    w.close()
    w.line("return new ValueTask<\(t)>(SlowPathAsync(request, cancellationToken));")
    w.line("")
    w.allman("async Task<\(t)> SlowPathAsync(\(typeName()) r, CancellationToken ct)")
    w.line("await using var scope = await _factory.CreateAsync(ct).ConfigureAwait(false);")
    w.line("return await scope.GetAsync<\(t)>(r.Id, ct);")
    w.close()
    w.close()
  }

  private mutating func writeAsyncTaskMethod(_ w: inout CodeWriter) {
    w.allman("public async Task<bool> \(name())Async(Func<int, ValueTask<bool>> predicate, CancellationToken ct)")
    w.line("await _gate.WaitAsync(ct).ConfigureAwait(false);")
    w.allman("try")
    w.allman("foreach (var item in _items)")
    w.line("// Each predicate result is awaited exactly once.")
    w.allman("if (await predicate(item.Version))")
    w.line("Interlocked.Increment(ref _count);")
    w.line("return true;")
    w.close()
    w.close()
    w.line("var tasks = _items.Select(async x => await _store.SaveAsync(x, ct)).ToArray();")
    w.line("await Task.WhenAll(tasks);")
    w.line("return false;")
    w.close()
    w.allman("catch (OperationCanceledException) when (ct.IsCancellationRequested)")
    w.line("_logger.LogInformation(\"cancelled\");")
    w.line("throw;")
    w.close()
    w.allman("finally")
    w.line("_gate.Release();")
    w.close()
    w.close()
  }
}
