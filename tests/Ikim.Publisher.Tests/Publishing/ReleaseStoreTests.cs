using Ikim.Publisher.Publishing;
using Ikim.Publisher.Tests.Support;

namespace Ikim.Publisher.Tests.Publishing;

/// <summary>The release store on a real file system: switches, retention, leftovers, integrity.</summary>
public sealed class ReleaseStoreTests
{
    [Fact]
    public void Retention_keeps_n_newest_plus_live_and_previous_and_stays_bounded_over_many_builds()
    {
        using var temp = new TempFolder();
        var store = new ReleaseStore(temp.Combine("site"), ".well-known/ikim-publisher.json");
        var releases = new ReleaseFactory(store);
        const int keep = 2;

        // Roll back to an old release early on, so live and previous are not among the newest.
        var old = releases.MakeLive();
        var beforeOld = releases.MakeLive();
        using (var held = store.Lock())
        {
            store.Activate(old, held);
        }

        for (var i = 0; i < 300; i++)
        {
            releases.Make();
            if (i % 7 == 3)
            {
                // A failed build leaves nothing behind (the publisher discards its staging folder).
                ReleaseStore.Discard(store.Stage("deadbeef0000", DateTimeOffset.UnixEpoch.AddSeconds(i)));
            }

            store.Prune(keep);
            var kept = store.ReleaseIds();
            Assert.InRange(kept.Count, 1, keep + 2);
            Assert.Contains(old, kept);
            Assert.Contains(beforeOld, kept);
        }

        Assert.Equal(old, store.LiveId);
        Assert.Equal(beforeOld, store.PreviousId);
        Assert.Equal(keep + 2, store.ReleaseIds().Count);
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(store.ReleasesPath), e => Path.GetFileName(e).StartsWith('.'));
    }

    [Fact]
    public void Activate_moves_current_and_remembers_the_previous_release_with_relative_links()
    {
        using var temp = new TempFolder();
        var store = new ReleaseStore(temp.Combine("site"), ".well-known/ikim-publisher.json");
        var releases = new ReleaseFactory(store);
        var first = releases.MakeLive();
        Assert.Null(store.PreviousId);
        var second = releases.MakeLive();

        Assert.Equal(second, store.LiveId);
        Assert.Equal(first, store.PreviousId);
        Assert.Equal(Path.Combine("releases", second), new FileInfo(store.CurrentPath).LinkTarget);
        Assert.Equal(Path.Combine("releases", first), new FileInfo(store.PreviousPath).LinkTarget);
        Assert.Equal("release 2", File.ReadAllText(Path.Combine(store.CurrentPath, "index.html")));

        // The whole site folder can move (a restored backup): relative links still resolve.
        var moved = temp.Combine("moved");
        Directory.Move(store.Root, moved);
        Assert.Equal("release 2", File.ReadAllText(Path.Combine(moved, "current", "index.html")));
    }

    [Fact]
    public void Leftovers_of_an_interrupted_run_are_removed_and_releases_are_not()
    {
        using var temp = new TempFolder();
        var store = new ReleaseStore(temp.Combine("site"), ".well-known/ikim-publisher.json");
        var live = new ReleaseFactory(store).MakeLive();
        var staging = store.Stage("0123456789ab", DateTimeOffset.UnixEpoch);
        File.WriteAllText(Path.Combine(staging.Path, "half.html"), "half");
        Directory.CreateDirectory(Path.Combine(store.ReleasesPath, ".trash-20260101T000000000Z-0123456789ab"));
        File.CreateSymbolicLink(Path.Combine(store.Root, ".link-0123"), "releases/" + live);
        File.CreateSymbolicLink(Path.Combine(store.Root, ".current-4567"), "releases/" + live);
        File.WriteAllText(Path.Combine(store.Root, ".pinned-89ab"), "{");

        var removed = store.RemoveLeftovers();

        Assert.Equal(5, removed.Count);
        Assert.Equal([live], store.ReleaseIds());
        Assert.Equal(live, store.LiveId);
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(store.Root), e => Path.GetFileName(e).StartsWith(".link", StringComparison.Ordinal));
    }

    [Fact]
    public void A_release_whose_files_no_longer_match_its_manifest_is_not_reused()
    {
        using var temp = new TempFolder();
        var store = new ReleaseStore(temp.Combine("site"), ".well-known/ikim-publisher.json");
        var releases = new ReleaseFactory(store);
        var commit = "c0ffee".PadRight(40, '0');
        var first = releases.Make(commit);
        var second = releases.Make(commit);
        Assert.True(store.Verify(first));
        Assert.Equal(second, store.FindIntactRelease(commit, "test"));

        File.AppendAllText(Path.Combine(store.ReleasesPath, second, "index.html"), " tampered");
        Assert.False(store.Verify(second));
        Assert.Equal(first, store.FindIntactRelease(commit, "test"));
        Assert.Null(store.FindIntactRelease(commit, "another builder version"));
    }

    [Fact]
    public void The_release_lock_excludes_a_second_holder_until_released()
    {
        using var temp = new TempFolder();
        var store = new ReleaseStore(temp.Combine("site"), ".well-known/ikim-publisher.json");
        using (store.Lock())
        {
            Assert.Null(ReleaseLock.TryAcquire(store.LockPath));
        }

        using var again = ReleaseLock.TryAcquire(store.LockPath);
        Assert.NotNull(again);
    }
}
