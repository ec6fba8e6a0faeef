// Completion checks the paths do not follow (a flag, a switch, `is not true`, a spin helper): whether the
// result read after them is guarded cannot be known, so it is not judged. A throw helper ends its path.
using System;
using System.Threading;
using System.Threading.Tasks;

namespace Fixtures.GuardsNotFollowed
{
    public interface ISource
    {
        ValueTask<int> NextAsync();
    }

    public static class ThrowHelper
    {
        public static void ThrowInvalidOperation() => throw new InvalidOperationException();
    }

    public class Cases
    {
        public async ValueTask<int> StoredFlag(ISource s)
        {
            var vt = s.NextAsync(); // expect: GOOD VT0000
            bool done = vt.IsCompletedSuccessfully;
            if (done) return vt.Result;
            return await vt;
        }

        public async ValueTask<int> SwitchOnTheCheck(ISource s)
        {
            var vt = s.NextAsync(); // expect: GOOD VT0000
            return vt.IsCompletedSuccessfully switch { true => vt.Result, false => await vt };
        }

        public int IsNotTrue(ISource s)
        {
            var vt = s.NextAsync(); // expect: GOOD VT0000
            if (vt.IsCompletedSuccessfully is not true) throw new InvalidOperationException();
            return vt.Result;
        }

        public int SpinUntilDone(ISource s)
        {
            var vt = s.NextAsync(); // expect: GOOD VT0000
            SpinWait.SpinUntil(() => vt.IsCompleted);
            return vt.Result;
        }

        public int ThrowHelperGuard(ISource s)
        {
            var vt = s.NextAsync(); // expect: GOOD VT0000
            if (!vt.IsCompleted) ThrowHelper.ThrowInvalidOperation();
            return vt.Result;
        }

        public int Unguarded(ISource s)
        {
            var vt = s.NextAsync();
            return vt.Result; // expect: BAD VT0003
        }
    }
}
