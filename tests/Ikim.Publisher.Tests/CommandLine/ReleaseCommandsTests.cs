using Ikim.Publisher.Publishing;
using Ikim.Publisher.Tests.Support;

namespace Ikim.Publisher.Tests.CommandLine;

/// <summary><c>releases</c>, <c>rollback</c>, <c>unpin</c> as an operator runs them: separate processes beside a running worker.</summary>
public sealed class ReleaseCommandsTests
{
    [Fact]
    public async Task Rollback_pins_a_running_worker_until_unpin_and_releases_lists_what_is_kept()
    {
        using var temp = new TempFolder();
        using var editor = new EditorRepository(temp.Path);
        var env = ChildPublisher.WorkerEnvironment(temp.Combine("data"), editor.BarePath);
        var store = new ReleaseStore(temp.Combine("data", "site"), ".well-known/ikim-publisher.json");
        await using var worker = ChildPublisher.Start(temp.Path, env);

        var v1 = await Publish(editor, worker, "v1");
        var v2 = await Publish(editor, worker, "v2");
        var (releaseOne, releaseTwo) = (store.ReleaseIds()[1], store.ReleaseIds()[0]);

        var (code, listing) = await ChildPublisher.RunAsync(temp.Path, env, "releases");
        Assert.Equal(0, code);
        Assert.Contains($"* {releaseTwo}", listing);
        Assert.Contains($"{v2[..12]}", listing);
        Assert.Contains("v2  [live]", listing);
        Assert.Contains("v1  [previous]", listing);

        (code, var rolledBack) = await ChildPublisher.RunAsync(temp.Path, env, "rollback");
        Assert.Equal(0, code);
        Assert.Contains($"current -> {releaseOne} (commit {v1[..12]}: v1)", rolledBack);
        Assert.Equal(releaseOne, store.LiveId);
        Assert.Equal("v1", File.ReadAllText(Path.Combine(store.CurrentPath, "index.html")));
        await worker.WaitForLineAsync("Publishing is pinned to");

        // Pushes keep being fetched but nothing is published while pinned: the worker says each
        // held commit waits, and builds none of them.
        var v3 = Push(editor, "v3");
        await worker.WaitForLineAsync($"{v3[..12]} waits until an operator unpins");
        var v4 = Push(editor, "v4");
        await worker.WaitForLineAsync($"{v4[..12]} waits until an operator unpins");
        Assert.Equal(releaseOne, store.LiveId);
        Assert.DoesNotContain(worker.Lines, l => l.Contains("started for", StringComparison.Ordinal) && (l.Contains(v3[..12], StringComparison.Ordinal) || l.Contains(v4[..12], StringComparison.Ordinal)));
        (_, listing) = await ChildPublisher.RunAsync(temp.Path, env, "releases");
        Assert.Contains("v1  [live, pinned]", listing);
        Assert.Contains($"Publishing is pinned to {releaseOne}", listing);

        (code, var unpinned) = await ChildPublisher.RunAsync(temp.Path, env, "unpin");
        Assert.Equal(0, code);
        Assert.Contains("Unpinned", unpinned);
        await worker.WaitForLineAsync($"Published {v4[..12]}");
        Assert.Equal(v4, store.LiveManifest!.Commit);
        Assert.DoesNotContain(worker.Lines, l => l.Contains($"started for {v3[..12]}", StringComparison.Ordinal));

        // Rolling back to a named release (by commit) works too, and unknown names are refused.
        (code, _) = await ChildPublisher.RunAsync(temp.Path, env, "rollback", v2[..8]);
        Assert.Equal(0, code);
        Assert.Equal(releaseTwo, store.LiveId);
        (code, var refused) = await ChildPublisher.RunAsync(temp.Path, env, "rollback", "no-such-release");
        Assert.Equal(1, code);
        Assert.Contains("No kept release matches 'no-such-release'", refused);
        Assert.Equal(0, (await ChildPublisher.RunAsync(temp.Path, env, "unpin")).ExitCode);
        Assert.Equal(2, (await ChildPublisher.RunAsync(temp.Path, env, "unpin", "--bogus")).ExitCode);
    }

    private static string Push(EditorRepository editor, string version)
    {
        editor.Write("index.html", $"---\n---\n{version}");
        return editor.CommitAndPush(version);
    }

    private static async Task<string> Publish(EditorRepository editor, ChildPublisher worker, string version)
    {
        var sha = Push(editor, version);
        await worker.WaitForLineAsync($"Published {sha[..12]}");
        return sha;
    }
}
