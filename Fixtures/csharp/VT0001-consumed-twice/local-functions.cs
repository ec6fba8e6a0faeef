// Local functions: their own locals and parameters are analyzed on their own.
using System.Threading.Tasks;

namespace Fixtures.LocalFunctions
{
    public interface ISource
    {
        ValueTask<int> NextAsync();
    }

    public class LocalFunctions
    {
        public async Task<int> OwnLocal(ISource s)
        {
            return await Inner();

            async Task<int> Inner()
            {
                var vt = s.NextAsync();
                await vt;
                return await vt; // expect: BAD VT0001
            }
        }

        public async Task<int> ParameterOfLocalFunction(ISource s)
        {
            return await Twice(s.NextAsync()); // expect: GOOD VT0000

            static async Task<int> Twice(ValueTask<int> value)
            {
                int a = await value;
                return a + await value; // expect: BAD VT0001
            }
        }

        public ValueTask<int> ReturnsOneShot(ISource s)
        {
            return Produce(); // expect: GOOD VT0000

            ValueTask<int> Produce() => s.NextAsync(); // expect: GOOD VT0000
        }

        public async Task LocalResultTwice(ISource s)
        {
            ValueTask<int> Produce() => s.NextAsync(); // expect: GOOD VT0000
            var vt = Produce();
            await vt;
            await vt; // expect: BAD VT0001
        }
    }
}

namespace Fixtures.LocalFunctions.Shadowing
{
    using System.Threading.Tasks;

    public interface ISource
    {
        ValueTask<int> NextAsync();
    }

    public class Shadowing
    {
        // The local function's parameter has the same name as the caller's local (allowed since C# 8).
        public Task<int> FastOrSlow(ISource s)
        {
            static async Task<int> Slow(ValueTask<int> write) => await write; // expect: GOOD VT0000

            var write = s.NextAsync(); // expect: WARNING VT0006
            if (!write.IsCompletedSuccessfully)
            {
                return Slow(write);
            }
            return Task.FromResult(0);
        }
    }
}
