// A value created outside a loop and consumed inside it is consumed again by the next iteration,
// unless the path leaves the loop right after consuming.
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Fixtures.Loops
{
    public interface ISource
    {
        ValueTask<int> NextAsync();
    }

    public class Loops
    {
        public async Task For(ISource s)
        {
            var vt = s.NextAsync();
            for (int i = 0; i < 3; i++)
            {
                await vt; // expect: BAD VT0001
            }
        }

        public async Task While(ISource s, int n)
        {
            ValueTask<int> vt = s.NextAsync();
            while (n-- > 0)
            {
                n += await vt; // expect: BAD VT0001
            }
        }

        public async Task DoWhile(ISource s, int n)
        {
            var vt = s.NextAsync();
            do
            {
                await vt.ConfigureAwait(false); // expect: BAD VT0001
            }
            while (--n > 0);
        }

        public async Task Foreach(ISource s, List<int> items)
        {
            var vt = s.NextAsync();
            foreach (var item in items)
            {
                _ = vt.AsTask(); // expect: BAD VT0001
            }
        }

        public async Task ContinueAfterConsuming(ISource s, int n)
        {
            var vt = s.NextAsync();
            for (int i = 0; i < n; i++)
            {
                if (i % 2 == 0)
                {
                    await vt; // expect: BAD VT0001
                    continue;
                }
            }
        }

        public async Task BreakRightAfter(ISource s)
        {
            var vt = s.NextAsync(); // expect: WARNING VT0004
            while (true)
            {
                await vt;
                break;
            }
        }

        public async Task<int> ReturnRightAfter(ISource s, int n)
        {
            var vt = s.NextAsync(); // expect: WARNING VT0004
            for (int i = 0; ; i++)
            {
                if (i == n)
                {
                    return await vt;
                }
            }
        }

        public async Task CreatedInsideTheLoop(ISource s, int n)
        {
            for (int i = 0; i < n; i++)
            {
                var vt = s.NextAsync(); // expect: WARNING VT0004
                await vt;
            }
        }

        public async Task AwaitedDirectlyInLoop(ISource s, int n)
        {
            while (n-- > 0)
            {
                await s.NextAsync(); // expect: GOOD VT0000
            }
        }

        public async Task NestedLoops(ISource s, int n)
        {
            var vt = s.NextAsync();
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    if (i == j)
                    {
                        await vt; // expect: BAD VT0001
                        break;
                    }
                }
            }
        }

        // Every path throws: no normal exit to judge the local by, and the single await is not BAD.
        public async Task ThrowRightAfter(ISource s, int n)
        {
            var vt = s.NextAsync();
            while (true)
            {
                await vt;
                throw new System.InvalidOperationException("done");
            }
        }
    }
}
