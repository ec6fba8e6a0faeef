// Lambdas in both branches of a conditional, lambdas with an explicit nullable return type, and a
// conditional whose true branch is an assignment.
using System;

namespace Syntax.Lambdas;

public sealed class Factory
{
    private string? _cached;

    public static Func<string, int, int> Pick(bool fast)
        => fast
            ? (text, index) => text.Length + index
            : (text, index) => index;

    public static Func<object, long?> Reader() => long? (object o) => o is long l ? l : null;

    public string Get(bool create) => _cached ?? (create ? _cached = Build() : "none");

    private static string Build() => "built";
}
