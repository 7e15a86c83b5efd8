using Ikim.Publisher.Tests.Support;
using Ikim.Publisher.Worker;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace Ikim.Publisher.Tests.Worker;

/// <summary>History rewritten under the worker: force-push, branch deleted and recreated, repository replaced. No manual repair.</summary>
public sealed class HistoryRewriteTests
{
    [Fact]
    public async Task Force_pushed_history_is_published_and_a_commit_pushed_back_goes_live_without_a_rebuild()
    {
        using var temp = new TempFolder();
        using var editor = new EditorRepository(temp.Path);
        editor.Write("index.html", "---\n---\nv1");
        var v1 = editor.CommitAndPush("v1");
        await using var publisher = await RunningPublisher.StartAsync(temp.Combine("data"), editor.BarePath);
        var first = await publisher.BuildOf(v1);
        editor.Write("index.html", "---\n---\nv2");
        Assert.Equal(BuildOutcome.Published, (await publisher.BuildOf(editor.CommitAndPush("v2"))).Outcome);

        // Rewrite: v2 is replaced by v2' on top of v1 (git commit --amend; git push --force).
        editor.ResetTo(v1);
        editor.Write("index.html", "---\n---\nv2 amended");
        var amended = editor.CommitAndPush("v2, amended");
        Assert.Equal(BuildOutcome.Published, (await publisher.BuildOf(amended)).Outcome);
        Assert.Equal("v2 amended", await publisher.Http.GetStringAsync("/"));

        // Back to v1 (git push --force origin v1:main): its release is kept and intact, so it is switched to as it is.
        editor.ResetTo(v1);
        editor.ForcePush();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var again = await publisher.History.WaitForAsync(b => b.Commit == v1 && b.StartedAt > first.StartedAt, timeout.Token);
        Assert.Equal(BuildOutcome.Published, again.Outcome);
        Assert.Equal(first.ReleaseId, again.ReleaseId);
        Assert.Equal(first.ReleaseId, publisher.Releases.LiveId);
        Assert.Equal("v1", await publisher.Http.GetStringAsync("/"));
        Assert.Contains("without a rebuild", await File.ReadAllTextAsync(publisher.LogPath));
    }

    [Fact]
    public async Task Deleted_branch_keeps_the_live_release_and_a_recreated_branch_is_published()
    {
        using var temp = new TempFolder();
        using var editor = new EditorRepository(temp.Path);
        editor.Write("index.html", "---\n---\nbefore");
        var before = editor.CommitAndPush("before");
        var logs = new LogRecorder();
        await using var publisher = await RunningPublisher.StartAsync(temp.Combine("data"), editor.BarePath, services: s => s.AddSingleton<ILogEventSink>(logs));
        var live = (await publisher.BuildOf(before)).ReleaseId;

        editor.DeleteBranchOnServer();
        await logs.WaitForAsync(e => e.MessageTemplate.Text.Contains("does not exist on", StringComparison.Ordinal));
        Assert.Equal(live, publisher.Releases.LiveId);
        Assert.Equal("before", await publisher.Http.GetStringAsync("/"));

        editor.Write("index.html", "---\n---\nrecreated");
        var recreated = editor.CommitAndPush("recreate the branch");
        Assert.Equal(BuildOutcome.Published, (await publisher.BuildOf(recreated)).Outcome);
        Assert.Equal("recreated", await publisher.Http.GetStringAsync("/"));
        Assert.Single(logs.Events, e => e.MessageTemplate.Text.Contains("does not exist", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Repository_replaced_by_an_unrelated_one_at_the_same_address_is_published()
    {
        using var temp = new TempFolder();
        using var editor = new EditorRepository(temp.Combine("old"));
        editor.Write("index.html", "---\n---\nold repository");
        var old = editor.CommitAndPush("old");
        await using var publisher = await RunningPublisher.StartAsync(temp.Combine("data"), editor.BarePath);
        Assert.Equal(BuildOutcome.Published, (await publisher.BuildOf(old)).Outcome);

        // A new repository, no common history, moved into the old one's place.
        using var replacement = new EditorRepository(temp.Combine("new"));
        replacement.Write("about.md", "---\n---\nnew repository");
        replacement.Write("index.html", "---\n---\nnew repository");
        var fresh = replacement.CommitAndPush("a fresh start");
        Directory.Delete(editor.BarePath, recursive: true);
        Directory.Move(replacement.BarePath, editor.BarePath);

        Assert.Equal(BuildOutcome.Published, (await publisher.BuildOf(fresh)).Outcome);
        Assert.Equal("new repository", await publisher.Http.GetStringAsync("/"));
        Assert.Equal(fresh, publisher.Releases.LiveManifest!.Commit);
    }
}
