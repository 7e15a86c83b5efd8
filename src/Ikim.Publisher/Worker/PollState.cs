using Ikim.Publisher.Git;

namespace Ikim.Publisher.Worker;

/// <summary>
/// The fetch side of the loop: last fetch, failures (in a row and in total), the cause, and the
/// backoff they cause. Read by the status surface; written only by the worker.
/// </summary>
public sealed class PollState(TimeProvider clock, Random? random = null)
{
    private readonly Random _random = random ?? Random.Shared;
    private readonly Lock _gate = new();
    private FetchFailureKind _lastKind;

    public DateTimeOffset? LastFetch { get; private set; }

    public DateTimeOffset? LastSuccessfulFetch { get; private set; }

    public int ConsecutiveFailures { get; private set; }

    /// <summary>Successful fetches since the worker started.</summary>
    public long Fetches { get; private set; }

    /// <summary>Failed fetches since the worker started.</summary>
    public long TotalFailures { get; private set; }

    /// <summary>Why the last fetch failed (secrets masked); null after a success.</summary>
    public string? LastError { get; private set; }

    /// <summary>When the worker fetches next, unless a trigger comes first.</summary>
    public DateTimeOffset? NextPollAt { get; private set; }

    /// <summary>All of the above read at one instant, for status and metrics.</summary>
    public PollSnapshot Snapshot()
    {
        lock (_gate)
        {
            return new PollSnapshot(LastFetch, LastSuccessfulFetch, ConsecutiveFailures, LastError, Fetches, TotalFailures, NextPollAt)
            {
                LastErrorKind = ConsecutiveFailures > 0 ? _lastKind : null,
            };
        }
    }

    /// <summary>Records a success; returns how many failures in a row it ends (0 when none).</summary>
    public int FetchSucceeded()
    {
        lock (_gate)
        {
            var ended = ConsecutiveFailures;
            LastFetch = LastSuccessfulFetch = clock.GetUtcNow();
            Fetches++;
            ConsecutiveFailures = 0;
            LastError = null;
            return ended;
        }
    }

    /// <summary>
    /// Records a failure; <c>NewCause</c> is true when it follows a success or is of another kind
    /// than the previous failure: log those, not the repeats. One outage reads differently from
    /// fetch to fetch (the fetch in flight is reset, the next ones are refused), so causes are
    /// compared by kind; only unclassified ones, whose text is all we know, by their text.
    /// </summary>
    public (int InARow, bool NewCause) FetchFailed(string error, FetchFailureKind kind)
    {
        lock (_gate)
        {
            var newCause = ConsecutiveFailures == 0 || kind != _lastKind || (kind == FetchFailureKind.Other && LastError != error);
            LastFetch = clock.GetUtcNow();
            LastError = error;
            _lastKind = kind;
            TotalFailures++;
            return (++ConsecutiveFailures, newCause);
        }
    }

    /// <summary>
    /// The poll interval; after failures an exponential backoff from it, doubling per failure
    /// and capped at <paramref name="maxBackoff"/> (never below the poll interval). Jitter takes
    /// up to 20 % off, so many workers failing together spread out, and the cap is never exceeded.
    /// </summary>
    public TimeSpan NextDelay(TimeSpan pollInterval, TimeSpan maxBackoff)
    {
        lock (_gate)
        {
            var delay = pollInterval;
            if (ConsecutiveFailures > 0)
            {
                var backoff = pollInterval * Math.Pow(2, Math.Min(ConsecutiveFailures, 30));
                var capped = backoff > maxBackoff ? maxBackoff : backoff;
                delay = (capped < pollInterval ? pollInterval : capped) * (1 - (_random.NextDouble() * 0.2));
            }

            NextPollAt = clock.GetUtcNow() + delay;
            return delay;
        }
    }
}

public sealed record PollSnapshot(
    DateTimeOffset? LastFetch,
    DateTimeOffset? LastSuccessfulFetch,
    int ConsecutiveFailures,
    string? LastError,
    long Fetches,
    long TotalFailures,
    DateTimeOffset? NextPollAt)
{
    /// <summary>The kind of the failure in <see cref="LastError"/>; null after a success.</summary>
    public FetchFailureKind? LastErrorKind { get; init; }
}
