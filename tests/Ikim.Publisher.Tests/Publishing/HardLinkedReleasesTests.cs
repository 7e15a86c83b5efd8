using Ikim.Publisher.Tests.Support;

namespace Ikim.Publisher.Tests.Publishing;

/// <summary>
/// A new release hard-links the files that did not change from the live one: they keep inode and
/// mtime (stable ETags), the release still holds every file, and it is byte for byte what a fresh
/// build of the same commit gives. Retention removing the older release leaves the newer intact.
/// </summary>
public sealed class HardLinkedReleasesTests
{
    private static readonly string Manifest = Path.Combine(".well-known", "ikim-publisher.json");

    [Fact]
    public async Task Unchanged_files_keep_inode_and_mtime_and_the_release_equals_a_fresh_build()
    {
        using var temp = new TempFolder();
        using var editor = new EditorRepository(temp.Path);
        WriteSite(editor);
        string before, after, second;
        await using (var publisher = await RunningPublisher.StartAsync(temp.Combine("data"), editor.BarePath))
        {
            before = (await publisher.BuildOf(editor.CommitAndPush("v1"))).ReleaseId!;
            editor.Write("page-0.md", Page(0, "v2"));
            second = editor.CommitAndPush("v2: one page edited");
            after = (await publisher.BuildOf(second)).ReleaseId!;
            // v2 was built into the draft made from v1 while the worker waited: only its changes were made.
            Assert.Contains($"\"Staging\":\"the draft of {before}\"", await File.ReadAllTextAsync(publisher.LogPath), StringComparison.Ordinal);
            // Its manifest took the linked files' digests from v1's without reading them: it must still describe the files.
            Assert.True(publisher.Releases.Verify(after));
        }

        var releases = temp.Combine("data", "site", "releases");
        var old = FileIdentity.Tree(Path.Combine(releases, before));
        var @new = FileIdentity.Tree(Path.Combine(releases, after));
        Assert.Equal(old.Keys.Order(), @new.Keys.Order());
        Assert.True(@new.Count > 10);
        foreach (var (path, identity) in @new.Where(f => f.Key != "page-0.html" && f.Key != Manifest))
        {
            Assert.Equal(old[path], identity);
            Assert.True(identity.Links >= 2, $"{path} is not linked");
        }

        Assert.NotEqual(old["page-0.html"].Inode, @new["page-0.html"].Inode);
        Assert.NotEqual(old[Manifest].Inode, @new[Manifest].Inode);
        Assert.Equal(1u, @new[Manifest].Links);
        Assert.Contains("Page 0 says v2", File.ReadAllText(Path.Combine(releases, after, "page-0.html")), StringComparison.Ordinal);

        // The same commit built with no release before it: every file written, the same bytes.
        await using (var other = await RunningPublisher.StartAsync(temp.Combine("fresh"), editor.BarePath))
        {
            var release = (await other.BuildOf(second)).ReleaseId!;
            Assert.Equal(Bytes(temp.Combine("fresh", "site", "releases", release)), Bytes(Path.Combine(releases, after)));
        }
    }

    [Fact]
    public async Task Pruning_the_release_files_were_linked_from_leaves_the_newer_release_intact()
    {
        using var temp = new TempFolder();
        using var editor = new EditorRepository(temp.Path);
        WriteSite(editor);
        var keepOne = new Dictionary<string, string?> { ["Releases:Keep"] = "1" };
        await using var publisher = await RunningPublisher.StartAsync(temp.Combine("data"), editor.BarePath, keepOne);
        var oldest = (await publisher.BuildOf(editor.CommitAndPush("v1"))).ReleaseId!;
        editor.Write("page-1.md", Page(1, "v2"));
        await publisher.BuildOf(editor.CommitAndPush("v2"));
        await publisher.BackgroundWork;
        var releases = publisher.Releases.ReleasesPath;
        var linked = FileIdentity.Of(Path.Combine(releases, oldest, "assets", "logo.png"));
        Assert.Equal(3u, linked.Links); // v1, v2 and the draft of the next release (made from v2).

        // v3 makes v2 the previous release and lets retention (keep 1) remove v1, which v2 and v3 link to.
        editor.Write("page-2.md", Page(2, "v3"));
        var newest = (await publisher.BuildOf(editor.CommitAndPush("v3"))).ReleaseId!;
        await publisher.BackgroundWork;

        Assert.False(Directory.Exists(Path.Combine(releases, oldest)));
        var logo = FileIdentity.Of(Path.Combine(releases, newest, "assets", "logo.png"));
        Assert.Equal(linked.Inode, logo.Inode);
        Assert.Equal(3u, logo.Links); // v2's name, v3's and the next draft's: v1's went with its folder.
        Assert.Equal(Logo, File.ReadAllBytes(Path.Combine(releases, newest, "assets", "logo.png")));
        Assert.True(publisher.Releases.Verify(newest));
        Assert.Contains("Page 5 says v1", File.ReadAllText(publisher.LivePath("page-5.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_restarted_worker_reads_its_build_state_back_and_renders_only_what_changed()
    {
        using var temp = new TempFolder();
        using var editor = new EditorRepository(temp.Path);
        WriteSite(editor);
        string first;
        await using (var publisher = await RunningPublisher.StartAsync(temp.Combine("data"), editor.BarePath))
        {
            first = (await publisher.BuildOf(editor.CommitAndPush("v1"))).ReleaseId!;
        }

        Assert.True(File.Exists(temp.Combine("data", "site", "build-state.bin")));
        editor.Write("page-3.md", Page(3, "v2"));
        var second = editor.CommitAndPush("v2: one page edited");
        string after;
        await using (var restarted = await RunningPublisher.StartAsync(temp.Combine("data"), editor.BarePath))
        {
            after = (await restarted.BuildOf(second)).ReleaseId!;
            var log = await File.ReadAllTextAsync(restarted.LogPath);
            // The edited page rendered again; the other nine pages and the home page reused from the state on disk.
            Assert.Contains("\"Summary\":\"v2: one page edited\",\"ElapsedMs\"", log, StringComparison.Ordinal);
            Assert.Matches("\"Summary\":\"v2: one page edited\",\"ElapsedMs\":\\d+,\"Pages\":11,\"Rendered\":1,\"Reused\":10", log);
            Assert.Contains($"\"Staging\":\"an empty folder\"", log, StringComparison.Ordinal);
        }

        var releases = temp.Combine("data", "site", "releases");
        Assert.Equal(FileIdentity.Of(Path.Combine(releases, first, "page-5.html")).Inode, FileIdentity.Of(Path.Combine(releases, after, "page-5.html")).Inode);
        await using (var other = await RunningPublisher.StartAsync(temp.Combine("fresh"), editor.BarePath))
        {
            var release = (await other.BuildOf(second)).ReleaseId!;
            Assert.Equal(Bytes(temp.Combine("fresh", "site", "releases", release)), Bytes(Path.Combine(releases, after)));
        }
    }

    private static readonly byte[] Logo = [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7))];

    private static void WriteSite(EditorRepository editor)
    {
        editor.Write("_config.yml", "title: Links\n");
        editor.Write("_layouts/default.html", "<!DOCTYPE html>\n<title>{{ page.title }}</title>\n<main>{{ content }}</main>\n");
        editor.Write("index.md", "---\nlayout: default\ntitle: Home\n---\n# Home\n");
        editor.Write("assets/site.css", "body { color: black; }\n");
        File.WriteAllBytes(Path.Combine(editor.ClonePath, "assets", "logo.png"), Logo);
        for (var i = 0; i < 10; i++)
        {
            editor.Write($"page-{i}.md", Page(i, "v1"));
        }
    }

    private static string Page(int i, string version) => $"---\nlayout: default\ntitle: Page {i}\n---\nPage {i} says {version}.\n";

    // Every file but the manifest (it names its own release and build time): path → bytes.
    private static Dictionary<string, string> Bytes(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f))
            .Where(f => f != Manifest)
            .ToDictionary(f => f, f => Convert.ToBase64String(File.ReadAllBytes(Path.Combine(root, f))));
}
