// From the rules document (shared/valuetask-rules.txt): the seven examples, one per file.
using System.Threading.Tasks;

public interface IValueSource
{
    // Given this ValueTask<int>-returning method…
    ValueTask<int> SomeValueTaskReturningMethodAsync();
}

public class GetResultBeforeCompletion
{
    public int Run(IValueSource source)
    {
        // BAD: uses GetAwaiter().GetResult() when it is not known to be done.
        ValueTask<int> vt = source.SomeValueTaskReturningMethodAsync();
        int result = vt.GetAwaiter().GetResult(); // expect: BAD VT0003
        return result;
    }
}
