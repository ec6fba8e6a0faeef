// Cross-file resolution: these declarations are used from Service.cs, linted as one project.
using System.Threading.Tasks;

namespace Fixtures.Index
{
    public record User(int Id);

    public interface IUserStore
    {
        ValueTask<User> LoadAsync(int id);
        ValueTask SaveAsync(User user, bool flush = false);
        Task<int> CountAsync();
    }

    public delegate ValueTask<int> Fetch(int id);

    public static class StoreExtensions
    {
        public static ValueTask<User> LoadOrDefaultAsync(this IUserStore store, int id) => store.LoadAsync(id); // expect: GOOD VT0000
    }
}
