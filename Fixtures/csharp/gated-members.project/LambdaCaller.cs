// Names neither `Jobs` nor `Counter`: the receiver's type is unknown here.
using System.Threading.Tasks;

namespace Fixtures.Gated
{
    public class Scheduler
    {
        private static object Make() => new object();

        public async Task Twice()
        {
            var pending = Make().Run(() => 1);
            await pending;
            await pending; // expect: BAD VT0001
        }
    }
}
