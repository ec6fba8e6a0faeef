// Every way of consuming a one-shot value directly: each value is GOOD (VT0000).
using System;
using System.Threading.Tasks;

namespace Fixtures.ConsumedOnce
{
    public interface ISource
    {
        ValueTask<int> NextAsync();
        ValueTask FlushAsync();
        Task<int> LegacyAsync();
    }

    public class Forms
    {
        public async Task<int> AwaitGeneric(ISource s)
        {
            int a = await s.NextAsync(); // expect: GOOD VT0000
            return a;
        }

        public async Task AwaitNonGeneric(ISource s)
        {
            await s.FlushAsync(); // expect: GOOD VT0000
        }

        public async Task<int> AwaitConfigured(ISource s)
        {
            return await s.NextAsync().ConfigureAwait(false); // expect: GOOD VT0000
        }

        public async Task AwaitConfiguredNamed(ISource s)
        {
            await s.FlushAsync().ConfigureAwait(continueOnCapturedContext: false); // expect: GOOD VT0000
        }

        public Task<int> AsTask(ISource s)
        {
            Task<int> t = s.NextAsync().AsTask(); // expect: GOOD VT0000
            return t;
        }

        public ValueTask<int> Returned(ISource s)
        {
            return s.NextAsync(); // expect: GOOD VT0000
        }

        public ValueTask ExpressionBodied(ISource s) => s.FlushAsync(); // expect: GOOD VT0000

        public Task PassedOn(ISource s)
        {
            return Sink(s.NextAsync()); // expect: GOOD VT0000
        }

        public Task PassedByName(ISource s)
        {
            return Sink(value: s.NextAsync()); // expect: GOOD VT0000
        }

        private static async Task Sink(ValueTask<int> value) => await value; // expect: GOOD VT0000

        public async Task<int> Parenthesized(ISource s)
        {
            return await (s.NextAsync()); // expect: GOOD VT0000
        }

        public async Task<int> EitherArm(ISource s, bool flag)
        {
            return await (flag ? s.NextAsync() : s.NextAsync()); // expect: GOOD VT0000, GOOD VT0000
        }

        public ValueTask<int> SwitchArms(ISource s, int kind)
        {
            return kind switch
            {
                0 => s.NextAsync(), // expect: GOOD VT0000
                _ => new ValueTask<int>(kind), // expect: GOOD VT0000
            };
        }

        public async Task<int> AwaitTwoDifferentValues(ISource s)
        {
            return await s.NextAsync() + await s.NextAsync(); // expect: GOOD VT0000, GOOD VT0000
        }
    }
}
