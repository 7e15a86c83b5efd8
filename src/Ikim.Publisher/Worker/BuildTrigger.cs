using System.Threading.Channels;

namespace Ikim.Publisher.Worker;

/// <summary>
/// A one-slot signal asking the worker to fetch and build now. Requests that arrive while
/// one is pending collapse into it, so a burst of webhooks gives at most one follow-up build.
/// </summary>
public sealed class BuildTrigger
{
    private readonly Channel<bool> _slot = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Request() => _slot.Writer.TryWrite(true);

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
