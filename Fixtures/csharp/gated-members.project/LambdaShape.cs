// `Run(() => 1)` cannot call `Counter.Run(int)`: a lambda rules that overload out, so even on a receiver of
// unknown type the call resolves to the ValueTask one (and `Run` is not gated by `Jobs` being written).
using System;
using System.Threading.Tasks;

namespace Fixtures.Gated
{
    public class Jobs
    {
        public ValueTask Run(Func<int> work) => default;
    }

    public class Counter
    {
        public void Run(int times) { }
    }
}
