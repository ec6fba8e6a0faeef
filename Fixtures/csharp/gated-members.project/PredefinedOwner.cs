// The extension's receiver type is the keyword `string`: no identifier names it, so the name cannot be
// ruled out by the names a file writes, and the call resolves.
using System.Threading.Tasks;

namespace Fixtures.Gated
{
    public class Writer
    {
        public async Task Twice(string text)
        {
            var pending = text.Push(1);
            await pending;
            await pending; // expect: BAD VT0001
        }
    }
}
