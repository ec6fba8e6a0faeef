// A call on a receiver whose type vtlint cannot read is resolved against the project's members of that name,
// unless .NET has a well-known Task-returning method of that name and argument count (Stream.ReadAsync(byte[],
// int, int), HttpClient.SendAsync, SemaphoreSlim.WaitAsync, ...): it is as likely to be that one. A type
// written in the receiver itself (`new T()`, a cast, `as T`) is read. Found in real code: `new
// FieldBuilder().Build(type)` taken for a project `ValueTask<string> Build(CancellationToken)`.
using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Fixtures.UnknownReceivers
{
    public class Generator
    {
        public ValueTask<string> Build(CancellationToken token) => new ValueTask<string>(""); // expect: GOOD VT0000
        public ValueTask<int> ReadAsync(byte[] buffer, int offset, int count) => new ValueTask<int>(count); // expect: GOOD VT0000
    }

    public class Callers
    {
        public void External(Type type)
        {
            var fields = new System.Text.StringBuilder().Append(type.Name);
            var more = new ExternalBuilder().Build(default);
            Console.WriteLine(fields);
            Console.WriteLine(more);
        }

        public int FromAMethod(string path, byte[] buffer)
        {
            var stream = File.OpenRead(path);
            return stream.ReadAsync(buffer, 0, buffer.Length).GetAwaiter().GetResult();
        }

        public int Cast(object o, byte[] buffer) => ((Stream)o).ReadAsync(buffer, 0, 4).Result;

        public int ProjectTypeWritten(byte[] buffer) => new Generator().ReadAsync(buffer, 0, 4).Result; // expect: BAD VT0003

        public async Task<int> CastToStream(object o, Memory<byte> buffer)
        {
            return await ((Stream)o).ReadAsync(buffer); // expect: GOOD VT0000
        }
    }
}
