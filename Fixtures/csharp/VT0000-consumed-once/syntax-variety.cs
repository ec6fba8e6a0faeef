// Syntax that must not fool the analysis: patterns, switch guards, using, lock, generics, Preserve.
using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;

namespace Fixtures.SyntaxVariety
{
    public interface ISource
    {
        ValueTask<int> NextAsync();
        ValueTask<T> GetAsync<T>(string key);
    }

    public class Variety
    {
        private readonly object _gate = new object();

        public async Task<int> PatternsAndGuards(ISource s, object o)
        {
            switch (o)
            {
                case int n when n > 0:
                    return await s.NextAsync(); // expect: GOOD VT0000
                case string text:
                    return text.Length;
                default:
                    return 0;
            }
        }

        public async Task<T> GenericCall<T>(ISource s)
        {
            return await s.GetAsync<T>("key"); // expect: GOOD VT0000
        }

        public bool GenericsAreNotComparisons(int a, int b, int c)
        {
            return a < b && c > b;
        }

        public async Task UsingDeclaration(ISource s, Stream stream)
        {
            await using var resource = stream;
            using var other = new MemoryStream();
            await s.NextAsync(); // expect: GOOD VT0000
        }

        public int LockedBlock(ISource s)
        {
            lock (_gate)
            {
                var vt = s.NextAsync(); // expect: GOOD VT0000
                if (vt.IsCompletedSuccessfully)
                {
                    return vt.Result;
                }
                return vt.AsTask().GetAwaiter().GetResult();
            }
        }

        public async Task<int> PreservedCanBeAwaitedTwice(ISource s)
        {
            ValueTask<int> shared = s.NextAsync().Preserve(); // expect: GOOD VT0000
            int a = await shared;
            return a + await shared;
        }

        public async Task<int> IsPatternOnResult(ISource s)
        {
            if (await s.NextAsync() is int n && n > 0) // expect: GOOD VT0000
            {
                return n;
            }
            return 0;
        }

        public async Task<int> SwitchExpressionSubject(ISource s)
        {
            var value = await s.NextAsync(); // expect: GOOD VT0000
            return value switch
            {
                0 => 1,
                var other => other,
            };
        }

        public async Task<int> InterpolationAndTuples(ISource s)
        {
            var (a, b) = (2, await s.NextAsync()); // expect: GOOD VT0000
            Console.WriteLine($"{a} {await s.NextAsync()}"); // expect: GOOD VT0000
            return a + b;
        }

        public async Task<int> NullConditionalChain(ISource? s)
        {
            return await (s?.NextAsync() ?? new ValueTask<int>(0)); // expect: GOOD VT0000, GOOD VT0000
        }

        public async Task TopLevelLikeLambda(ISource s)
        {
            Func<ISource, ValueTask<int>> next = src => src.NextAsync(); // expect: GOOD VT0000
            await next(s); // expect: GOOD VT0000
        }
    }
}
