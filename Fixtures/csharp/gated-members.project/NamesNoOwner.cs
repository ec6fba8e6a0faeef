// Calls `Add` and `Push` without writing `Batch` or `TextExtensions`: with one argument none can be the
// ValueTask overload as vtlint resolves them (and the pre-check drops those calls); with three, `Add` can
// only be `Batch.Add`, on any receiver.
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Fixtures.Gated
{
    public class Collector
    {
        private readonly List<int> _items = new List<int>();

        public void Fill(Bag bag, IList<int> list)
        {
            _items.Add(1);
            bag.Add(2);
            list.Add(3);
            bag.Push(4);
            var again = bag;
            again.Add(5);
            again.Add(6);
        }

        private static object Make() => new object();

        public async Task ThreeArguments()
        {
            var pending = Make().Add(1, 2, 3);
            await pending;
            await pending; // expect: BAD VT0001
        }
    }
}
