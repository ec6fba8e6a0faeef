// Where an unqualified call that its type does not declare comes from: a project class imported with
// `using static`, an enclosing type, or (on a receiver deriving from a class outside the project) an
// extension method the project writes for that class. Found by a regression review of the resolution rules.
using System.IO.Pipelines;
using System.Threading.Tasks;
using static Fixtures.Receivers.Util;
using static System.Threading.Timeout;

namespace Fixtures.Receivers
{
    public class Importer
    {
        public async Task<int> Twice()
        {
            var t = FetchAsync(1);
            await t;
            return await t; // expect: BAD VT0001
        }
    }

    public abstract class CustomReader : PipeReader { }

    public class ExtensionCaller
    {
        public async Task<int> Twice(CustomReader reader)
        {
            var t = reader.ReadMessageAsync(1);
            await t;
            return await t; // expect: BAD VT0001
        }
    }

    public class Outer
    {
        static ValueTask<int> Combine(int x) => new ValueTask<int>(x); // expect: GOOD VT0000

        class Inner
        {
            async Task<int> Twice()
            {
                var t = Combine(1);
                await t;
                return await t; // expect: BAD VT0001
            }
        }
    }
}
