// Stored in a local and consumed exactly once on every path: WARNING (it could still be ok).
using System.Threading.Tasks;

namespace Fixtures.StoredInLocal
{
    public interface ISource
    {
        ValueTask<int> NextAsync();
        ValueTask FlushAsync();
    }

    public class Stored
    {
        public async Task<int> ExplicitType(ISource s)
        {
            ValueTask<int> vt = s.NextAsync(); // expect: WARNING VT0004
            return await vt;
        }

        public async Task ImplicitType(ISource s)
        {
            var vt = s.FlushAsync(); // expect: WARNING VT0004
            await vt;
        }

        public async Task<int> QualifiedType(ISource s)
        {
            System.Threading.Tasks.ValueTask<int> vt = s.NextAsync(); // expect: WARNING VT0004
            return await vt;
        }

        public ValueTask<int> StoredThenReturned(ISource s)
        {
            var vt = s.NextAsync(); // expect: WARNING VT0004
            return vt;
        }

        public Task<int> StoredThenAsTask(ISource s)
        {
            var vt = s.NextAsync(); // expect: WARNING VT0004
            return vt.AsTask();
        }

        public async Task<int> StoredConfigured(ISource s)
        {
            var configured = s.NextAsync().ConfigureAwait(false); // expect: WARNING VT0004
            return await configured;
        }

        public async Task StoredThenPassed(ISource s)
        {
            var vt = s.NextAsync(); // expect: WARNING VT0004
            await Accept(vt);
        }

        public async Task<int> TwoLocals(ISource s)
        {
            var a = s.NextAsync(); // expect: WARNING VT0004
            var b = s.NextAsync(); // expect: WARNING VT0004
            return await a + await b;
        }

        public async Task<int> DeclaredThenAssigned(ISource s)
        {
            ValueTask<int> vt;
            vt = s.NextAsync(); // expect: WARNING VT0004
            return await vt;
        }

        public async Task<int> ConstructedLocal(int x)
        {
            var vt = new ValueTask<int>(x); // expect: WARNING VT0004
            return await vt;
        }

        private static async Task Accept(ValueTask<int> value) => await value; // expect: GOOD VT0000
    }
}
