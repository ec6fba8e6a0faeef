// Argument lists the pre-check counts from tokens although they hold creations, awaits, interpolated
// strings, `typeof`, `default` and `out` arguments: with one argument `Add` cannot be the ValueTask
// overload here (no `Batch` is written), with three it can only be `Batch.Add`. `Item` declaring an `Add`
// of its own uses nothing.
using System.Threading.Tasks;

namespace Fixtures.Gated
{
    public class Shapes
    {
        private static object Make() => new object();

        private static int Parse(string text, out int value)
        {
            value = text.Length;
            return value;
        }

        public async Task Counted(Task<int> ready, Bag bag)
        {
            bag.Add(new Item(1).Value);
            bag.Add(await ready);
            bag.Add($"{ready.Id,5:N0}".Length);
            bag.Add(typeof(Shapes).Name.Length);
            bag.Add(default);
            var pending = Make().Add(new Item(2).Value, await ready, Parse($"{1}", out var parsed));
            await pending;
            await pending; // expect: BAD VT0001
        }
    }

    public class Item
    {
        public Item(int value) { Value = value; }

        public int Value { get; }

        public void Add(int item) { }
    }
}
