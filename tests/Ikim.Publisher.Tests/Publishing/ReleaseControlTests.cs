using Ikim.Publisher.Publishing;
using Ikim.Publisher.Tests.Support;

namespace Ikim.Publisher.Tests.Publishing;

public sealed class ReleaseControlTests
{
    [Fact]
    public void Rollback_without_a_release_goes_to_the_previous_one_and_pins_it()
    {
        using var temp = new TempFolder();
        var store = new ReleaseStore(temp.Combine("site"), ".well-known/ikim-publisher.json");
        var releases = new ReleaseFactory(store);
        var first = releases.MakeLive();
        var second = releases.MakeLive();
        var control = new ReleaseControl(store, TimeProvider.System);

        var target = control.Rollback(null);

        Assert.Equal(first, target.Id);
        Assert.Equal(first, store.LiveId);
        Assert.Equal(second, store.PreviousId);
        Assert.Equal(first, store.Pin?.Release);
        Assert.Equal("release 1", File.ReadAllText(Path.Combine(store.CurrentPath, "index.html")));
        var listed = control.List();
        Assert.Equal([second, first], listed.Select(r => r.Id));
        Assert.True(listed[1].Live && listed[1].Pinned);
        Assert.True(listed[0].Previous);

        // The pinned release survives retention even when it is the oldest.
        releases.Make();
        releases.Make();
        store.Prune(1);
        Assert.Contains(first, store.ReleaseIds());

        Assert.True(control.Unpin());
        Assert.Null(store.Pin);
        Assert.False(control.Unpin());
    }

    [Fact]
    public void Rollback_finds_a_release_by_id_prefix_or_commit_and_refuses_what_it_cannot_do()
    {
        using var temp = new TempFolder();
        var store = new ReleaseStore(temp.Combine("site"), ".well-known/ikim-publisher.json");
        var releases = new ReleaseFactory(store);
        var control = new ReleaseControl(store, TimeProvider.System);
        Assert.Throws<ReleaseControlException>(() => control.Rollback(null));

        var a = releases.MakeLive("aaaa1111");
        releases.MakeLive("bbbb2222");
        releases.MakeLive("cccc3333");

        Assert.Equal(a, control.Rollback("aaaa11").Id);
        Assert.Equal(a, store.LiveId);
        Assert.Equal("cccc3333", control.Rollback("cccc").Manifest!.Commit[..8]);
        Assert.Contains("No kept release matches", Assert.Throws<ReleaseControlException>(() => control.Rollback("ffff")).Message);
        Assert.Contains("matches 3 releases", Assert.Throws<ReleaseControlException>(() => control.Rollback("2026")).Message);

        // A damaged release is never switched to.
        File.WriteAllText(Path.Combine(store.ReleasesPath, a, "index.html"), "damaged");
        Assert.Contains("damaged", Assert.Throws<ReleaseControlException>(() => control.Rollback(a)).Message);
        Assert.NotEqual(a, store.LiveId);
    }

    [Fact]
    public void Pin_survives_as_a_file_and_an_unreadable_pin_still_pauses()
    {
        using var temp = new TempFolder();
        var store = new ReleaseStore(temp.Combine("site"), ".well-known/ikim-publisher.json");
        var live = new ReleaseFactory(store).MakeLive();
        var control = new ReleaseControl(store, TimeProvider.System);

        control.PinLive("freeze for the open day");
        var reread = new ReleaseStore(store.Root, store.ManifestPath).Pin;
        Assert.Equal(live, reread?.Release);
        Assert.Equal("freeze for the open day", reread?.Reason);

        File.WriteAllText(store.PinPath, "{ not json");
        Assert.NotNull(store.Pin);
    }
}
