// Values complete by design: blocking on them is not reported (the synchronous-mode idiom of database
// drivers, ValueTasks wrapping a result or a Task).
using System.Threading;
using System.Threading.Tasks;

namespace Fixtures.ByDesign
{
    public enum IOBehavior { Synchronous, Asynchronous }

    public class Driver
    {
        ValueTask<int> Read(bool async, CancellationToken ct) => new ValueTask<int>(async ? 1 : 0); // expect: GOOD VT0000
        ValueTask<int> Read(IOBehavior io) => new ValueTask<int>(1); // expect: GOOD VT0000
        ValueTask Close(bool async) => default;

        public int SyncRead() => Read(async: false, CancellationToken.None).GetAwaiter().GetResult(); // expect: GOOD VT0000

        public int SyncReadPositional() => Read(false, default).Result; // expect: GOOD VT0000

        public int SyncReadBehavior() => Read(IOBehavior.Synchronous).GetAwaiter().GetResult(); // expect: GOOD VT0000

        public void Dispose() => Close(false).GetAwaiter().GetResult(); // expect: GOOD VT0000

        public int AsyncFlagButBlocking() => Read(async: true, CancellationToken.None).Result; // expect: BAD VT0003

        public int WrapsTask(Task<int> task) => new ValueTask<int>(task).Result; // expect: GOOD VT0000

        public int WrapsTaskInLocal(Task<int> task)
        {
            var vt = new ValueTask<int>(task); // expect: WARNING VT0004
            return vt.Result;
        }

        public int FromResultBlocking() => ValueTask.FromResult(3).GetAwaiter().GetResult(); // expect: GOOD VT0000

        public int SyncModeLocal()
        {
            var vt = Read(async: false, CancellationToken.None); // expect: WARNING VT0004
            return vt.GetAwaiter().GetResult();
        }
    }

    public class LocalFunctionsSeeEachOther
    {
        public ValueTask<int> Outer()
        {
            return First(); // expect: GOOD VT0000

            ValueTask<int> First() => new ValueTask<int>(Second().Result); // expect: GOOD VT0000

            async Task<int> Second()
            {
                await Task.Yield();
                return 1;
            }
        }
    }
}
