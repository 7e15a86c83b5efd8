namespace Ikim.Publisher.Worker;

/// <summary>
/// The recent builds, newest last, and a way to wait for one: tests and the status
/// surface observe the worker through this instead of sleeping.
/// </summary>
public sealed class BuildHistory
{
    private const int Capacity = 100;
    private readonly Lock _gate = new();
    private readonly List<BuildRecord> _builds = [];
    private readonly List<(Func<BuildRecord, bool> Match, TaskCompletionSource<BuildRecord> Waiter)> _waiters = [];

    /// <summary>Raised after each build is recorded (metrics, build-log retention); handlers must be quick and not throw.</summary>
    public event Action<BuildRecord>? Added;

    public IReadOnlyList<BuildRecord> Builds
    {
        get
        {
            lock (_gate)
            {
                return _builds.ToList();
            }
        }
    }

    public void Add(BuildRecord build)
    {
        List<TaskCompletionSource<BuildRecord>> ready;
        lock (_gate)
        {
            _builds.Add(build);
            if (_builds.Count > Capacity)
            {
                _builds.RemoveAt(0);
            }

            ready = _waiters.Where(w => w.Match(build)).Select(w => w.Waiter).ToList();
            _waiters.RemoveAll(w => ready.Contains(w.Waiter));
        }

        Added?.Invoke(build);
        foreach (var waiter in ready)
        {
            waiter.TrySetResult(build);
        }
    }

    /// <summary>Completes with the first build, past or future, that matches.</summary>
    public Task<BuildRecord> WaitForAsync(Func<BuildRecord, bool> match, CancellationToken cancellationToken)
    {
        var waiter = new TaskCompletionSource<BuildRecord>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            var existing = _builds.FirstOrDefault(match);
            if (existing is not null)
            {
                return Task.FromResult(existing);
            }

            _waiters.Add((match, waiter));
        }

        cancellationToken.Register(() => waiter.TrySetCanceled(cancellationToken));
        return waiter.Task;
    }
}
