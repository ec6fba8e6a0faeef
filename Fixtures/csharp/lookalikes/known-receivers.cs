// Receivers whose type is written somewhere vtlint reads (found by an adversarial review): a call that type
// cannot reach is never matched to another project type's member of that name, whatever base names look
// like; EF Core's and Dapper's Task-returning names on unknown receivers are not taken for project ones.
using System.Threading.Tasks;

namespace Fixtures.KnownReceivers
{
    public class Cache
    {
        public ValueTask PublishAsync(string topic) => default;
        public ValueTask<int> ReadBlockAsync(int size) => default;
        public ValueTask<int> SaveChangesAsync() => default;
    }

    // Bus declares no PublishAsync and derives from nothing in the project: the call is a library extension.
    public class Bus { }

    public abstract class IOStream { }

    public class MyStream : IOStream
    {
        public int Read() => ReadBlockAsync(3).GetAwaiter().GetResult();

        private Task<int> ReadBlockAsync(int size, bool fast = false) => Task.FromResult(size);
    }

    public class Remote
    {
        public Task<int> FetchAsync() => Task.FromResult(1);
    }

    public class Holder
    {
        public Remote Get() => new Remote();
        public Remote Prop => new Remote();
    }

    public class Callers
    {
        public void Publish(Bus bus) => bus.PublishAsync("x").GetAwaiter().GetResult();

        public async Task<int> Copies(Remote x, Holder h)
        {
            var r = x;
            var t = r.FetchAsync();
            await t;
            var u = h.Get().FetchAsync();
            await u;
            var v = h.Prop.FetchAsync();
            await v;
            return await t + await u + await v;
        }

        public int Save(System.Func<object> db) => ((dynamic)db()).SaveChangesAsync().Result;
    }
}

namespace Fixtures.KnownReceivers.Lifetimes
{
    // A library interface whose `DisposeAsync()` returns Task (xunit 2's `IAsyncLifetime`; found in real code):
    // only .NET's own async-disposable types are taken to return ValueTask from it.
    public class Host
    {
        public void Stop(object instance)
        {
            var lifetime = instance as Xunit.IAsyncLifetime;
            lifetime?.DisposeAsync().GetAwaiter().GetResult();
        }

        public void Close(System.IO.Stream stream) => stream.DisposeAsync().GetAwaiter().GetResult(); // expect: BAD VT0003
    }
}
