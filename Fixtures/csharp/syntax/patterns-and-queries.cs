// A pattern variable named `and`, a nullable array type in a pattern, a tuple array type pattern, a
// conditional after a type pattern whose true branch is a collection expression, and type patterns right
// before query clauses (`select`, `orderby` are not variable names there).
using System.Collections.Generic;
using System.Linq;

namespace Syntax.Patterns;

public record Pair(int Left, int Right);

public static class Checks
{
    public static bool Same(object other, Pair me)
        => other is Pair and && and.Left == me.Left && and.Right == me.Right;

    public static bool IsNullableArray(object o) => o is int?[];

    public static int Count(object o) => o is not (string?, string?)[] pairs ? 0 : pairs.Length;

    public static int[] Widen(object o, int[] path) => o is IList<int> ? [.. path, 0] : path;

    public static List<string> Names(IEnumerable<object> items)
        => (from item in items
            where item is string
            orderby ((string)item).Length
            select ((string)item).ToUpperInvariant()).ToList();
}
