// Lambdas handed to Task.Run, StartNew, Parallel.*, ThreadPool and new Thread run concurrently with the caller.
using System;
using System.Threading;
using System.Threading.Tasks;

namespace Fixtures.Concurrent
{
    public interface ISource
    {
        ValueTask<int> NextAsync();
    }

    public class Launchers
    {
        public void TaskRunTwice(ISource s)
        {
            var vt = s.NextAsync();
            Task.Run(async () => await vt);
            Task.Run(async () => await vt); // expect: BAD VT0002
        }

        public async Task TaskRunThenAwait(ISource s)
        {
            var vt = s.NextAsync();
            var background = Task.Run(() => vt.AsTask());
            await vt; // expect: BAD VT0002
            await background;
        }

        public void StartNewTwice(ISource s)
        {
            var vt = s.NextAsync();
            Task.Factory.StartNew(() => vt.AsTask());
            Task.Factory.StartNew(() => vt.AsTask()); // expect: BAD VT0002
        }

        public void ParallelFor(ISource s)
        {
            var vt = s.NextAsync();
            Parallel.For(0, 4, i => vt.AsTask().Wait()); // expect: BAD VT0002
        }

        public void ParallelForEach(ISource s, int[] items)
        {
            var vt = s.NextAsync();
            Parallel.ForEach(items, item =>
            {
                vt.AsTask().Wait(); // expect: BAD VT0002
            });
        }

        public void ParallelInvoke(ISource s)
        {
            var vt = s.NextAsync();
            Parallel.Invoke(
                () => vt.AsTask().Wait(),
                () => vt.AsTask().Wait()); // expect: BAD VT0002
        }

        public async Task ThreadPoolThenAwait(ISource s)
        {
            var vt = s.NextAsync();
            ThreadPool.QueueUserWorkItem(_ => vt.AsTask());
            await vt; // expect: BAD VT0002
        }

        public async Task ThreadThenAwait(ISource s)
        {
            var vt = s.NextAsync();
            var thread = new Thread(() => vt.AsTask().Wait());
            thread.Start();
            await vt; // expect: BAD VT0002
        }

        public void ClosureVariableRunTwice(ISource s)
        {
            var vt = s.NextAsync();
            Func<Task> work = async () => await vt;
            Task.Run(work);
            Task.Run(work); // expect: BAD VT0002
        }

        public void LocalFunctionRunTwice(ISource s)
        {
            var vt = s.NextAsync();
            Task.Run(Work);
            Task.Run(Work); // expect: BAD VT0002

            async Task Work() => await vt;
        }

        public async Task RunOnceOnly(ISource s)
        {
            var vt = s.NextAsync(); // expect: WARNING VT0004
            await Task.Run(async () => await vt);
        }

        public async Task AwaitThenRunAgain(ISource s)
        {
            var vt = s.NextAsync();
            await vt;
            await Task.Run(async () => await vt); // expect: BAD VT0001
        }
    }
}
