// Look-alikes that are not ValueTasks: nothing to report.
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Fixtures.Lookalikes
{
    public interface IService
    {
        Task<int> GetAsync();
        Task RunAsync();
    }

    public class ValueTaskLike
    {
        public int Result => 1;
    }

    public class TasksAreFine
    {
        public async Task<int> TaskAwaitedTwice(IService s)
        {
            Task<int> t = s.GetAsync();
            int a = await t;
            return a + await t;
        }

        public async Task VarTaskAwaitedTwice(IService s)
        {
            var t = s.RunAsync();
            await t;
            await t;
        }

        public int TaskResult(IService s)
        {
            var t = s.GetAsync();
            return t.Result + t.GetAwaiter().GetResult();
        }

        public void TaskDropped(IService s)
        {
            s.RunAsync();
            _ = s.GetAsync();
        }

        public int SimilarName(ValueTaskLike like)
        {
            var x = like;
            return x.Result + x.Result;
        }

        public async Task<int> ListOfValueTasks(List<ValueTask<int>> list)
        {
            var items = list;
            return items.Count;
        }

        public bool Generics(int a, int b, int c)
        {
            return a < b && b > c;
        }

        public async Task<int> TaskInLoop(IService s, int n)
        {
            var t = s.GetAsync();
            int sum = 0;
            for (int i = 0; i < n; i++)
            {
                sum += await t;
            }
            return sum;
        }

        public async Task TaskRunTwice(IService s)
        {
            var t = s.GetAsync();
            _ = Task.Run(async () => await t);
            _ = Task.Run(async () => await t);
            await Task.WhenAll(t, t);
        }
    }
}
