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
            state.FetchFailed("connection refused");
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
    public void Only_a_new_cause_is_reported_as_new()
    {
        var state = new PollState(TimeProvider.System);
        Assert.True(state.FetchFailed("connection refused").NewCause);
        Assert.False(state.FetchFailed("connection refused").NewCause);
        Assert.True(state.FetchFailed("authentication failed").NewCause);
        state.FetchSucceeded();
        Assert.True(state.FetchFailed("authentication failed").NewCause);
    }

    [Fact]
    public void A_poll_interval_longer_than_the_cap_is_never_shortened_by_backoff()
    {
        var state = new PollState(TimeProvider.System, new Random(1));
        state.FetchFailed("down");
        Assert.InRange(state.NextDelay(TimeSpan.FromMinutes(10), Cap), TimeSpan.FromMinutes(8), TimeSpan.FromMinutes(10));
    }
}
