using Ikim.Publisher.Git;
using Ikim.Publisher.Worker;

namespace Ikim.Publisher.Tests.Worker;

public sealed class PollStateTests
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Cap = TimeSpan.FromMinutes(5);

    [Fact]
    public void Backoff_doubles_per_failure_with_jitter_and_never_exceeds_the_cap()
    {
        var state = new PollState(TimeProvider.System, new Random(42));
        Assert.Equal(Poll, state.NextDelay(Poll, Cap));

        var delays = new List<TimeSpan>();
        for (var i = 1; i <= 12; i++)
        {
            state.FetchFailed("failed to connect to 127.0.0.1: Connection refused", FetchFailureKind.Unreachable);
            delays.Add(state.NextDelay(Poll, Cap));
        }

        // 10 s, 20 s, 40 s ... each less up to 20 % jitter, then held at the 5-minute cap.
        for (var i = 0; i < delays.Count; i++)
        {
            var full = TimeSpan.FromTicks(Math.Min(Poll.Ticks << (i + 1), Cap.Ticks));
            Assert.InRange(delays[i], full * 0.8, full);
        }

        Assert.True(delays.Distinct().Count() > delays.Count / 2, "jitter spreads the delays");
        Assert.Equal(12, state.ConsecutiveFailures);
        Assert.Equal(12, state.TotalFailures);

        Assert.Equal(12, state.FetchSucceeded());
        Assert.Equal(Poll, state.NextDelay(Poll, Cap));
        Assert.Equal(12, state.TotalFailures);
    }

    [Fact]
    public void Only_a_new_kind_of_cause_is_reported_as_new_and_the_last_cause_is_kept_as_it_read()
    {
        const string refused = "failed to connect to 127.0.0.1: Connection refused";
        var state = new PollState(TimeProvider.System);
        // A remote going down: the fetch in flight is reset, the next ones are refused. One outage.
        Assert.True(state.FetchFailed("error receiving data from socket: Connection reset by peer", FetchFailureKind.Unreachable).NewCause);
        Assert.False(state.FetchFailed(refused, FetchFailureKind.Unreachable).NewCause);
        Assert.False(state.FetchFailed(refused, FetchFailureKind.Unreachable).NewCause);
        Assert.Equal(refused, state.LastError);

        Assert.True(state.FetchFailed("too many redirects or authentication replays", FetchFailureKind.Authentication).NewCause);
        Assert.True(state.FetchFailed(refused, FetchFailureKind.Unreachable).NewCause);
        state.FetchSucceeded();
        Assert.True(state.FetchFailed(refused, FetchFailureKind.Unreachable).NewCause);
    }

    [Fact]
    public void Unclassified_causes_are_compared_by_their_text()
    {
        var state = new PollState(TimeProvider.System);
        Assert.True(state.FetchFailed("unsupported URL protocol", FetchFailureKind.Other).NewCause);
        Assert.False(state.FetchFailed("unsupported URL protocol", FetchFailureKind.Other).NewCause);
        Assert.True(state.FetchFailed("Repository:Credentials:TokenFile '/run/token' is empty", FetchFailureKind.Other).NewCause);
    }

    [Fact]
    public void A_poll_interval_longer_than_the_cap_is_never_shortened_by_backoff()
    {
        var state = new PollState(TimeProvider.System, new Random(1));
        state.FetchFailed("unexpected EOF", FetchFailureKind.Unreachable);
        Assert.InRange(state.NextDelay(TimeSpan.FromMinutes(10), Cap), TimeSpan.FromMinutes(8), TimeSpan.FromMinutes(10));
    }
}
