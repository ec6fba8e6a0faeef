// The completion fast path: check, then consume once on every path. GOOD, not stored-in-local.
using System.Diagnostics;
using System.Threading.Tasks;

namespace Fixtures.FastPath
{
    public interface ISource
    {
        ValueTask<int> NextAsync();
    }

    public class FastPaths
    {
        public async ValueTask<int> Successfully(ISource s)
        {
            var t = s.NextAsync(); // expect: GOOD VT0000
            if (t.IsCompletedSuccessfully) return t.Result;
            return await t;
        }

        public async ValueTask<int> CompletedGetResult(ISource s)
        {
            ValueTask<int> t = s.NextAsync(); // expect: GOOD VT0000
            if (t.IsCompleted)
            {
                return t.GetAwaiter().GetResult();
            }
            return await t.ConfigureAwait(false);
        }

        public async ValueTask<int> Ternary(ISource s)
        {
            var t = s.NextAsync(); // expect: GOOD VT0000
            return t.IsCompletedSuccessfully ? t.Result : await t;
        }

        public async ValueTask<int> EarlyAwait(ISource s)
        {
            var t = s.NextAsync(); // expect: GOOD VT0000
            if (!t.IsCompletedSuccessfully)
            {
                return await t;
            }
            return t.Result;
        }

        public int AssertedComplete(ISource s)
        {
            var t = s.NextAsync(); // expect: GOOD VT0000
            Debug.Assert(t.IsCompleted, "completes synchronously here");
            return t.Result;
        }

        public async ValueTask<int> AndChain(ISource s, bool allowSync)
        {
            var t = s.NextAsync(); // expect: GOOD VT0000
            if (allowSync && t.IsCompletedSuccessfully)
            {
                return t.Result;
            }
            return await t;
        }
    }
}
