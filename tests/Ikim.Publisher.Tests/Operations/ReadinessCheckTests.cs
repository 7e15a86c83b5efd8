using Ikim.Publisher.Git;
using Ikim.Publisher.Operations;
using Ikim.Publisher.Options;
using Ikim.Publisher.Publishing;
using Ikim.Publisher.Tests.Support;
using Ikim.Publisher.Worker;

namespace Ikim.Publisher.Tests.Operations;

public sealed class ReadinessCheckTests
{
    [Fact]
    public void A_fetch_older_than_the_configured_bound_makes_the_worker_unready()
    {
        using var temp = new TempFolder();
        var store = new ReleaseStore(temp.Combine("site"), ".well-known/ikim-publisher.json");
        Directory.CreateDirectory(Path.Combine(store.ReleasesPath, "20260101T000000000Z-0123456789ab"));
        using (var held = store.Lock())
        {
            store.Activate("20260101T000000000Z-0123456789ab", held);
        }

        var clock = new ManualClock(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));
        var poll = new PollState(clock);
        var check = new ReadinessCheck(store, poll, Microsoft.Extensions.Options.Options.Create(new OperationsOptions { ReadyMaxFetchAge = TimeSpan.FromMinutes(10) }), clock);

        Assert.Equal(["no successful fetch yet"], check.Problems());
        poll.FetchSucceeded();
        Assert.Empty(check.Problems());

        clock.Now += TimeSpan.FromMinutes(10);
        poll.FetchFailed("failed to connect to 127.0.0.1: Connection refused", FetchFailureKind.Unreachable);
        Assert.Empty(check.Problems());

        clock.Now += TimeSpan.FromSeconds(1);
        Assert.Equal(["last successful fetch is older than 00:10:00"], check.Problems());

        poll.FetchSucceeded();
        Assert.Empty(check.Problems());
    }

    private sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
