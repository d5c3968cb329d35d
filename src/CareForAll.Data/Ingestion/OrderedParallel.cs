namespace CareForAll.Data.Ingestion;

/// <summary>Maps a sequence on the thread pool, a few items at a time, and yields the results in the input's order.</summary>
internal static class OrderedParallel
{
    /// <summary>
    /// Applies <paramref name="map"/> to each item with up to <paramref name="window"/> items in flight; the results come
    /// back in input order, so the caller can accept them one by one as if they had been made sequentially.
    /// </summary>
    public static IEnumerable<TResult> Map<TItem, TResult>(IEnumerable<TItem> items, Func<TItem, TResult> map, int window)
    {
        var pending = new Queue<Task<TResult>>();
        try
        {
            foreach (var item in items)
            {
                pending.Enqueue(Task.Run(() => map(item)));
                if (pending.Count >= window)
                {
                    yield return pending.Dequeue().GetAwaiter().GetResult();
                }
            }

            while (pending.Count > 0)
            {
                yield return pending.Dequeue().GetAwaiter().GetResult();
            }
        }
        finally
        {
            // when the caller stops early (an error), let the work in flight finish before its inputs are released
            foreach (var task in pending)
            {
                task.ContinueWith(_ => { }, TaskScheduler.Default).Wait();
            }
        }
    }
}
