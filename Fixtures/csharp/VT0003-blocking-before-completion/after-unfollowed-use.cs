// After a use vtlint cannot follow, whether the value is complete is unknown, so reading its result is not
// judged. `vt.Wait()` here is an extension method that blocks until the value is done (found in real code:
// it calls GetAwaiter().GetResult() itself, which makes the `.Result` after it a second consumption that
// vtlint does not claim to see). A read before such a use is still judged.
using System.Threading.Tasks;

namespace Fixtures.AfterUnfollowedUse
{
    public interface ISource
    {
        ValueTask<int> NextAsync();
    }

    public static class Waiting
    {
        public static void Wait(this in ValueTask<int> task) { }
        public static void Spin(ref ValueTask<int> task) { }
    }

    public class Reader
    {
        public int AfterExtensionCall(ISource s)
        {
            var task = s.NextAsync();
            task.Wait();
            return task.Result;
        }

        public int AfterRefArgument(ISource s)
        {
            var task = s.NextAsync();
            Waiting.Spin(ref task);
            return task.GetAwaiter().GetResult();
        }

        public int BeforeExtensionCall(ISource s)
        {
            var task = s.NextAsync();
            int r = task.Result; // expect: BAD VT0003
            task.Wait();
            return r;
        }

        public async Task<int> TwiceAfterExtensionCall(ISource s)
        {
            var task = s.NextAsync();
            task.Wait();
            int a = await task;
            return a + await task; // expect: BAD VT0001
        }
    }
}
