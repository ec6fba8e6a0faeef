// try / catch / finally: handlers see any state the protected block may leave from; finally runs on every path.
using System;
using System.Threading.Tasks;

namespace Fixtures.TryFinally
{
    public interface ISource
    {
        ValueTask<int> NextAsync();
        void Work();
    }

    public class TryFinally
    {
        public async Task AwaitAgainInFinally(ISource s)
        {
            var vt = s.NextAsync();
            try
            {
                await vt;
            }
            finally
            {
                await vt; // expect: BAD VT0001
            }
        }

        public async Task AwaitAgainInCatch(ISource s)
        {
            var vt = s.NextAsync();
            try
            {
                await vt;
            }
            catch (InvalidOperationException)
            {
                await vt; // expect: BAD VT0001
            }
        }

        public async Task OnlyInFinally(ISource s)
        {
            var vt = s.NextAsync(); // expect: WARNING VT0004
            try
            {
                s.Work();
            }
            finally
            {
                await vt;
            }
        }

        public async Task AfterFinallyAgain(ISource s)
        {
            var vt = s.NextAsync();
            try
            {
                s.Work();
            }
            finally
            {
                await vt;
            }
            await vt; // expect: BAD VT0001
        }

        public async Task<int> ReturnThroughFinally(ISource s)
        {
            var vt = s.NextAsync(); // expect: WARNING VT0004
            try
            {
                return 1;
            }
            finally
            {
                await vt;
            }
        }

        public async Task<int> CatchReturnsInstead(ISource s)
        {
            var vt = s.NextAsync(); // expect: WARNING VT0004
            try
            {
                return await vt;
            }
            catch (Exception)
            {
                return -1;
            }
        }

        public async Task<int> RetryInCatch(ISource s)
        {
            var vt = s.NextAsync();
            try
            {
                return await vt;
            }
            catch (TimeoutException)
            {
                return await vt; // expect: BAD VT0001
            }
        }

        public async Task DirectInTryAndFinally(ISource s)
        {
            try
            {
                await s.NextAsync(); // expect: GOOD VT0000
            }
            finally
            {
                await s.NextAsync(); // expect: GOOD VT0000
            }
        }
    }
}
