// Stored where vtlint cannot see every consumption: fields, properties, arrays, collections.
using System.Collections.Generic;
using System.Collections.Concurrent;
using System.Threading.Tasks;

namespace Fixtures.StoredInField
{
    public interface ISource
    {
        ValueTask<int> NextAsync();
    }

    public class Holder
    {
        public ValueTask<int> Pending { get; set; }
    }

    public class Destinations
    {
        private ValueTask<int> _pending;
        private ValueTask<int> _other;
        private readonly List<ValueTask<int>> _list = new();
        private readonly Queue<ValueTask<int>> _queue = new();
        private readonly ConcurrentDictionary<int, ValueTask<int>> _map = new();
        private readonly ValueTask<int>[] _slots = new ValueTask<int>[4];

        public ValueTask<int> Current { get; private set; }

        public void Field(ISource s)
        {
            _pending = s.NextAsync(); // expect: WARNING VT0005
        }

        public void ThisField(ISource s)
        {
            this._other = s.NextAsync(); // expect: WARNING VT0005
        }

        public void Property(ISource s)
        {
            Current = s.NextAsync(); // expect: WARNING VT0005
        }

        public void OtherObjectsProperty(ISource s, Holder holder)
        {
            holder.Pending = s.NextAsync(); // expect: WARNING VT0005
        }

        public void ArrayElement(ISource s)
        {
            _slots[0] = s.NextAsync(); // expect: WARNING VT0005
        }

        public void DictionaryEntry(ISource s)
        {
            _map[1] = s.NextAsync(); // expect: WARNING VT0005
        }

        public void ListAdd(ISource s)
        {
            _list.Add(s.NextAsync()); // expect: WARNING VT0005
        }

        public void QueueEnqueue(ISource s)
        {
            _queue.Enqueue(s.NextAsync()); // expect: WARNING VT0005
        }

        public void TryAdd(ISource s)
        {
            _map.TryAdd(2, s.NextAsync()); // expect: WARNING VT0005
        }

        public ValueTask<int>[] ArrayCreation(ISource s)
        {
            return new[] { s.NextAsync() }; // expect: WARNING VT0005
        }

        public ValueTask<int>[] TypedArrayCreation(ISource s)
        {
            return new ValueTask<int>[] { s.NextAsync(), s.NextAsync() }; // expect: WARNING VT0005, WARNING VT0005
        }

        public List<ValueTask<int>> CollectionExpression(ISource s)
        {
            return [s.NextAsync()]; // expect: WARNING VT0005
        }

        public Holder ObjectInitializer(ISource s)
        {
            return new Holder { Pending = s.NextAsync() }; // expect: WARNING VT0005
        }

        public void LocalThenField(ISource s)
        {
            var vt = s.NextAsync();
            _pending = vt; // expect: WARNING VT0005
        }

        public void LocalThenList(ISource s)
        {
            var vt = s.NextAsync();
            _list.Add(vt); // expect: WARNING VT0005
        }

        public void StoresTheTask(ISource s, List<Task<int>> tasks)
        {
            tasks.Add(s.NextAsync().AsTask()); // expect: GOOD VT0000
        }
    }

    public class Initializers
    {
        private static readonly Producer Source = new Producer();
        private ValueTask<int> _eager = Source.NextAsync(); // expect: WARNING VT0005
        public ValueTask<int> Eager { get; } = Source.NextAsync(); // expect: WARNING VT0005
        private ValueTask<int> _default = default;
    }

    public class Producer
    {
        public ValueTask<int> NextAsync() => new ValueTask<int>(1); // expect: GOOD VT0000
    }
}
