// Receivers across files: a field declared in another part of a partial class, a method inherited from a
// project base declared in another file, and project members named like .NET ones.
using System;
using System.Threading;
using System.Threading.Tasks;

namespace Fixtures.Receivers
{
    public enum CloseReason { TimeOut }

    public interface IConnection
    {
        ValueTask CloseAsync(CloseReason reason);
        ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken token);
        ValueTask WriteAsync(int frame, CancellationToken token);
    }

    public abstract class TestBase
    {
        protected ValueTask<IConnection> OpenConnectionAsync() => default;
    }

    public class Scheduler
    {
        public ValueTask Delay(int milliseconds) => default;
    }

    public partial class Session
    {
        private readonly IConnection connection = null!;
    }
}

namespace Fixtures.Receivers
{
    public static class Util
    {
        public static ValueTask<int> FetchAsync(int id) => new ValueTask<int>(id); // expect: GOOD VT0000
    }

    public static class ReaderExtensions
    {
        public static ValueTask<int> ReadMessageAsync(this System.IO.Pipelines.PipeReader reader, int size) => new ValueTask<int>(size); // expect: GOOD VT0000
    }
}
