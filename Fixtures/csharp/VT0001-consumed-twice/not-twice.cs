// Shapes that look like a second consumption but are not one (each found by an adversarial review).
using System;
using System.Threading.Tasks;

namespace Fixtures.NotTwice
{
    public interface ISource
    {
        ValueTask<int> NextAsync();
    }

    public class Cases
    {
        // Nothing behind these values: they may be consumed any number of times.
        public async Task Completed()
        {
            var vt = ValueTask.CompletedTask;
            await vt;
            await vt;
        }

        public async Task<int> WrapsTask(Task<int> task)
        {
            var vt = new ValueTask<int>(task);
            return await vt + await vt;
        }

        // `Preserve()` gives a value that may be awaited many times, even in the same variable.
        public async Task<int> PreservedInPlace(ValueTask<int> pending) // expect: GOOD VT0000
        {
            pending = pending.Preserve();
            return await pending + await pending;
        }

        // `Environment.FailFast` never returns: there is no second round of the loop after it.
        public async Task<int> FailFastEndsThePath(ISource s)
        {
            var vt = s.NextAsync(); // expect: WARNING VT0004
            while (true)
            {
                var r = await vt;
                if (r > 0) return r;
                Environment.FailFast("negative");
            }
        }

        // The delegate variable runs another body after it is reassigned.
        public async Task ReassignedDelegate(ISource s)
        {
            var vt = s.NextAsync(); // expect: WARNING VT0004
            Func<Task> step = async () => await vt;
            await step();
            step = () => Task.CompletedTask;
            await step();
        }

        public async Task<int> StillTwice(ISource s)
        {
            var vt = s.NextAsync();
            var a = await vt;
            return a + await vt; // expect: BAD VT0001
        }
    }
}
