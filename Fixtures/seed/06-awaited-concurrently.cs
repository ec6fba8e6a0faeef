// From the rules document (shared/valuetask-rules.txt): the seven examples, one per file.
using System.Threading.Tasks;

public interface IValueSource
{
    // Given this ValueTask<int>-returning method…
    ValueTask<int> SomeValueTaskReturningMethodAsync();
}

public class AwaitedConcurrently
{
    public void Run(IValueSource source)
    {
        // BAD: awaits concurrently (and, by definition then, multiple times).
        ValueTask<int> vt = source.SomeValueTaskReturningMethodAsync();
        Task.Run(async () => await vt);
        Task.Run(async () => await vt); // expect: BAD VT0002
    }
}
