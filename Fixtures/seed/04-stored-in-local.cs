// From the rules document (shared/valuetask-rules.txt): the seven examples, one per file.
using System.Threading.Tasks;

public interface IValueSource
{
    // Given this ValueTask<int>-returning method…
    ValueTask<int> SomeValueTaskReturningMethodAsync();
}

public class StoredInLocal
{
    public async Task<int> RunAsync(IValueSource source)
    {
        // WARNING: storing the instance in a local makes misuse likely, but this use is still fine.
        ValueTask<int> vt = source.SomeValueTaskReturningMethodAsync(); // expect: WARNING VT0004
        int result = await vt;
        return result;
    }
}
