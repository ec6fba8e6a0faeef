// A value with no IValueTaskSource behind it (`new ValueTask()`, `new ValueTask<T>(result)`,
// `new ValueTask(task)`, `ValueTask.FromResult(x)`, `ValueTask.CompletedTask`) may be awaited any number of
// times: keeping it in a field is safe. A value that may come from a source is still reported.
using System.Threading.Tasks;

namespace Fixtures.Sourceless
{
    public interface ISource
    {
        ValueTask<int> NextAsync();
    }

    public class Hub
    {
        protected static readonly ValueTask Done = new ValueTask();
        static readonly ValueTask<int> Zero = new ValueTask<int>(0);
        static readonly ValueTask<int> One = ValueTask.FromResult(1);
        readonly ValueTask wrapped = new ValueTask(Task.CompletedTask);
        ValueTask<int> pending;

        public void Start(ISource s)
        {
            pending = s.NextAsync(); // expect: WARNING VT0005
        }
    }
}
