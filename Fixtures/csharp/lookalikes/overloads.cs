// Overloads returning Task vs ValueTask are resolved by argument count; ambiguity stays unresolved.
using System.Threading.Tasks;

namespace Fixtures.Overloads
{
    public class Repository
    {
        public ValueTask<int> LoadAsync(int id) => new ValueTask<int>(id); // expect: GOOD VT0000
        public Task<int> LoadAsync(int id, bool fresh) => Task.FromResult(id);

        public ValueTask<int> FindAsync(int id) => new ValueTask<int>(id); // expect: GOOD VT0000
    }

    public class Cache
    {
        // Same name and argument count as Repository.FindAsync but returns Task: ambiguous without types.
        public Task<int> FindAsync(int id) => Task.FromResult(id);
    }

    public class Callers
    {
        public async Task<int> ValueTaskOverload(Repository repo)
        {
            var a = repo.LoadAsync(1);
            await a;
            return await a; // expect: BAD VT0001
        }

        public async Task<int> TaskOverload(Repository repo)
        {
            var b = repo.LoadAsync(1, fresh: true);
            await b;
            return await b;
        }

        // `Make()` is declared to return a Repository: the receiver's type is read from it.
        public async Task<int> ThroughAFactoryMethod(Factory factory)
        {
            var c = factory.Make().FindAsync(1);
            await c;
            return await c; // expect: BAD VT0001
        }

        // `Unwrap()` returns `object`, which says nothing: the two `FindAsync` disagree, so nothing is said.
        public async Task<int> AmbiguousThroughUnknownReceiver(Factory factory)
        {
            dynamic d = factory.Unwrap();
            var c = d.FindAsync(1);
            await c;
            return await c;
        }

        public async Task<int> ResolvedThroughDeclaredReceiver(Repository repo, Cache cache)
        {
            var fromRepo = repo.FindAsync(1);
            var fromCache = cache.FindAsync(1);
            await fromCache;
            await fromCache;
            await fromRepo;
            return await fromRepo; // expect: BAD VT0001
        }
    }

    public class Factory
    {
        public Repository Make() => new Repository();
        public object Unwrap() => new Repository();
    }
}

namespace Fixtures.Overloads.Linq
{
    using System.Collections.Generic;
    using System.Linq;

    public interface ICalculator
    {
        ValueTask<int> Sum(List<int> values);
    }

    public class LinqCallers
    {
        // LINQ's Sum with a selector is not ICalculator.Sum(List<int>): a lambda cannot be a List<int>.
        public int LinqSum(System.Func<Dictionary<int, int>> build)
        {
            var snapshot = build();
            var total = snapshot.Sum(x => x.Value);
            return total + total;
        }

        public async Task<int> GrainSum(ICalculator calculator, List<int> values)
        {
            var total = calculator.Sum(values);
            await total;
            return await total; // expect: BAD VT0001
        }
    }
}
