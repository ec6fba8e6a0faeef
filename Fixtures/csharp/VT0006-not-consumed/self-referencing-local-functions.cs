// Local functions and lambdas that hand themselves on: each is analyzed on its own once, so a value in
// one is reported once, however often its body names it.
using System;
using System.Threading.Tasks;

namespace Fixtures.SelfReferencing
{
    public interface ISource
    {
        ValueTask<int> NextAsync();
    }

    public class SelfReferencing
    {
        static void Run(Action action) { }

        public void PassesItselfOn(ISource s)
        {
            Run(Inner);

            void Inner()
            {
                var vt = s.NextAsync(); // expect: WARNING VT0006
                Run(Inner);
            }
        }

        public void MutualRecursion(ISource s)
        {
            Run(Ping);

            void Ping()
            {
                s.NextAsync(); // expect: WARNING VT0006
                Run(Pong);
            }

            void Pong()
            {
                Run(Ping);
            }
        }

        public async Task<int> Recursive(ISource s, int depth)
        {
            return await Inner(depth);

            async Task<int> Inner(int left)
            {
                if (left == 0)
                {
                    return await s.NextAsync(); // expect: GOOD VT0000
                }
                return await Inner(left - 1);
            }
        }
    }
}
