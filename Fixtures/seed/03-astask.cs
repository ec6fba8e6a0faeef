// From the rules document (shared/valuetask-rules.txt): the seven examples, one per file.
using System.Threading.Tasks;

public interface IValueSource
{
    // Given this ValueTask<int>-returning method…
    ValueTask<int> SomeValueTaskReturningMethodAsync();
}

public class ConvertedWithAsTask
{
    public Task<int> Run(IValueSource source)
    {
        // GOOD: AsTask() called directly; the Task may then be awaited any number of times.
        Task<int> t = source.SomeValueTaskReturningMethodAsync().AsTask(); // expect: GOOD VT0000
        return t;
    }
}
