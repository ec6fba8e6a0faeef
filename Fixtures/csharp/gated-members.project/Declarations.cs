// Member names shared by a ValueTask-returning method and an ordinary one that takes the same calls
// (`Add` with one argument, `Push`): the project index alone cannot say which one an unknown receiver
// calls, so only a receiver typed as the declaring type resolves. Used from the other files of this project.
using System.Threading.Tasks;

namespace Fixtures.Gated
{
    public class Batch
    {
        public ValueTask Add(int item) => default;
        // No ordinary `Add` takes three arguments: such a call resolves here on any receiver.
        public ValueTask Add(int first, int second, int third) => default;
    }

    public class Bag
    {
        public void Add(int item) { }
        public void Push(string text, int count) { }
        public void Push(int count) { }
    }

    public static class TextExtensions
    {
        // Also callable as `text.Push(1)`: a receiver typed `string` is written as a keyword, not a name.
        public static ValueTask Push(this string text, int count) => default;
    }
}
