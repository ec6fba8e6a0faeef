// Counting per path: one consumption in each branch is once per path.
using System.Threading.Tasks;

namespace Fixtures.Branches
{
    public interface ISource
    {
        ValueTask<int> NextAsync();
    }

    public class Branches
    {
        public async Task<int> IfElse(ISource s, bool flag)
        {
            var vt = s.NextAsync(); // expect: WARNING VT0004
            if (flag)
            {
                return await vt;
            }
            else
            {
                return await vt.ConfigureAwait(false);
            }
        }

        public async Task<int> IfThenAfter(ISource s, bool flag)
        {
            var vt = s.NextAsync();
            int total = 0;
            if (flag)
            {
                total += await vt;
            }
            return total + await vt; // expect: BAD VT0001
        }

        public async Task<int> EarlyReturn(ISource s, bool flag)
        {
            var vt = s.NextAsync(); // expect: WARNING VT0004
            if (flag)
            {
                await vt;
                return 0;
            }
            return await vt;
        }

        public async Task<int> SwitchSections(ISource s, int kind)
        {
            var vt = s.NextAsync(); // expect: WARNING VT0004
            switch (kind)
            {
                case 0:
                    return await vt;
                case 1:
                    await vt;
                    break;
                default:
                    vt.AsTask().Wait();
                    break;
            }
            return kind;
        }

        public async Task<int> SwitchThenAfter(ISource s, int kind)
        {
            var vt = s.NextAsync();
            switch (kind)
            {
                case 0:
                    await vt;
                    break;
                default:
                    break;
            }
            return await vt; // expect: BAD VT0001
        }

        public async Task<int> TernaryArms(ISource s, bool flag)
        {
            var vt = s.NextAsync(); // expect: WARNING VT0004
            return flag ? await vt : await vt.ConfigureAwait(false);
        }

        public async Task<int> ElseIfChain(ISource s, int n)
        {
            var vt = s.NextAsync(); // expect: WARNING VT0004
            if (n == 0) return await vt;
            else if (n == 1) return await vt + 1;
            else return await vt + 2;
        }

        public async Task<int> SwitchExpressionArms(ISource s, int n)
        {
            var vt = s.NextAsync(); // expect: WARNING VT0004
            Task<int> t = n switch
            {
                0 => vt.AsTask(),
                _ => vt.AsTask(),
            };
            return await t;
        }

        public async Task<int> ConditionalThenBoth(ISource s, bool flag)
        {
            var vt = s.NextAsync();
            int first = flag ? await vt : 0;
            return first + await vt; // expect: BAD VT0001
        }
    }
}
