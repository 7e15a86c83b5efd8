using System.Threading.Channels;

namespace Ikim.Publisher.Worker;

/// <summary>
/// A one-slot signal asking the worker to fetch and build now. Requests that arrive while
/// one is pending collapse into it, so a burst of webhooks gives at most one follow-up build.
/// </summary>
public sealed class BuildTrigger
{
    private readonly Channel<bool> _slot = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    private int _rebuild;
    private long _requests;

    /// <summary>Requests made since start, coalesced or not (lets tests see that a refused webhook asked for nothing).</summary>
    public long Requests => Interlocked.Read(ref _requests);

    public void Request()
    {
        Interlocked.Increment(ref _requests);
        _slot.Writer.TryWrite(true);
    }

    /// <summary>Asks for a build of the branch head even when it is live or failed before (an operator's rebuild).</summary>
    public void RequestRebuild()
    {
        Interlocked.Exchange(ref _rebuild, 1);
        Request();
    }

    /// <summary>True once per <see cref="RequestRebuild"/>: the worker takes the request when it acts on it.</summary>
    public bool TakeRebuild() => Interlocked.Exchange(ref _rebuild, 0) == 1;

    /// <summary>Waits for a request or the timeout, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        try
        {
            await _slot.Reader.ReadAsync(timer.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The poll interval elapsed.
        }
    }
}
