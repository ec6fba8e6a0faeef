// From the rules document (shared/valuetask-rules.txt): the seven examples, one per file.
using System.Threading.Tasks;

public interface IValueSource
{
    // Given this ValueTask<int>-returning method…
    ValueTask<int> SomeValueTaskReturningMethodAsync();
}

public class AwaitedTwice
{
    public async Task<int> RunAsync(IValueSource source)
    {
        // BAD: awaits multiple times.
        ValueTask<int> vt = source.SomeValueTaskReturningMethodAsync();
        int result = await vt;
        int result2 = await vt; // expect: BAD VT0001
        return result + result2;
    }
}
