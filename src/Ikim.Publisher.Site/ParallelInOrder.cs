using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace Ikim.Publisher.Site;

/// <summary>
/// Maps a list on all cores into results in the list's order. When items fail, the failure of the
/// first failing item in list order is thrown, whatever thread finished first, so a build names the
/// same file on every run.
/// </summary>
internal static class ParallelInOrder
{
    public static TResult[] Map<T, TResult>(IReadOnlyList<T> items, Func<T, TResult> map, CancellationToken cancellationToken = default) =>
        Map(items, (item, _) => map(item), cancellationToken);

    public static TResult[] Map<T, TResult>(IReadOnlyList<T> items, Func<T, int, TResult> map, CancellationToken cancellationToken = default)
    {
        var results = new TResult[items.Count];
        var failures = new ConcurrentDictionary<int, Exception>();
        Parallel.For(0, items.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            try
            {
                results[i] = map(items[i], i);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                failures[i] = ex;
            }
        });

        if (!failures.IsEmpty)
        {
            ExceptionDispatchInfo.Throw(failures[failures.Keys.Min()]);
        }

        return results;
    }
}
