using System.Net;
using Ikim.Publisher.Tests.Support;
using Ikim.Publisher.Worker;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace Ikim.Publisher.Tests.Hooks;

public sealed class WebhookBurstTests
{
    [Fact]
    public async Task Fifty_hooks_during_a_build_give_one_follow_up_build_of_the_newest_commit()
    {
        using var temp = new TempFolder();
        using var editor = new EditorRepository(temp.Path);
        editor.Write("index.html", "---\n---\nv0");
        var start = editor.CommitAndPush("v0");
        var gate = new BuildGate();
        await using var publisher = await RunningPublisher.StartAsync(temp.Combine("data"), editor.BarePath, ForgeHooks.AllSecrets(), s => s.AddSingleton<ILogEventSink>(gate));
        await publisher.BuildOf(start);
        var poll = publisher.Services.GetRequiredService<PollState>();

        // One hook starts a build, which the gate holds: from here on "a build is running".
        editor.Write("index.html", "---\n---\nv1");
        var running = editor.CommitAndPush("v1");
        gate.Arm(running);
        using (var first = await publisher.Http.SendAsync(ForgeHooks.Push("github", "refs/heads/main", running, ForgeHooks.GitHubSecret)))
        {
            Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        }

        await gate.Entered;
        var fetchesDuringBuild = poll.Snapshot().Fetches;

        // The editors keep pushing; fifty deliveries arrive while the build is held, each answered at once.
        editor.Write("index.html", "---\n---\nv2");
        editor.CommitAndPush("v2");
        editor.Write("index.html", "---\n---\nv3");
        var newest = editor.CommitAndPush("v3");
        var burst = Enumerable.Range(0, 50).Select(async i =>
        {
            using var response = await publisher.Http.SendAsync(ForgeHooks.Push(i % 2 == 0 ? "github" : "gitea", "refs/heads/main", newest, ForgeHooks.SecretOf(i % 2 == 0 ? "github" : "gitea")));
            return response.StatusCode;
        });
        Assert.All(await Task.WhenAll(burst), status => Assert.Equal(HttpStatusCode.Accepted, status));
        Assert.Equal(fetchesDuringBuild, poll.Snapshot().Fetches);

        gate.Open();
        var followUp = await publisher.BuildOf(newest);

        Assert.Equal(BuildOutcome.Published, followUp.Outcome);
        Assert.Equal([start, running, newest], publisher.History.Builds.Select(b => b.Commit));
        // The fifty requests collapsed into one round: exactly one fetch after the held build.
        Assert.Equal(fetchesDuringBuild + 1, poll.Snapshot().Fetches);
        Assert.Equal("v3", await publisher.Http.GetStringAsync("/"));
    }
}
