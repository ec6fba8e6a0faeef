// From the rules document (shared/valuetask-rules.txt): the seven examples, one per file.
using System.Threading.Tasks;

public interface IValueSource
{
    // Given this ValueTask<int>-returning method…
    ValueTask<int> SomeValueTaskReturningMethodAsync();
}

public class AwaitWithConfigureAwait
{
    public async Task<int> RunAsync(IValueSource source)
    {
        // GOOD: awaited directly through ConfigureAwait(false).
        int result = await source.SomeValueTaskReturningMethodAsync().ConfigureAwait(false); // expect: GOOD VT0000
        return result;
    }
}
