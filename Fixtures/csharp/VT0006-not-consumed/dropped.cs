// Dropped values and locals some path never consumes.
using System;
using System.Threading.Tasks;

namespace Fixtures.NotConsumed
{
    public interface ISource
    {
        ValueTask<int> NextAsync();
        ValueTask FlushAsync();
        Task<int> LegacyAsync();
    }

    public class Dropped
    {
        public void ExpressionStatement(ISource s)
        {
            s.FlushAsync(); // expect: WARNING VT0006
        }

        public void Discarded(ISource s)
        {
            _ = s.NextAsync(); // expect: WARNING VT0006
        }

        public void ConditionalAccess(ISource? s)
        {
            s?.FlushAsync(); // expect: WARNING VT0006
        }

        public void ConfiguredAndDropped(ISource s)
        {
            s.FlushAsync().ConfigureAwait(false); // expect: WARNING VT0006
        }

        public void LocalNeverConsumed(ISource s)
        {
            var vt = s.NextAsync(); // expect: WARNING VT0006
        }

        public void OnlyCheckedNeverConsumed(ISource s)
        {
            var vt = s.NextAsync(); // expect: WARNING VT0006
            Console.WriteLine(vt.IsCompleted);
        }

        public async Task ConsumedOnOneBranch(ISource s, bool wait)
        {
            var vt = s.NextAsync(); // expect: WARNING VT0006
            if (wait)
            {
                await vt;
            }
        }

        public async Task<int> EarlyReturnBeforeConsuming(ISource s, int n)
        {
            var vt = s.NextAsync(); // expect: WARNING VT0006
            if (n < 0)
            {
                return n;
            }
            return await vt;
        }

        public async Task<int> SwitchWithoutDefault(ISource s, int n)
        {
            var vt = s.NextAsync(); // expect: WARNING VT0006
            switch (n)
            {
                case 1:
                    return await vt;
            }
            return 0;
        }

        public void VoidExpressionBody(ISource s) => s.FlushAsync(); // expect: WARNING VT0006

        public void DroppedInLambda(ISource s)
        {
            Action a = () => s.FlushAsync(); // expect: WARNING VT0006
            a();
        }

        public void ThrowPathsDoNotCount(ISource s, int n)
        {
            var vt = s.NextAsync(); // expect: WARNING VT0004
            if (n < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(n));
            }
            vt.AsTask().Wait();
        }

        public void TaskDroppedIsNotOurBusiness(ISource s)
        {
            _ = s.LegacyAsync();
            s.LegacyAsync();
        }

        public async Task AwaitedIsFine(ISource s)
        {
            await s.FlushAsync(); // expect: GOOD VT0000
        }
    }
}
