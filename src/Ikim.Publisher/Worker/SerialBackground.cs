namespace Ikim.Publisher.Worker;

/// <summary>
/// Work done off the publish path, one piece after the other in the order it was queued (a later
/// piece may depend on an earlier one being done, as a newer build state on an older one being written).
/// Each piece handles its own failures.
/// </summary>
internal sealed class SerialBackground
{
    private readonly Lock _gate = new();
    private Task _last = Task.CompletedTask;

    public void Enqueue(Action work)
    {
        lock (_gate)
        {
            _last = _last.ContinueWith(_ => work(), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        }
    }

    /// <summary>Completes once everything queued so far is done.</summary>
    public Task Idle
    {
        get
        {
            lock (_gate)
            {
                return _last;
            }
        }
    }
}
