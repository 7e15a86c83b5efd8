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

    /// <summary>Successful fetches since the worker started.</summary>
    public long Fetches { get; private set; }

    /// <summary>Failed fetches since the worker started.</summary>
    public long TotalFailures { get; private set; }

    /// <summary>When the worker fetches next unless a trigger comes first.</summary>
    public DateTimeOffset? NextPollAt { get; private set; }

    /// <summary>All of the above read at one instant, for status and metrics.</summary>
    public PollSnapshot Snapshot()
    {
        lock (_gate)
        {
            return new PollSnapshot(LastFetch, LastSuccessfulFetch, ConsecutiveFailures, LastError, Fetches, TotalFailures, NextPollAt);
        }
    }

    public void FetchSucceeded()
    {
        lock (_gate)
        {
            LastFetch = LastSuccessfulFetch = clock.GetUtcNow();
            Fetches++;
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
            TotalFailures++;
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

        var delay = failures == 0 ? pollInterval : Backoff(pollInterval, failures);
        lock (_gate)
        {
            NextPollAt = clock.GetUtcNow() + delay;
        }

        return delay;
    }

    private static TimeSpan Backoff(TimeSpan pollInterval, int failures)
    {
        var backoff = pollInterval * Math.Pow(2, Math.Min(failures, 16));
        var capped = backoff > MaxBackoff ? (pollInterval > MaxBackoff ? pollInterval : MaxBackoff) : backoff;
        return capped * (1 + (Random.Shared.NextDouble() * 0.2));
    }
}

public sealed record PollSnapshot(
    DateTimeOffset? LastFetch,
    DateTimeOffset? LastSuccessfulFetch,
    int ConsecutiveFailures,
    string? LastError,
    long Fetches,
    long TotalFailures,
    DateTimeOffset? NextPollAt);
