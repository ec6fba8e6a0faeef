// The same value consumed twice in a row, through every pair of consumption forms.
using System.Threading.Tasks;

namespace Fixtures.ConsumedTwice
{
    public interface ISource
    {
        ValueTask<int> NextAsync();
        ValueTask FlushAsync();
    }

    public class Sequential
    {
        public async Task<int> AwaitTwice(ISource s)
        {
            ValueTask<int> vt = s.NextAsync();
            int a = await vt;
            int b = await vt; // expect: BAD VT0001
            return a + b;
        }

        public async Task NonGenericTwice(ISource s)
        {
            ValueTask vt = s.FlushAsync();
            await vt;
            await vt.ConfigureAwait(false); // expect: BAD VT0001
        }

        public async Task<int> AwaitThenAsTask(ISource s)
        {
            var vt = s.NextAsync();
            await vt;
            return await vt.AsTask(); // expect: BAD VT0001
        }

        public Task AsTaskTwice(ISource s)
        {
            var vt = s.NextAsync();
            Task<int> a = vt.AsTask();
            Task<int> b = vt.AsTask(); // expect: BAD VT0001
            return Task.WhenAll(a, b);
        }

        public async Task<int> AwaitThenResult(ISource s)
        {
            var vt = s.NextAsync();
            await vt;
            return vt.Result; // expect: BAD VT0001
        }

        public int GetResultTwice(ISource s)
        {
            var vt = s.NextAsync();
            if (!vt.IsCompleted) return -1;
            int a = vt.GetAwaiter().GetResult();
            return a + vt.GetAwaiter().GetResult(); // expect: BAD VT0001
        }

        public async Task<int> AwaitThenReturn(ISource s)
        {
            var vt = s.NextAsync();
            await vt;
            return await Forward(vt); // expect: BAD VT0001
        }

        public async Task PassedTwice(ISource s)
        {
            var vt = s.NextAsync();
            await Forward(vt);
            await Forward(vt); // expect: BAD VT0001
        }

        public async Task<int> InOneExpression(ISource s)
        {
            var vt = s.NextAsync();
            return await vt + await vt; // expect: BAD VT0001
        }

        public async Task<int> ResultAfterGuardedRead(ISource s, bool allowSync)
        {
            var t = s.NextAsync();
            if (allowSync && t.IsCompletedSuccessfully && t.Result > 0)
            {
                return 1;
            }
            return await t; // expect: BAD VT0001
        }

        public async Task<int> ParameterTwice(ValueTask<int> pending)
        {
            int a = await pending;
            return a + await pending; // expect: BAD VT0001
        }

        public async Task ConfiguredAwaitableTwice(ISource s)
        {
            var configured = s.NextAsync().ConfigureAwait(false);
            await configured;
            await configured; // expect: BAD VT0001
        }

        private static Task<int> Forward(ValueTask<int> value) => value.AsTask(); // expect: GOOD VT0000
    }
}
