// A capture is not a consumption until the closure runs; a closure run twice consumes twice.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Fixtures.Closures
{
    public interface ISource
    {
        ValueTask<int> NextAsync();
    }

    public class Closures
    {
        public async Task LocalFunctionTwice(ISource s)
        {
            var vt = s.NextAsync();
            async Task Consume() => await vt;
            await Consume();
            await Consume(); // expect: BAD VT0001
        }

        public async Task LocalFunctionOnce(ISource s)
        {
            var vt = s.NextAsync(); // expect: WARNING VT0004
            await Consume();

            async Task Consume()
            {
                await vt;
            }
        }

        public async Task LambdaVariableTwice(ISource s)
        {
            var vt = s.NextAsync();
            Func<Task> run = async () => await vt;
            await run();
            await run.Invoke(); // expect: BAD VT0001
        }

        public async Task LambdaVariableOnce(ISource s)
        {
            var vt = s.NextAsync(); // expect: WARNING VT0004
            Func<Task<int>> run = () => vt.AsTask();
            await run();
        }

        public void CapturedNeverRun(ISource s)
        {
            var vt = s.NextAsync(); // expect: WARNING VT0006
            Func<Task<int>> run = () => vt.AsTask();
        }

        public async Task CaptureThenAwaitOutside(ISource s)
        {
            var vt = s.NextAsync();
            Func<Task<int>> run = () => vt.AsTask();
            await run();
            await vt; // expect: BAD VT0001
        }

        public async Task LocalFunctionInLoop(ISource s, int n)
        {
            var vt = s.NextAsync();
            for (int i = 0; i < n; i++)
            {
                await Consume(); // expect: BAD VT0001
            }

            async Task Consume() => await vt;
        }

        // Handed to a method vtlint cannot follow: the value is no longer judged either way.
        public void HandedToUnknownMethod(ISource s, List<int> items)
        {
            var vt = s.NextAsync();
            items.ForEach(i => vt.AsTask());
        }

        public async Task LambdaOwnTemporaries(ISource s)
        {
            Func<Task<int>> run = async () => await s.NextAsync(); // expect: GOOD VT0000
            await run();
            await run();
        }

        public async Task LambdaOwnLocalTwice(ISource s)
        {
            Func<Task> run = async () =>
            {
                var inner = s.NextAsync();
                await inner;
                await inner; // expect: BAD VT0001
            };
            await run();
        }
    }
}
