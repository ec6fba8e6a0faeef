// A `throw` expression ends its path: the arm that throws leaves nothing unconsumed.
using System;
using System.Threading.Tasks;

namespace Fixtures.ThrowExpressions
{
    public interface ISource
    {
        ValueTask<int> NextAsync();
    }

    public class Cases
    {
        public async Task<int> Ternary(ISource s, bool ok)
        {
            var vt = s.NextAsync(); // expect: WARNING VT0004
            return ok ? await vt : throw new InvalidOperationException();
        }

        public async Task<int> SwitchArm(ISource s, int k)
        {
            var vt = s.NextAsync(); // expect: WARNING VT0004
            return k switch { 0 => await vt, _ => throw new ArgumentOutOfRangeException(nameof(k)) };
        }

        public async Task<int> OtherArmDrops(ISource s, bool ok)
        {
            var vt = s.NextAsync(); // expect: WARNING VT0006
            return ok ? await vt : 0;
        }
    }
}
