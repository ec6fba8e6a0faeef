using System;
using System.Threading;
using System.Threading.Tasks;
using static System.Threading.Tasks.Task;

namespace Fixtures.Receivers
{
    public static class Connections
    {
        public static IConnection Current => null!;
    }

    // `connection` is declared in the other part of the class (Contracts.cs).
    public partial class Session
    {
        public void Drop(CancellationToken token)
        {
            connection.WriteAsync(1, token); // expect: WARNING VT0006
        }
    }

    // Inherited from a project base: resolved even with a static import in the file.
    public class ReaderTests : TestBase
    {
        public async Task Open()
        {
            await using var c = await OpenConnectionAsync(); // expect: GOOD VT0000
        }
    }

    // An unqualified call its type does not declare, with `using static Task`: `Task.Delay`, not the unrelated
    // `Scheduler.Delay`.
    public class User
    {
        public void Pause() => Delay(100).GetAwaiter().GetResult();
    }

    public class Unknown
    {
        // No .NET overload of these names takes these counts and returns Task: the project's members answer.
        public void Close(IConnection[] all)
        {
            foreach (var c in all) c.CloseAsync(CloseReason.TimeOut); // expect: WARNING VT0006
        }

        public int Block(Memory<byte> buffer, CancellationToken token)
        {
            var reader = Connections.Current;
            return reader.ReadAsync(buffer, token).GetAwaiter().GetResult(); // expect: BAD VT0003
        }
    }
}
