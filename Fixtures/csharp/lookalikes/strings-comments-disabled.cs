// Words in strings, comments and disabled regions are never code.
using System.Threading.Tasks;

namespace Fixtures.Lookalikes
{
    public interface ISource
    {
        ValueTask<int> NextAsync();
    }

    public class NotCode
    {
        public string InStrings()
        {
            var a = "var vt = s.NextAsync(); await vt; await vt;";
            var b = @"vt.GetAwaiter().GetResult()";
            var c = $"{"s.NextAsync()"} await vt";
            var d = """
                ValueTask<int> vt = s.NextAsync();
                _ = vt.Result;
                """;
            return a + b + c + d;
        }

        // var vt = s.NextAsync(); await vt; await vt;
        /* ValueTask<int> vt = s.NextAsync(); vt.GetAwaiter().GetResult(); */
        /// <summary>await vt; await vt;</summary>
        public async Task<int> InComments(ISource s)
        {
            return await s.NextAsync(); // expect: GOOD VT0000
        }

        public async Task<int> DisabledRegion(ISource s)
        {
            var vt = s.NextAsync(); // expect: WARNING VT0004
#if false
            await vt;
            vt.GetAwaiter().GetResult();
#endif
            return await vt;
        }

        public async Task<int> EnabledElseBranch(ISource s)
        {
            var vt = s.NextAsync(); // expect: WARNING VT0004
#if NEVER_DEFINED_SYMBOL
            await vt;
#else
            int r = await vt;
#endif
            return r;
        }
    }
}
