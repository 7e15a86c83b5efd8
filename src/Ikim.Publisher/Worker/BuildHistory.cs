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
    private readonly List<(string Commit, TaskCompletionSource Waiter)> _startWaiters = [];
    private string? _running;

    /// <summary>Raised after each build is recorded (metrics, build-log retention); handlers must be quick and not throw.</summary>
    public event Action<BuildRecord>? Added;

    /// <summary>The commit being built right now, or null.</summary>
    public string? Running
    {
        get
        {
            lock (_gate)
            {
                return _running;
            }
        }
    }

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

    /// <summary>Marks the build of <paramref name="commit"/> as started; <see cref="Add"/> ends it.</summary>
    public void Started(string commit)
    {
        List<TaskCompletionSource> ready;
        lock (_gate)
        {
            _running = commit;
            ready = _startWaiters.Where(w => w.Commit == commit).Select(w => w.Waiter).ToList();
            _startWaiters.RemoveAll(w => w.Commit == commit);
        }

        foreach (var waiter in ready)
        {
            waiter.TrySetResult();
        }
    }

    /// <summary>Completes when a build of <paramref name="commit"/> starts (at once if it is running or done).</summary>
    public Task WaitForStartAsync(string commit, CancellationToken cancellationToken)
    {
        var waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_running == commit || _builds.Any(b => b.Commit == commit))
            {
                return Task.CompletedTask;
            }

            _startWaiters.Add((commit, waiter));
        }

        cancellationToken.Register(() => waiter.TrySetCanceled(cancellationToken));
        return waiter.Task;
    }

    public void Add(BuildRecord build)
    {
        List<TaskCompletionSource<BuildRecord>> ready;
        lock (_gate)
        {
            _running = null;
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
