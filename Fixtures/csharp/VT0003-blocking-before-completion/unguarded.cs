// .Result / .GetAwaiter().GetResult() when the value is not known to be complete.
using System.Threading.Tasks;

namespace Fixtures.Blocking
{
    public interface ISource
    {
        ValueTask<int> NextAsync();
        ValueTask FlushAsync();
    }

    public class Unguarded
    {
        public int ResultOnCall(ISource s)
        {
            return s.NextAsync().Result; // expect: BAD VT0003
        }

        public int GetResultOnCall(ISource s)
        {
            return s.NextAsync().GetAwaiter().GetResult(); // expect: BAD VT0003
        }

        public void NonGenericGetResultOnCall(ISource s)
        {
            s.FlushAsync().GetAwaiter().GetResult(); // expect: BAD VT0003
        }

        public int ConfiguredGetResultOnCall(ISource s)
        {
            return s.NextAsync().ConfigureAwait(false).GetAwaiter().GetResult(); // expect: BAD VT0003
        }

        public int LocalResult(ISource s)
        {
            var vt = s.NextAsync();
            return vt.Result; // expect: BAD VT0003
        }

        public int LocalGetResult(ISource s)
        {
            ValueTask<int> vt = s.NextAsync();
            int result = vt.GetAwaiter().GetResult(); // expect: BAD VT0003
            return result;
        }

        public int GuardOnAnotherValue(ISource s)
        {
            var first = s.NextAsync(); // expect: WARNING VT0006
            var second = s.NextAsync();
            if (first.IsCompleted)
            {
                return second.Result; // expect: BAD VT0003
            }
            return 0;
        }

        public int ResultInElseBranch(ISource s)
        {
            var vt = s.NextAsync();
            if (vt.IsCompleted)
            {
                return 0;
            }
            else
            {
                return vt.Result; // expect: BAD VT0003
            }
        }

        public int OrIsNotAGuard(ISource s, bool flag)
        {
            var vt = s.NextAsync();
            if (vt.IsCompleted || flag)
            {
                return vt.Result; // expect: BAD VT0003
            }
            return 0;
        }

        public int GuardBeforeReassignment(ISource s)
        {
            var vt = s.NextAsync(); // expect: WARNING VT0006
            if (!vt.IsCompleted) return 0;
            int a = vt.Result;
            vt = s.NextAsync();
            return a + vt.Result; // expect: BAD VT0003
        }

        public int ParameterResult(ValueTask<int> pending) => pending.Result; // expect: BAD VT0003

        public int FalseArmOfTernary(ISource s)
        {
            var vt = s.NextAsync();
            return vt.IsCompleted ? 0 : vt.Result; // expect: BAD VT0003
        }
    }
}
