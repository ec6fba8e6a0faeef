// Loops are walked until their state settles, so nested loops multiply the walks. Past a budget of
// walks the method's locals are not judged (say less); values consumed where they are made still are.
using System.Threading.Tasks;

namespace Fixtures.DeepLoops
{
    public interface ISource
    {
        ValueTask<int> NextAsync();
    }

    public class DeepLoops
    {
        public async Task Shallow(ISource s, int[] xs)
        {
            foreach (var a in xs)
            {
                foreach (var b in xs)
                {
                    var t = s.NextAsync(); // expect: WARNING VT0004
                    await t;
                }
            }
        }

        public async Task EightDeep(ISource s, int[] xs)
        {
            foreach (var x0 in xs)
            {
                foreach (var x1 in xs)
                {
                    foreach (var x2 in xs)
                    {
                        foreach (var x3 in xs)
                        {
                            foreach (var x4 in xs)
                            {
                                foreach (var x5 in xs)
                                {
                                    foreach (var x6 in xs)
                                    {
                                        foreach (var x7 in xs)
                                        {
                                            var t = s.NextAsync();
                                            await t;
                                            await s.NextAsync(); // expect: GOOD VT0000
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
