// Writes the declaring type: a receiver of that type resolves to the ValueTask overload.
using System.Threading.Tasks;

namespace Fixtures.Gated
{
    public class Loader
    {
        public async Task Twice(Batch batch)
        {
            var pending = batch.Add(1);
            await pending;
            await pending; // expect: BAD VT0001
        }

        public async Task Once(Batch batch, Bag bag)
        {
            await batch.Add(2); // expect: GOOD VT0000
            bag.Add(3);
        }
    }
}
