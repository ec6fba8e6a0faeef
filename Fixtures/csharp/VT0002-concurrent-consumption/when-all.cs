// Task.WhenAll / WhenAny over several consumptions of the same value.
using System.Threading.Tasks;

namespace Fixtures.WhenAll
{
    public interface ISource
    {
        ValueTask<int> NextAsync();
        ValueTask<int> OtherAsync();
    }

    public class WhenAllCases
    {
        public Task SameValueTwice(ISource s)
        {
            var vt = s.NextAsync();
            return Task.WhenAll(vt.AsTask(), vt.AsTask()); // expect: BAD VT0002
        }

        public Task SameValueWhenAny(ISource s)
        {
            var vt = s.NextAsync();
            return Task.WhenAny(
                vt.AsTask(),
                vt.AsTask()); // expect: BAD VT0002
        }

        // Two different calls on the same receiver are two values (a peer tool's false positive).
        public Task DifferentValues(ISource s)
        {
            return Task.WhenAll(
                s.NextAsync().AsTask(), // expect: GOOD VT0000
                s.OtherAsync().AsTask()); // expect: GOOD VT0000
        }

        public async Task SameCallTwiceIsTwoValues(ISource s)
        {
            await Task.WhenAll(s.NextAsync().AsTask(), s.NextAsync().AsTask()); // expect: GOOD VT0000, GOOD VT0000
        }

        public async Task SharedTaskIsFine(ISource s)
        {
            Task<int> shared = s.NextAsync().AsTask(); // expect: GOOD VT0000
            await Task.WhenAll(shared, shared);
        }
    }
}
