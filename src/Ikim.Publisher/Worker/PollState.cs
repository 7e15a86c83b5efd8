namespace Ikim.Publisher.Worker;

/// <summary>The fetch side of the loop: last fetch, consecutive failures, and the backoff they cause.</summary>
public sealed class PollState(TimeProvider clock)
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(5);
    private readonly Lock _gate = new();

    public DateTimeOffset? LastFetch { get; private set; }

    public DateTimeOffset? LastSuccessfulFetch { get; private set; }

    public int ConsecutiveFailures { get; private set; }

    public string? LastError { get; private set; }

    public void FetchSucceeded()
    {
        lock (_gate)
        {
            LastFetch = LastSuccessfulFetch = clock.GetUtcNow();
            ConsecutiveFailures = 0;
            LastError = null;
        }
    }

    public int FetchFailed(string error)
    {
        lock (_gate)
        {
            LastFetch = clock.GetUtcNow();
            LastError = error;
            return ++ConsecutiveFailures;
        }
    }

    /// <summary>The poll interval, or after failures an exponential backoff from it (capped, with up to 20 % jitter).</summary>
    public TimeSpan NextDelay(TimeSpan pollInterval)
    {
        int failures;
        lock (_gate)
        {
            failures = ConsecutiveFailures;
        }

        if (failures == 0)
        {
            return pollInterval;
        }

        var backoff = pollInterval * Math.Pow(2, Math.Min(failures, 16));
        var capped = backoff > MaxBackoff ? (pollInterval > MaxBackoff ? pollInterval : MaxBackoff) : backoff;
        return capped * (1 + (Random.Shared.NextDouble() * 0.2));
    }
}
