// Built-in catalog: channels, pipes, async enumerators, timers, JSON.
using System.Collections.Generic;
using System.IO;
using System.IO.Pipelines;
using System.Text.Json;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace Fixtures.Catalog
{
    public class ChannelsAndPipes
    {
        public async Task<int> ChannelRead(Channel<int> channel)
        {
            return await channel.Reader.ReadAsync(); // expect: GOOD VT0000
        }

        public async Task ChannelReaderParameter(ChannelReader<int> reader)
        {
            var more = reader.WaitToReadAsync();
            if (await more)
            {
                await more; // expect: BAD VT0001
            }
        }

        public void ChannelWriteDropped(Channel<int> channel)
        {
            channel.Writer.WriteAsync(1); // expect: WARNING VT0006
        }

        public async Task ChannelWriterParameter(ChannelWriter<string> writer, CancellationToken ct)
        {
            await writer.WriteAsync("x", ct); // expect: GOOD VT0000
            await writer.WaitToWriteAsync(ct); // expect: GOOD VT0000
        }

        public async Task PipeWriterFlush(PipeWriter writer)
        {
            var flush = writer.FlushAsync();
            await flush;
            await flush; // expect: BAD VT0001
        }

        public async Task PipeReaderRead(IDuplexPipe pipe)
        {
            var result = await pipe.Input.ReadAsync(); // expect: GOOD VT0000
            await pipe.Output.FlushAsync(); // expect: GOOD VT0000
        }

        // The variable holds different values on different paths around the loop: not judged (say less).
        public async Task Enumerate(IAsyncEnumerator<int> e)
        {
            var next = e.MoveNextAsync();
            while (await next)
            {
                next = e.MoveNextAsync();
            }
        }

        public async Task EnumerateDirectly(IAsyncEnumerator<int> e)
        {
            while (await e.MoveNextAsync()) // expect: GOOD VT0000
            {
            }
            await e.DisposeAsync(); // expect: GOOD VT0000
        }

        public async Task Timer(PeriodicTimer timer)
        {
            while (await timer.WaitForNextTickAsync()) // expect: GOOD VT0000
            {
            }
        }

        public async Task<T?> Json<T>(Stream stream)
        {
            return await JsonSerializer.DeserializeAsync<T>(stream); // expect: GOOD VT0000
        }
    }
}
