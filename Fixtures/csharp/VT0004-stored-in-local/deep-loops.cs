// Loops are walked until their state settles, so nested loops multiply the walks. Plain nesting settles
// in two walks a level (the loop's own locals are out of scope at its head, so they do not keep the state
// changing). Past a budget of walks the method's locals are not judged (say less); values consumed where
// they are made still are.
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
                                            var t = s.NextAsync(); // expect: WARNING VT0004
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

        // Every level consumes the values made around it, so each loop settles again on every walk of the
        // loops around it: past the budget, none of these locals is judged (each is consumed again on the
        // next iteration, which nine levels still report as BAD VT0001).
        public async Task TenDeepConsumingOuterValues(ISource s, int[] xs)
        {
            var t0 = s.NextAsync();
            foreach (var x0 in xs)
            {
                var t1 = s.NextAsync();
                foreach (var x1 in xs)
                {
                    var t2 = s.NextAsync();
                    foreach (var x2 in xs)
                    {
                        var t3 = s.NextAsync();
                        foreach (var x3 in xs)
                        {
                            var t4 = s.NextAsync();
                            foreach (var x4 in xs)
                            {
                                var t5 = s.NextAsync();
                                foreach (var x5 in xs)
                                {
                                    var t6 = s.NextAsync();
                                    foreach (var x6 in xs)
                                    {
                                        var t7 = s.NextAsync();
                                        foreach (var x7 in xs)
                                        {
                                            var t8 = s.NextAsync();
                                            foreach (var x8 in xs)
                                            {
                                                var t9 = s.NextAsync();
                                                foreach (var x9 in xs)
                                                {
                                                    await t0; await t1; await t2; await t3; await t4; await t5; await t6; await t7; await t8; await t9;
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
    }
}
