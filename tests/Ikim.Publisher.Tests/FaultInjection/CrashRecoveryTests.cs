using System.Diagnostics;
using Ikim.Publisher.Publishing;
using Ikim.Publisher.Tests.Support;
using Xunit.Abstractions;

namespace Ikim.Publisher.Tests.FaultInjection;

/// <summary>
/// The worker killed with SIGKILL at random moments (during start-up, fetch, build, write, switch
/// or pruning) over and over, restarted each time. After every kill, before the restart repairs
/// anything, <c>current</c> must resolve to a complete release: its files hash to its manifest,
/// and every page carries the version of the commit the manifest names. Temporary folders must
/// not pile up, and in the end the worker publishes the newest commit as if nothing happened.
/// </summary>
[Collection(ProcessFaultCollection.Name)]
public sealed class CrashRecoveryTests(ITestOutputHelper output)
{
    private const int Pages = 200;
    // IKIM_CRASH_ITERATIONS runs a longer (or, when debugging, a shorter) series by hand.
    private static readonly int Iterations = int.TryParse(Environment.GetEnvironmentVariable("IKIM_CRASH_ITERATIONS"), out var n) ? n : 60;
    private const int Keep = 3;
    private const int Seed = 20261127;
    private const string Ready = "Publishing branch";

    [Fact]
    public async Task Killed_at_random_moments_the_worker_always_leaves_a_complete_live_release_and_recovers()
    {
        using var temp = new TempFolder();
        using var editor = new EditorRepository(temp.Path);
        var env = ChildPublisher.WorkerEnvironment(temp.Combine("data"), editor.BarePath, Keep);
        var store = new ReleaseStore(temp.Combine("data", "site"), ".well-known/ikim-publisher.json");
        var versions = new Dictionary<string, int>();
        GeneratedSite.Write(editor, Pages, version: 1);
        versions[editor.CommitAndPush("v1")] = 1;

        // One undisturbed run tells how long start-up (to the "Publishing branch" line) and then
        // fetch, build and switch take on this machine.
        var warmUp = Stopwatch.StartNew();
        TimeSpan startUp, publishing;
        await using (var first = ChildPublisher.Start(temp.Path, env))
        {
            await first.WaitForLineAsync(Ready);
            startUp = warmUp.Elapsed;
            await first.WaitForLineAsync("Published ");
            publishing = warmUp.Elapsed - startUp;
            first.Kill();
            await first.WaitForExitAsync();
        }

        AssertCompleteLiveRelease(store, versions);
        var random = new Random(Seed);
        // The kill window follows the machine's pace (builds slow down when it is busy): it
        // shrinks after a run that published before its kill and grows after one that did not,
        // which keeps kills spread over fetch, build, switch and the quiet time after.
        var window = publishing * 1.5;
        var (midBuild, afterPublish, beforeBuild, switches) = (0, 0, 0, 0);
        var total = Stopwatch.StartNew();
        for (var i = 2; i <= Iterations + 1; i++)
        {
            GeneratedSite.SetVersion(editor, i);
            versions[editor.CommitAndPush($"v{i}")] = i;
            var liveBefore = store.LiveId;

            await using (var worker = ChildPublisher.Start(temp.Path, env))
            {
                // The fault: a kill at a random instant, one time in five during start-up (leftover
                // removal, mirror repair), otherwise during fetch, build, write, switch or pruning.
                // Waiting here is the point of the test, not synchronisation.
                var duringStartUp = random.NextDouble() < 0.2;
                if (duringStartUp)
                {
                    await Task.Delay(random.NextDouble() * startUp);
                }
                else
                {
                    await worker.WaitForLineAsync(Ready);
                    await Task.Delay(random.NextDouble() * window);
                }

                worker.Kill();
                await worker.WaitForExitAsync();
                var lines = worker.Lines;
                var started = lines.Any(l => l.Contains("started for", StringComparison.Ordinal));
                var published = lines.Any(l => l.Contains("Published ", StringComparison.Ordinal) || l.Contains("without a rebuild", StringComparison.Ordinal));
                (midBuild, afterPublish, beforeBuild) = published ? (midBuild, afterPublish + 1, beforeBuild)
                    : started ? (midBuild + 1, afterPublish, beforeBuild) : (midBuild, afterPublish, beforeBuild + 1);
                window *= duringStartUp ? 1 : published ? 0.9 : 1.1;
            }

            AssertCompleteLiveRelease(store, versions);
            switches += store.LiveId != liveBefore ? 1 : 0;
            var hidden = Hidden(store);
            Assert.True(hidden.Count <= 3, $"leftovers pile up after kill {i}: {string.Join(", ", hidden)}");
            Assert.InRange(store.ReleaseIds().Count, 1, Keep + 3);
        }

        total.Stop();
        output.WriteLine($"{Iterations} kills in {total.Elapsed.TotalSeconds:0.0} s (seed {Seed}; start-up {startUp.TotalMilliseconds:0} ms, publishing {publishing.TotalMilliseconds:0} ms, final window {window.TotalMilliseconds:0} ms): " +
            $"{beforeBuild} during start-up or fetch, {midBuild} during a build or switch, {afterPublish} after a publish; current moved {switches} times");
        Assert.True(midBuild >= Iterations / 12 && afterPublish >= Iterations / 12, "kills landed both during builds and after publishes");

        // Finally an undisturbed run: one more commit goes live and every leftover is gone.
        GeneratedSite.SetVersion(editor, Iterations + 2);
        var newest = editor.CommitAndPush("the last one");
        versions[newest] = Iterations + 2;
        await using (var last = ChildPublisher.Start(temp.Path, env))
        {
            await last.WaitForLineAsync(l => l.Contains(newest[..12], StringComparison.Ordinal) && (l.Contains("Published ", StringComparison.Ordinal) || l.Contains("without a rebuild", StringComparison.Ordinal)));
            last.Terminate();
            Assert.Equal(0, await last.WaitForExitAsync());
        }

        Assert.Equal(newest, store.LiveManifest!.Commit);
        AssertCompleteLiveRelease(store, versions);
        Assert.Empty(Hidden(store));
        Assert.All(store.ReleaseIds(), id => Assert.True(store.Verify(id), $"kept release {id} is intact"));
        Assert.InRange(store.ReleaseIds().Count, 1, Keep + 2);
    }

    private static void AssertCompleteLiveRelease(ReleaseStore store, IReadOnlyDictionary<string, int> versions)
    {
        var link = new FileInfo(store.CurrentPath).LinkTarget;
        if (link is null)
        {
            // Killed before the first publish: no release is live yet, which is allowed.
            Assert.False(File.Exists(store.CurrentPath) || Directory.Exists(store.CurrentPath));
            return;
        }

        Assert.StartsWith("releases/", link);
        var id = store.LiveId!;
        var manifest = store.ReadManifest(id);
        Assert.NotNull(manifest);
        Assert.True(manifest.Matches(Path.Combine(store.ReleasesPath, id), store.ManifestPath), $"live release {id} does not match its manifest");
        var version = versions[manifest.Commit];
        var pages = Directory.EnumerateFiles(store.CurrentPath, "*.html", SearchOption.AllDirectories).ToList();
        Assert.Equal(Pages + 1, pages.Count);
        Assert.All(pages, page => Assert.Equal(version, GeneratedSite.VersionOf(File.ReadAllText(page))));
    }

    private static List<string> Hidden(ReleaseStore store) =>
        Directory.EnumerateFileSystemEntries(store.ReleasesPath)
            .Concat(Directory.EnumerateFileSystemEntries(store.Root))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(n => n.StartsWith('.') && n is not ".lock" and not ".worker.lock")
            .ToList();
}
