// Copying a ValueTask into another local moves the same value: consumptions through either name count together.
using System.Threading.Tasks;

namespace Fixtures.Aliases
{
    public interface ISource
    {
        ValueTask<int> NextAsync();
    }

    public class Aliases
    {
        public async Task<int> ThroughCopy(ISource s)
        {
            var x = s.NextAsync();
            var y = x;
            await x;
            return await y; // expect: BAD VT0001
        }

        public async Task<int> ThroughChain(ISource s)
        {
            ValueTask<int> a = s.NextAsync();
            ValueTask<int> b = a;
            var c = b;
            await c;
            return await a; // expect: BAD VT0001
        }

        public async Task<int> CopyConsumedOnce(ISource s)
        {
            var x = s.NextAsync(); // expect: WARNING VT0004
            var y = x;
            return await y;
        }

        public async Task<int> AssignedLater(ISource s)
        {
            var x = s.NextAsync();
            ValueTask<int> y;
            y = x;
            await y;
            return await x; // expect: BAD VT0001
        }

        public async Task<int> ReassignedBetween(ISource s)
        {
            var x = s.NextAsync(); // expect: WARNING VT0004
            await x;
            x = s.NextAsync(); // expect: WARNING VT0004
            return await x;
        }
    }
}
