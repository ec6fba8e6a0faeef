// Uses members declared in Repository.cs and Aliases.cs: resolved through the project index.
using System;
using System.Threading.Tasks;

namespace Fixtures.Index
{
    public class Service
    {
        private readonly IUserStore _store;

        public Service(IUserStore store) => _store = store;

        public async Task<User> LoadTwice(int id)
        {
            var t = _store.LoadAsync(id);
            await t;
            return await t; // expect: BAD VT0001
        }

        public async Task SaveDefaultArgument(User user)
        {
            var t = _store.SaveAsync(user); // expect: WARNING VT0004
            await t;
        }

        public async Task SaveExplicitArgument(User user)
        {
            _store.SaveAsync(user, true); // expect: WARNING VT0006
            await Task.CompletedTask;
        }

        public async Task<int> CountIsATask()
        {
            var c = _store.CountAsync();
            await c;
            return await c;
        }

        public async Task<User> ExtensionMethod(int id)
        {
            var t = _store.LoadOrDefaultAsync(id);
            await t;
            return await t; // expect: BAD VT0001
        }

        public async Task<int> DelegateInvocation(Fetch fetch)
        {
            var t = fetch(1);
            await t;
            return await t; // expect: BAD VT0001
        }

        public async Task<int> FuncInvocation(Func<int, ValueTask<int>> fetch)
        {
            var t = fetch(1);
            await t;
            return await t; // expect: BAD VT0001
        }

        public async Task<int> AliasFromAnotherFile(ICounter counter)
        {
            var t = counter.NextCountAsync();
            await t;
            return await t; // expect: BAD VT0001
        }

        public async Task<int> AliasTypedLocal(ICounter counter)
        {
            PendingCount t = counter.NextCountAsync(); // expect: WARNING VT0004
            return await t;
        }
    }
}
