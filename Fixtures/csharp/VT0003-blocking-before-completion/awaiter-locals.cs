// An awaiter local (`var awaiter = vt.GetAwaiter()`) is a view of the value: `awaiter.IsCompleted` checks it
// and `awaiter.GetResult()` consumes it. Found in real code: the "block only if not finished" idiom, which
// getting the awaiter must not count as a first consumption.
using System;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;

namespace Fixtures.AwaiterLocals
{
    public interface ISource
    {
        ValueTask<int> NextAsync();
    }

    public static class Blocking
    {
        public static T WaitFast<T>(ValueTask<T> task) // expect: GOOD VT0000
        {
            var awaiter = task.GetAwaiter();
            if (!awaiter.IsCompleted)
                return task.AsTask().GetAwaiter().GetResult();
            return awaiter.GetResult();
        }

        public static T InlineCheck<T>(ValueTask<T> task) // expect: GOOD VT0000
        {
            if (task.GetAwaiter().IsCompleted) return task.Result;
            return task.AsTask().Result;
        }

        public static async Task<int> FastPathThenAwait(ISource s)
        {
            var vt = s.NextAsync(); // expect: GOOD VT0000
            var awaiter = vt.ConfigureAwait(false).GetAwaiter();
            if (awaiter.IsCompleted) return awaiter.GetResult();
            return await vt;
        }

        public static int Unchecked(ISource s)
        {
            var awaiter = s.NextAsync().GetAwaiter();
            return awaiter.GetResult(); // expect: BAD VT0003
        }

        public static int ReadTwice(ISource s)
        {
            var vt = s.NextAsync();
            var awaiter = vt.GetAwaiter();
            if (!awaiter.IsCompleted) return 0;
            int a = awaiter.GetResult();
            return a + awaiter.GetResult(); // expect: BAD VT0001
        }

        // The awaiter handed to code that registers a continuation: nothing is consumed there, and the
        // result read once it has run is the only consumption.
        public static int AfterContinuation(ISource s)
        {
            var awaiter = s.NextAsync().GetAwaiter();
            Register(awaiter);
            return awaiter.GetResult();
        }

        static void Register(ValueTaskAwaiter<int> awaiter) => awaiter.OnCompleted(() => { });
    }

    // `GetResult()` on the value itself is an extension method (ValueTask has none): not the awaiter's.
    public static class ValueTaskExtensions
    {
        public static T GetResult<T>(this ValueTask<T> task) => task.IsCompletedSuccessfully ? task.Result : throw new InvalidOperationException(); // expect: GOOD VT0000
    }

    public class Extension
    {
        public int Run(ISource s) => s.NextAsync().GetResult();
    }
}

namespace Fixtures.AwaiterLocals.Assigned
{
    using System.Runtime.ExceptionServices;

    public interface ISource
    {
        ValueTask<int> NextAsync();
    }

    public class Cases
    {
        // An awaiter assigned to a declared variable, or discarded: not followed, so nothing is claimed.
        public async Task<int> Assigned(ISource s)
        {
            var vt = s.NextAsync();
            ValueTaskAwaiter<int> aw;
            aw = vt.GetAwaiter();
            if (aw.IsCompleted) return aw.GetResult();
            return await vt;
        }

        // `default` has nothing behind it: complete, and safe to read any number of times.
        public int Default()
        {
            ValueTask<int> vt = default;
            return vt.Result + vt.Result;
        }

        // Rethrowing through ExceptionDispatchInfo never returns.
        public int Rethrow(ISource s, System.Exception e)
        {
            var vt = s.NextAsync(); // expect: GOOD VT0000
            if (!vt.IsCompleted) ExceptionDispatchInfo.Throw(e);
            return vt.Result;
        }
    }
}
