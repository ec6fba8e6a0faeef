// Built-in catalog: Stream overloads returning Task vs ValueTask are told apart by argument count.
using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Fixtures.Catalog
{
    public class Streams
    {
        public async Task<int> ArrayOverloadReturnsTask(Stream stream, byte[] buffer)
        {
            var t = stream.ReadAsync(buffer, 0, buffer.Length);
            await t;
            return await t;
        }

        public async Task<int> ArrayOverloadWithTokenReturnsTask(Stream stream, byte[] buffer, CancellationToken ct)
        {
            var t = stream.ReadAsync(buffer, 0, buffer.Length, ct);
            await t;
            return await t;
        }

        public async Task<int> MemoryOverloadReturnsValueTask(Stream stream, Memory<byte> memory)
        {
            var t = stream.ReadAsync(memory);
            await t;
            return await t; // expect: BAD VT0001
        }

        public async Task<int> MemoryOverloadAwaited(FileStream stream, Memory<byte> memory, CancellationToken ct)
        {
            return await stream.ReadAsync(memory, ct); // expect: GOOD VT0000
        }

        public async Task WriteOverloads(Stream stream, byte[] buffer, ReadOnlyMemory<byte> memory)
        {
            var a = stream.WriteAsync(buffer, 0, buffer.Length);
            await a;
            await a;
            await stream.WriteAsync(memory).ConfigureAwait(false); // expect: GOOD VT0000
        }

        public async Task ReadExactly(Stream stream, byte[] buffer)
        {
            await stream.ReadExactlyAsync(buffer, 0, buffer.Length); // expect: GOOD VT0000
        }

        public async Task FlushIsATaskOnStreams(Stream stream)
        {
            var f = stream.FlushAsync();
            await f;
            await f;
        }

        public void DisposeDropped(Stream stream)
        {
            stream.DisposeAsync(); // expect: WARNING VT0006
        }

        public async Task DisposeAwaited(IAsyncDisposable resource)
        {
            await resource.DisposeAsync(); // expect: GOOD VT0000
        }

        public async Task<int> TextReaderMemory(StreamReader reader, Memory<char> memory, char[] chars)
        {
            var viaArray = reader.ReadAsync(chars, 0, chars.Length);
            await viaArray;
            await viaArray;
            return await reader.ReadAsync(memory); // expect: GOOD VT0000
        }

        public async Task<int> SocketMemory(System.Net.Sockets.Socket socket, Memory<byte> memory)
        {
            return await socket.ReceiveAsync(memory, System.Net.Sockets.SocketFlags.None, CancellationToken.None); // expect: GOOD VT0000
        }
    }
}
