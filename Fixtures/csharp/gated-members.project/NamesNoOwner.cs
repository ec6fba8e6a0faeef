// Calls `Add` and `Push` without writing `Batch` or `TextExtensions`: none can be the ValueTask overload
// as vtlint resolves them, so nothing here is a finding (and the pre-check skips the file).
using System.Collections.Generic;

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
    }
}
