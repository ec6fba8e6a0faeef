// ValueTask factories and constructors consumed once.
using System.Threading.Tasks;

namespace Fixtures.ConsumedOnce
{
    public class Factories
    {
        public ValueTask Completed() => ValueTask.CompletedTask; // expect: GOOD VT0000

        public ValueTask<int> FromResult(int x)
        {
            return ValueTask.FromResult(x); // expect: GOOD VT0000
        }

        public ValueTask<int> Constructed(int x)
        {
            return new ValueTask<int>(x); // expect: GOOD VT0000
        }

        public ValueTask<int> WrapsTask(Task<int> task) => new ValueTask<int>(task); // expect: GOOD VT0000

        public async Task<int> AwaitConstructed()
        {
            return await new ValueTask<int>(5); // expect: GOOD VT0000
        }

        public async ValueTask<int> ParameterOnce(ValueTask<int> pending) // expect: GOOD VT0000
        {
            return await pending;
        }

        public async ValueTask ParameterOncePerBranch(ValueTask pending, bool flag) // expect: GOOD VT0000
        {
            if (flag)
            {
                await pending;
            }
            else
            {
                await pending.ConfigureAwait(false);
            }
        }
    }
}
