// A call none of the type's own overloads takes goes to one it inherits. When the type derives from a class
// outside the project (here `Stream`), that member is not in the index, so a project member of the same name
// declared elsewhere (a `PipeWriter`'s `FlushAsync`) says nothing about it. Found in real code: a
// `Stream.Write` calling `FlushAsync().GetAwaiter().GetResult()`, which blocks on a `Task`.
using System;
using System.IO;
using System.IO.Pipelines;
using System.Threading;
using System.Threading.Tasks;

namespace Fixtures.InheritedFromOutside
{
    public class BufferWriter : PipeWriter
    {
        public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default) => default;
        public override void Advance(int bytes) { }
        public override Memory<byte> GetMemory(int sizeHint = 0) => default;
        public override Span<byte> GetSpan(int sizeHint = 0) => default;
        public override void CancelPendingFlush() { }
        public override void Complete(Exception exception = null) { }
    }

    public class EncodingStream : Stream, IDisposable
    {
        public override async Task FlushAsync(CancellationToken cancellationToken) => await Task.Yield();

        public override void Write(byte[] buffer, int offset, int count)
        {
            FlushAsync().GetAwaiter().GetResult();
        }

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => 0;
        public override long Position { get; set; }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => 0;
        public override long Seek(long offset, SeekOrigin origin) => 0;
        public override void SetLength(long value) { }
    }

    // A base inside the project: its members are the index's, and the derived type's call resolves to them.
    public class Channel
    {
        public ValueTask<int> ReceiveAsync() => new ValueTask<int>(0); // expect: GOOD VT0000
    }

    public class NamedChannel : Channel, IDisposable
    {
        public int ReceiveNow() => ReceiveAsync().GetAwaiter().GetResult(); // expect: BAD VT0003

        public void Dispose() { }
    }
}
