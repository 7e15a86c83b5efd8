using Ikim.Publisher.Tests.Support;
using Ikim.Publisher.Worker;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace Ikim.Publisher.Tests.Worker;

/// <summary>Builds that run too long, a disk under the floor, a disk that fills up mid-build: each fails cleanly, <c>current</c> untouched.</summary>
public sealed class BuildLimitTests
{
    [Fact]
    public async Task A_build_past_the_time_limit_is_cancelled_counts_as_failed_and_is_not_retried()
    {
        using var temp = new TempFolder();
        using var editor = new EditorRepository(temp.Path);
        editor.Write("index.html", "---\n---\nsmall");
        var small = editor.CommitAndPush("small");
        var data = temp.Combine("data");
        string live;
        await using (var publisher = await RunningPublisher.StartAsync(data, editor.BarePath))
        {
            live = (await publisher.BuildOf(small)).ReleaseId!;
        }

        GeneratedSite.Write(editor, pages: 300, version: 2);
        var big = editor.CommitAndPush("three hundred pages");
        // Reading, rendering, writing and hashing 300 pages takes far longer than 1 ms on any machine
        // (150-700 ms here), and the limit is checked against the build's stopwatch before the seal,
        // so this build is past its limit whether or not the limit's timer has fired by then (on an
        // idle machine it often has not: its callback waits for a thread pool the build keeps busy).
        await using var limited = await RunningPublisher.StartAsync(data, editor.BarePath, new Dictionary<string, string?> { ["Build:Timeout"] = "00:00:00.001" });
        var build = await limited.BuildOf(big);

        Assert.Equal(BuildOutcome.Failed, build.Outcome);
        Assert.Contains("timed out after", build.Error);
        Assert.Equal(live, limited.Releases.LiveId);
        Assert.DoesNotContain(Directory.EnumerateDirectories(limited.Releases.ReleasesPath), d => Path.GetFileName(d).StartsWith(".staging-", StringComparison.Ordinal));

        // Not retried on every poll: several polls later it is still the only attempt.
        var poll = limited.Services.GetRequiredService<PollState>();
        var fetches = poll.Fetches;
        await Eventually.HoldsAsync(() => poll.Fetches >= fetches + 5, "five more polls");
        Assert.Single(limited.History.Builds, b => b.Commit == big);
    }

    [Fact]
    public async Task No_build_starts_under_the_free_disk_floor()
    {
        using var temp = new TempFolder();
        using var editor = new EditorRepository(temp.Path);
        editor.Write("index.html", "---\n---\nv1");
        var sha = editor.CommitAndPush("v1");
        var logs = new LogRecorder();
        await using var publisher = await RunningPublisher.StartAsync(temp.Combine("data"), editor.BarePath, new Dictionary<string, string?>
        {
            // More than any disk here has free.
            ["Build:MinFreeDiskMegabytes"] = "1000000000",
        }, s => s.AddSingleton<ILogEventSink>(logs));

        var refused = await publisher.BuildOf(sha);

        Assert.Equal(BuildOutcome.Failed, refused.Outcome);
        Assert.Contains("under the floor of 1000000000 MB", refused.Error);
        Assert.Null(publisher.Releases.LiveId);
        Assert.Empty(Directory.EnumerateFileSystemEntries(publisher.Releases.ReleasesPath));
        var poll = publisher.Services.GetRequiredService<PollState>();
        var fetches = poll.Fetches;
        await Eventually.HoldsAsync(() => poll.Fetches >= fetches + 3, "three more polls");
        Assert.Single(logs.Events, e => e.MessageTemplate.Text.StartsWith("No build of", StringComparison.Ordinal));
    }

    [RequiresFact(root: true)]
    public async Task A_disk_that_fills_up_during_a_build_fails_that_build_cleanly_and_frees_its_space()
    {
        using var temp = new TempFolder();
        using var editor = new EditorRepository(temp.Path);
        editor.Write("index.html", "---\n---\nsmall site");
        var small = editor.CommitAndPush("small");
        using var disk = TmpfsMount.Mount(temp.Combine("data", "site"), megabytes: 4);
        await using var publisher = await RunningPublisher.StartAsync(temp.Combine("data"), editor.BarePath, new Dictionary<string, string?>
        {
            ["Build:MinFreeDiskMegabytes"] = "0",
        });
        var live = (await publisher.BuildOf(small)).ReleaseId;
        // The next release's draft takes a little space: measured once it is made, before and after.
        await publisher.BackgroundWork;
        var freeBefore = disk.FreeBytes + PagesUsed(temp.Combine("data", "site", "logs"));
        // The floor is measured on the file system that holds the releases: this 4 MB one.
        var guard = new DiskSpaceGuard(publisher.Releases, Microsoft.Extensions.Options.Options.Create(new Ikim.Publisher.Options.BuildLimitsOptions { MinFreeDiskMegabytes = 5 }));
        Assert.Contains("under the floor of 5 MB", guard.Shortage());

        // Six megabytes of data that the 4 MB disk cannot hold.
        var noise = new byte[6 * 1024 * 1024];
        new Random(8).NextBytes(noise);
        File.WriteAllBytes(Path.Combine(editor.ClonePath, "video.bin"), noise);
        var tooBig = editor.CommitAndPush("add a video");
        var failed = await publisher.BuildOf(tooBig);

        Assert.Equal(BuildOutcome.Failed, failed.Outcome);
        Assert.Contains("No space left on device", failed.Error);
        Assert.Equal(live, publisher.Releases.LiveId);
        Assert.Equal("small site", await publisher.Http.GetStringAsync("/"));
        Assert.DoesNotContain(Directory.EnumerateDirectories(publisher.Releases.ReleasesPath), d => Path.GetFileName(d).StartsWith(".staging-", StringComparison.Ordinal));
        // Every byte the failed build took is free again; only its (small) build log stays.
        await publisher.BackgroundWork;
        Assert.Equal(freeBefore, disk.FreeBytes + PagesUsed(temp.Combine("data", "site", "logs")));

        editor.Delete("video.bin");
        editor.Write("index.html", "---\n---\nsmall again");
        Assert.Equal(BuildOutcome.Published, (await publisher.BuildOf(editor.CommitAndPush("remove the video"))).Outcome);
        Assert.Equal("small again", await publisher.Http.GetStringAsync("/"));
    }

    // What files take on tmpfs: whole 4 KiB pages.
    private static long PagesUsed(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder).Sum(f => (new FileInfo(f).Length + 4095) / 4096 * 4096) : 0;
}
