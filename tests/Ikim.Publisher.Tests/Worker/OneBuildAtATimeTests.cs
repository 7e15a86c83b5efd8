using Ikim.Publisher.Tests.Support;
using Ikim.Publisher.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace Ikim.Publisher.Tests.Worker;

public sealed class OneBuildAtATimeTests
{
    [Fact]
    public async Task Triggers_during_a_build_collapse_into_one_follow_up_build_of_the_newest_commit()
    {
        using var temp = new TempFolder();
        using var editor = new EditorRepository(temp.Path);
        GeneratedSite.Write(editor, pages: 300, version: 1);
        var first = editor.CommitAndPush("v1");
        await using var publisher = await RunningPublisher.StartAsync(temp.Combine("data"), editor.BarePath, new Dictionary<string, string?>
        {
            // Only triggers start rounds here (after the first one at start-up).
            ["Repository:PollInterval"] = "1.00:00:00",
        });
        // Holding the release lock keeps the first build from switching: it stays "in progress"
        // for as long as the test needs, whatever the machine's speed (the build of 300 pages
        // takes far longer than taking the lock right after start-up).
        var held = Ikim.Publisher.Publishing.ReleaseLock.Acquire(publisher.Releases.LockPath);
        var trigger = publisher.Services.GetRequiredService<BuildTrigger>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await publisher.History.WaitForStartAsync(first, timeout.Token);

        // While v1 builds: three more commits and a burst of fifty webhooks.
        var pushed = new List<string>();
        for (var version = 2; version <= 4; version++)
        {
            GeneratedSite.SetVersion(editor, version);
            pushed.Add(editor.CommitAndPush($"v{version}"));
            for (var i = 0; i < 50 / 3 + 1; i++)
            {
                trigger.Request();
            }
        }

        Assert.Equal(first, publisher.History.Running);
        held.Dispose();
        var newest = await publisher.BuildOf(pushed[^1]);
        Assert.Equal(BuildOutcome.Published, newest.Outcome);

        // Let the collapsed slot run its (empty) round, then look: v1 and v4 were built, v2 and v3 never.
        var poll = publisher.Services.GetRequiredService<PollState>();
        var fetches = poll.Fetches;
        trigger.Request();
        await Eventually.HoldsAsync(() => poll.Fetches > fetches, "one more round");
        var builds = publisher.History.Builds;
        Assert.Equal([first, pushed[^1]], builds.Select(b => b.Commit));
        Assert.True(builds[0].StartedAt + builds[0].Duration <= builds[1].StartedAt, "the builds did not overlap");
        Assert.Equal("<!-- version 4 -->", (await publisher.Http.GetStringAsync("/page-7")).Split('\n')[0]);
    }
}
