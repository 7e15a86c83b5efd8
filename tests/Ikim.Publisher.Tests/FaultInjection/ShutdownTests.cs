using System.Diagnostics;
using Ikim.Publisher.Publishing;
using Ikim.Publisher.Tests.Support;
using Xunit.Abstractions;

namespace Ikim.Publisher.Tests.FaultInjection;

/// <summary>SIGTERM, as systemd and Kubernetes stop the worker: a build in progress is cancelled and cleaned up within seconds.</summary>
[Collection(ProcessFaultCollection.Name)]
public sealed class ShutdownTests(ITestOutputHelper output)
{
    private static readonly TimeSpan FewSeconds = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Sigterm_during_a_build_cancels_it_cleans_up_and_exits_within_seconds()
    {
        using var temp = new TempFolder();
        using var editor = new EditorRepository(temp.Path);
        editor.Write("index.html", "---\n---\nsmall");
        var small = editor.CommitAndPush("small");
        var env = ChildPublisher.WorkerEnvironment(temp.Combine("data"), editor.BarePath);
        var store = new ReleaseStore(temp.Combine("data", "site"), ".well-known/ikim-publisher.json");
        string live;
        Stopwatch idle;
        await using (var first = ChildPublisher.Start(temp.Path, env))
        {
            await first.WaitForLineAsync($"Published {small[..12]}");
            live = store.LiveId!;

            // Idle: stops at once.
            idle = Stopwatch.StartNew();
            first.Terminate();
            Assert.Equal(0, await first.WaitForExitAsync());
            idle.Stop();
            Assert.True(idle.Elapsed < FewSeconds, $"idle shutdown took {idle.Elapsed}");
        }

        // 1,500 pages take the worker seconds to build: SIGTERM lands mid-build.
        GeneratedSite.Write(editor, pages: 1500, version: 2);
        var big = editor.CommitAndPush("a big change");
        await using var worker = ChildPublisher.Start(temp.Path, env);
        await worker.WaitForLineAsync($"started for {big[..12]}");
        var watch = Stopwatch.StartNew();
        worker.Terminate();
        var exit = await worker.WaitForExitAsync();
        watch.Stop();
        output.WriteLine($"SIGTERM to exit: idle {idle.Elapsed.TotalMilliseconds:0} ms, mid-build of 1,500 pages {watch.Elapsed.TotalMilliseconds:0} ms");

        Assert.Equal(0, exit);
        Assert.True(watch.Elapsed < FewSeconds, $"shutdown took {watch.Elapsed}");
        Assert.Contains(worker.Lines, l => l.Contains("cancelled by shutdown", StringComparison.Ordinal));
        Assert.Contains(worker.Lines, l => l.Contains("Publishing stopped", StringComparison.Ordinal));
        Assert.Equal(live, store.LiveId);
        Assert.True(store.Verify(live));
        Assert.Equal([live], store.ReleaseIds());
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(store.ReleasesPath), e => Path.GetFileName(e).StartsWith('.'));
    }
}
