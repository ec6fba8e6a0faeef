// `?` and `.` split across lines, arrays of tuples created with `new (…)[]`, and a long string concatenation.
using System.Reflection;

namespace Syntax.Layout;

public static class Info
{
    public static string Version()
        => typeof(Info).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?
            .InformationalVersion ?? "unknown";

    public static (string Name, int Size)[] Table() => new (string Name, int Size)[]
    {
        ("a", 1),
        ("b", 2),
    };

    public const string Columns =
        "one" + ", two" + ", three" + ", four" + ", five" + ", six" + ", seven" + ", eight" + ", nine" + ", ten" +
        ", eleven" + ", twelve" + ", thirteen" + ", fourteen" + ", fifteen" + ", sixteen" + ", seventeen" +
        ", eighteen" + ", nineteen" + ", twenty" + ", twenty-one" + ", twenty-two" + ", twenty-three";
}
