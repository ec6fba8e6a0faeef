/// The .NET APIs known to return `ValueTask` / `ValueTask<T>`, in one place.
///
/// Without a compiler vtlint sees a call as a name, an argument count and, sometimes, the declared type of
/// its receiver. An entry says: a call to `name` with one of `arities` arguments returns a one-shot value,
/// either on any receiver (the name is unambiguous across the BCL), or only when the receiver is declared
/// with one of `receiverTypes` or is reached through a member named in `receiverMembers` (`channel.Reader`,
/// `pipe.Output`). Overloads that return `Task` are told apart by argument count: `Stream.ReadAsync(byte[],
/// int, int[, CancellationToken])` has 3–4 arguments and returns `Task<int>`, the `Memory<byte>` overload has
/// 1–2 and returns `ValueTask<int>`. Names whose overloads cannot be told apart that way (for instance
/// `WebSocket.ReceiveAsync(ArraySegment…)` vs `(Memory…)`, both with two arguments) are left out: precision
/// first.
///
/// | API | arguments | receiver |
/// |---|---|---|
/// | `IAsyncDisposable.DisposeAsync()` | 0 | any |
/// | `IAsyncEnumerator<T>.MoveNextAsync()` | 0 | any |
/// | `ChannelReader<T>.WaitToReadAsync([ct])` | 0–1 | any |
/// | `ChannelWriter<T>.WaitToWriteAsync([ct])` | 0–1 | any |
/// | `PeriodicTimer.WaitForNextTickAsync([ct])` | 0–1 | any |
/// | `Stream.ReadExactlyAsync(…)` (every overload) | 1–4 | any |
/// | `Stream.ReadAtLeastAsync(…)`, `PipeReader.ReadAtLeastAsync(…)` | 1–4 | any |
/// | `JsonSerializer.DeserializeAsync(…)` | 1–4 | `JsonSerializer` |
/// | `ValueTask.FromResult/FromException/FromCanceled(…)` | 1 | `ValueTask` |
/// | `Stream.ReadAsync(Memory<byte>[, ct])`, `Stream.WriteAsync(ReadOnlyMemory<byte>[, ct])` | 1–2 | streams |
/// | `TextReader.ReadAsync(Memory<char>[, ct])`, `ReadBlockAsync(Memory<char>[, ct])` | 1–2 | readers |
/// | `ChannelReader<T>.ReadAsync([ct])`, `PipeReader.ReadAsync([ct])` | 0–1 | readers, `.Reader`, `.Input` |
/// | `ChannelWriter<T>.WriteAsync(item[, ct])`, `PipeWriter.WriteAsync(memory[, ct])` | 1–2 | writers, `.Writer`, `.Output` |
/// | `PipeWriter.FlushAsync([ct])` | 0–1 | `PipeWriter`, `.Writer`, `.Output` |
/// | `PipeReader/PipeWriter.CompleteAsync([ex])` | 0–1 | pipe readers/writers, `.Input`, `.Output` |
/// | `Socket.ReceiveAsync/SendAsync(Memory…, SocketFlags, ct)` | 3 | `Socket` |
/// | `Socket.ReceiveFromAsync/SendToAsync(Memory…, SocketFlags, EndPoint, ct)` | 4 | `Socket` |
/// | `RandomAccess.ReadAsync/WriteAsync(handle, buffer(s), offset[, ct])` | 3–4 | `RandomAccess` |
/// | `QuicConnection.AcceptInboundStreamAsync/OpenOutboundStreamAsync(…)` | 0–2 | `QuicConnection` |
/// | `QuicListener.AcceptConnectionAsync([ct])` | 0–1 | `QuicListener` |
///
/// Properties: `ValueTask.CompletedTask`. Constructors: `new ValueTask(…)`, `new ValueTask<T>(…)`.
public enum BuiltinCatalog {
  /// One catalog line.
  public struct Entry: Sendable {
    public var arities: ClosedRange<Int>
    /// `nil`: any receiver.
    public var receiverTypes: Set<String>?
    /// Receiver expressions ending in one of these member names also qualify (`x.Reader.ReadAsync()`).
    public var receiverMembers: Set<String>
    /// A static method: reached through its type's name (`ValueTask.FromResult`), never through a value of
    /// that type (C# rejects `vt.FromResult(…)`).
    public var isStatic: Bool
    /// For an any-receiver entry: library types whose method of that name returns `Task` (xunit 2's
    /// `IAsyncLifetime.DisposeAsync()`): the entry does not answer for a receiver declared with one.
    public var taskReturningOutside: Set<String>

    init(
      _ arities: ClosedRange<Int>, receivers: Set<String>? = nil, members: Set<String> = [], isStatic: Bool = false,
      taskReturningOutside: Set<String> = []
    ) {
      self.arities = arities
      self.receiverTypes = receivers
      self.receiverMembers = members
      self.isStatic = isStatic
      self.taskReturningOutside = taskReturningOutside
    }
  }

  static let streams: Set<String> = [
    "Stream", "FileStream", "MemoryStream", "NetworkStream", "BufferedStream", "SslStream", "NegotiateStream",
    "AuthenticatedStream", "GZipStream", "DeflateStream", "BrotliStream", "ZLibStream", "CryptoStream",
    "PipeStream", "AnonymousPipeClientStream", "AnonymousPipeServerStream", "NamedPipeClientStream",
    "NamedPipeServerStream", "UnmanagedMemoryStream", "QuicStream",
  ]
  static let textReaders: Set<String> = ["TextReader", "StreamReader", "StringReader"]
  static let channelReaders: Set<String> = ["ChannelReader", "PipeReader"]
  static let channelWriters: Set<String> = ["ChannelWriter", "PipeWriter"]

  /// Methods by name. A name may have several entries (different receivers).
  public static let methods: [String: [Entry]] = [
    "DisposeAsync": [Entry(0...0, taskReturningOutside: ["IAsyncLifetime"])],
    "MoveNextAsync": [Entry(0...0)],
    "WaitToReadAsync": [Entry(0...1)],
    "WaitToWriteAsync": [Entry(0...1)],
    "WaitForNextTickAsync": [Entry(0...1)],
    "ReadExactlyAsync": [Entry(1...4)],
    "ReadAtLeastAsync": [Entry(1...4)],
    "DeserializeAsync": [Entry(1...4, receivers: ["JsonSerializer"])],
    "FromResult": [Entry(1...1, receivers: ["ValueTask"], isStatic: true)],
    "FromException": [Entry(1...1, receivers: ["ValueTask"], isStatic: true)],
    "FromCanceled": [Entry(1...1, receivers: ["ValueTask"], isStatic: true)],
    "ReadAsync": [
      Entry(1...2, receivers: streams.union(textReaders)),
      Entry(0...1, receivers: channelReaders, members: ["Reader", "Input"]),
      Entry(3...4, receivers: ["RandomAccess"]),
    ],
    "ReadBlockAsync": [Entry(1...2, receivers: textReaders)],
    "WriteAsync": [
      Entry(1...2, receivers: streams.union(channelWriters), members: ["Writer", "Output"]),
      Entry(3...4, receivers: ["RandomAccess"]),
    ],
    "FlushAsync": [Entry(0...1, receivers: ["PipeWriter"], members: ["Writer", "Output"])],
    "CompleteAsync": [Entry(0...1, receivers: ["PipeReader", "PipeWriter"], members: ["Input", "Output"])],
    "ReceiveAsync": [Entry(3...3, receivers: ["Socket"])],
    "SendAsync": [Entry(3...3, receivers: ["Socket"])],
    "ReceiveFromAsync": [Entry(4...4, receivers: ["Socket"])],
    "SendToAsync": [Entry(4...4, receivers: ["Socket"])],
    "AcceptInboundStreamAsync": [Entry(0...1, receivers: ["QuicConnection"])],
    "OpenOutboundStreamAsync": [Entry(1...2, receivers: ["QuicConnection"])],
    "AcceptConnectionAsync": [Entry(0...1, receivers: ["QuicListener"])],
  ]

  /// Well-known .NET methods that return `Task` for these argument counts on common types: `Stream.ReadAsync(
  /// byte[], int, int[, ct])`, `DbDataReader.ReadAsync([ct])`, `TextWriter.WriteAsync(string)`,
  /// `HttpClient.GetAsync(url)`, `IHostedService.StartAsync(ct)`, `SemaphoreSlim.WaitAsync()`,
  /// `DbConnection.OpenAsync()`, EF Core's `SaveChangesAsync()`, Dapper's `QueryAsync(sql)`, … (counts where .NET
  /// has only `ValueTask` overloads, such as
  /// `Stream.ReadAsync(Memory<byte>, ct)`, are left out). A call to one of them on a receiver of unknown type
  /// is not resolved against the project's own members of the same name: it is as likely to be the .NET one.
  public static let taskReturning: [String: Set<Int>] = [
    "ReadAsync": [0, 1, 3, 4], "WriteAsync": [1, 2, 3, 4], "FlushAsync": [0, 1], "CopyToAsync": [1, 2, 3],
    "ReadLineAsync": [0], "ReadToEndAsync": [0, 1], "WriteLineAsync": [0, 1, 2, 3], "SendAsync": [1, 2, 3, 4],
    "ReceiveAsync": [0, 2], "ConnectAsync": [1, 2], "AcceptAsync": [0], "StartAsync": [0, 1], "StopAsync": [0, 1],
    "OpenAsync": [0, 1], "CloseAsync": [0, 3], "WaitAsync": [0, 1, 2, 3], "ExecuteReaderAsync": [0, 1, 2],
    "ExecuteNonQueryAsync": [0, 1], "ExecuteScalarAsync": [0, 1, 2, 3, 4, 5, 6], "GetAsync": [1, 2, 3],
    "GetStringAsync": [1, 2],
    "GetByteArrayAsync": [1, 2], "GetStreamAsync": [1, 2], "PostAsync": [2, 3], "PutAsync": [2, 3],
    "PatchAsync": [2, 3], "DeleteAsync": [1, 2],
    // EF Core and Dapper, as common in .NET code as the framework itself.
    "SaveChangesAsync": [0, 1, 2], "CommitAsync": [0, 1], "RollbackAsync": [0, 1], "ToListAsync": [0, 1],
    "ToArrayAsync": [0, 1], "FirstOrDefaultAsync": [0, 1, 2], "FirstAsync": [0, 1, 2],
    "SingleOrDefaultAsync": [0, 1, 2], "SingleAsync": [0, 1, 2], "AnyAsync": [0, 1, 2], "CountAsync": [0, 1, 2],
    "ExecuteAsync": [1, 2, 3, 4, 5, 6], "QueryAsync": [1, 2, 3, 4, 5, 6],
    "QueryFirstOrDefaultAsync": [1, 2, 3, 4, 5, 6],
  ]

  /// Whether `name` with `arguments` arguments is a well-known `Task`-returning .NET method (`taskReturning`).
  public static func mayReturnTask(method name: String, arguments: Int) -> Bool {
    taskReturning[name]?.contains(arguments) ?? false
  }

  /// Properties returning a one-shot value, with the receiver type they need: all static, reached through
  /// the type's name only.
  public static let properties: [String: Set<String>] = ["CompletedTask": ["ValueTask"]]

  /// Does a call to `name` with `arguments` arguments return a one-shot value? `receiverType` is the
  /// receiver's declared type name when known, `receiverMember` the last member name of the receiver
  /// expression (`Reader` in `channel.Reader.ReadAsync()`). `receiverIsType`: the receiver is a type's name
  /// rather than a value (only then can a static entry match). `receiverOutsideProject`: the receiver's type
  /// is declared outside the project; `projectReturnsTask`: the project declares the name returning something
  /// else than a one-shot value for this argument count.
  public static func returnsOneShot(
    method name: String, arguments: Int, receiverType: String?, receiverMember: String?,
    receiverIsType: Bool = true, receiverOutsideProject: Bool = false, projectReturnsTask: Bool = false
  ) -> Bool {
    guard let entries = methods[name] else { return false }
    for entry in entries where entry.arities.contains(arguments) && (receiverIsType || !entry.isStatic) {
      guard let receivers = entry.receiverTypes else {
        // Any receiver, unless it is declared with a library type whose method returns `Task`: a known one,
        // or any when the project itself declares the name returning something else for this argument count
        // (test classes implementing xunit 2's `IAsyncLifetime` declare `Task DisposeAsync()`).
        if receiverOutsideProject, let receiverType,
          projectReturnsTask || entry.taskReturningOutside.contains(receiverType)
        {
          continue
        }
        return true
      }
      if let receiverType, receivers.contains(receiverType) { return true }
      if let receiverMember, entry.receiverMembers.contains(receiverMember) { return true }
    }
    return false
  }

  /// Does reading property `name` on a receiver of type `receiverType` give a one-shot value?
  public static func propertyIsOneShot(_ name: String, receiverType: String?, receiverIsType: Bool = true) -> Bool {
    guard receiverIsType, let receivers = properties[name], let receiverType else { return false }
    return receivers.contains(receiverType)
  }
}
