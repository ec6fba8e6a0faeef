// Every completion guard form: the synchronous read is fine behind them.
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace Fixtures.Guards
{
    public interface ISource
    {
        ValueTask<int> NextAsync();
    }

    public class Guards
    {
        public async ValueTask<int> IfCompleted(ISource s)
        {
            var vt = s.NextAsync(); // expect: GOOD VT0000
            if (vt.IsCompleted)
            {
                return vt.Result;
            }
            return await vt;
        }

        public async ValueTask<int> IfCompletedSuccessfullyAndMore(ISource s, bool sync)
        {
            var vt = s.NextAsync(); // expect: GOOD VT0000
            if (sync && vt.IsCompletedSuccessfully)
            {
                return vt.GetAwaiter().GetResult();
            }
            return await vt;
        }

        public async ValueTask<int> TernaryTrueArm(ISource s)
        {
            var vt = s.NextAsync(); // expect: GOOD VT0000
            return vt.IsCompletedSuccessfully ? vt.Result : await vt.ConfigureAwait(false);
        }

        public int EarlyReturnWhenNotComplete(ISource s)
        {
            var vt = s.NextAsync(); // expect: WARNING VT0006
            if (!vt.IsCompleted) return -1;
            return vt.Result;
        }

        public int ThrowWhenNotComplete(ISource s)
        {
            var vt = s.NextAsync(); // expect: GOOD VT0000
            if (!vt.IsCompletedSuccessfully)
            {
                throw new System.InvalidOperationException("expected synchronous completion");
            }
            return vt.Result;
        }

        public async Task<int> ContinueWhenNotComplete(ISource[] sources)
        {
            int total = 0;
            foreach (var s in sources)
            {
                var vt = s.NextAsync(); // expect: GOOD VT0000
                if (!vt.IsCompleted)
                {
                    total += await vt;
                    continue;
                }
                total += vt.Result;
            }
            return total;
        }

        public async Task<int> BreakWhenNotComplete(ISource s)
        {
            int total = 0;
            while (true)
            {
                var vt = s.NextAsync(); // expect: GOOD VT0000
                if (!vt.IsCompleted)
                {
                    total += await vt;
                    break;
                }
                total += vt.Result;
            }
            return total;
        }

        public int AfterDebugAssert(ISource s)
        {
            var vt = s.NextAsync(); // expect: GOOD VT0000
            Debug.Assert(vt.IsCompletedSuccessfully);
            return vt.Result;
        }

        public int AfterSpinUntilComplete(ISource s)
        {
            var vt = s.NextAsync(); // expect: GOOD VT0000
            while (!vt.IsCompleted)
            {
                Thread.Sleep(1);
            }
            return vt.Result;
        }

        public async ValueTask<int> ComparedWithFalse(ISource s)
        {
            var vt = s.NextAsync(); // expect: GOOD VT0000
            if (vt.IsCompleted == false)
            {
                return await vt;
            }
            return vt.Result;
        }

        public async ValueTask<int> IsTruePattern(ISource s)
        {
            var vt = s.NextAsync(); // expect: GOOD VT0000
            if (vt.IsCompletedSuccessfully is true)
            {
                return vt.Result;
            }
            return await vt;
        }

        public async ValueTask<int> ParameterGuarded(ValueTask<int> pending) // expect: GOOD VT0000
        {
            if (pending.IsCompletedSuccessfully)
            {
                return pending.Result;
            }
            return await pending;
        }
    }
}
