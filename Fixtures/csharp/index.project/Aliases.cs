// A global using alias of ValueTask, declared in one file and used in others.
global using PendingCount = System.Threading.Tasks.ValueTask<int>;

namespace Fixtures.Index
{
    public interface ICounter
    {
        PendingCount NextCountAsync();
    }
}
