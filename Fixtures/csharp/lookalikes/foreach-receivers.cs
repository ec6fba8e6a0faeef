// A `foreach (var r in items)` variable takes its type from the collection's declaration (`List<Remote>`):
// `Remote` is a library type here, so `r.FetchRowAsync()` is its method (returning Task), not the
// project's `Mine.FetchRowAsync` (found by an adversarial review).
using System.Collections.Generic;
using System.Threading.Tasks;
using Library;

namespace Fixtures.ForeachReceivers
{
    public class Mine
    {
        public ValueTask<int> FetchRowAsync() => default;
    }

    public class Callers
    {
        public async Task<int> Each(List<Remote> remotes)
        {
            var total = 0;
            foreach (var r in remotes)
            {
                var t = r.FetchRowAsync();
                total += await t;
                total += await t;
            }
            return total;
        }

        public async Task<int> EachMine(Mine[] mine)
        {
            var total = 0;
            foreach (var m in mine)
            {
                var t = m.FetchRowAsync();
                await t;
                total += await t; // expect: BAD VT0001
            }
            return total;
        }
    }
}
