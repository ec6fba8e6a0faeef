// Switch-expression arms whose `when` guard is a bare name or a call: the `=>` after the guard belongs to the
// arm, not to a lambda. Constant patterns built from casts, `|` and members of predefined types.
namespace Syntax.Guards;

public static class Classifier
{
    public static string Describe(object value, bool verbose) => value switch
    {
        int n when verbose => "number " + n,
        string s when IsShort(s) => "short text",
        _ when verbose => "something else",
        _ => "?",
    };

    public static int Digit(byte b) => b switch
    {
        (byte)'0' or (byte)'1' or (byte)'2' => b - (byte)'0',
        int.MaxValue => -1,
        _ => -2,
    };

    public static int Flags(Options o) => o switch
    {
        Options.Read | Options.Write => 3,
        Options.Read => 1,
        _ => 0,
    };

    public static bool IsLimit(uint latency) => latency is uint.MaxValue ? true : false;

    private static bool IsShort(string s) => s.Length < 4;
}

[System.Flags]
public enum Options
{
    None = 0,
    Read = 1,
    Write = 2,
}
