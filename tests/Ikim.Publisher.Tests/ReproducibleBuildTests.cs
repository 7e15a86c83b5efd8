using Ikim.Publisher.Publishing;
using Ikim.Publisher.Tests.Support;
using Ikim.Publisher.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace Ikim.Publisher.Tests;

/// <summary>The same commit built twice gives byte-identical release trees; the build command honours SOURCE_DATE_EPOCH.</summary>
public sealed class ReproducibleBuildTests
{
    private const string TimePage = "---\nlayout: default\ntitle: Times\n---\nBuilt at {{ site.time }}.\n{% for f in site.static_files %}{{ f.path }} changed {{ f.modified_time }}\n{% endfor %}";

    [Fact]
    public async Task The_same_commit_built_twice_and_on_another_machine_gives_identical_release_trees()
    {
        using var temp = new TempFolder();
        using var editor = new EditorRepository(temp.Path);
        GeneratedSite.Write(editor, pages: 50, version: 1);
        editor.Write("times.md", TimePage);
        var sha = editor.CommitAndPush("v1");

        string first, second, elsewhere;
        await using (var publisher = await RunningPublisher.StartAsync(temp.Combine("data"), editor.BarePath))
        {
            first = (await publisher.BuildOf(sha)).ReleaseId!;
            // An explicit rebuild builds the live commit afresh into a new release.
            publisher.Services.GetRequiredService<BuildTrigger>().RequestRebuild();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            second = (await publisher.History.WaitForAsync(b => b.Commit == sha && b.ReleaseId != first, timeout.Token)).ReleaseId!;
        }

        await using (var other = await RunningPublisher.StartAsync(temp.Combine("other-machine"), editor.BarePath))
        {
            elsewhere = (await other.BuildOf(sha)).ReleaseId!;
        }

        var releases = temp.Combine("data", "site", "releases");
        var a = Tree(Path.Combine(releases, first));
        Assert.NotEqual(first, second);
        Assert.True(a.Count > 50);
        Assert.Contains("times.html", a.Keys);
        Assert.Equal(a, Tree(Path.Combine(releases, second)));
        Assert.Equal(a, Tree(temp.Combine("other-machine", "site", "releases", elsewhere)));

        var manifest = ReleaseManifest.TryRead(Path.Combine(releases, first, ".well-known/ikim-publisher.json"))!;
        Assert.Equal(manifest.ContentHash, ReleaseManifest.TryRead(temp.Combine("other-machine", "site", "releases", elsewhere, ".well-known/ikim-publisher.json"))!.ContentHash);
    }

    [Fact]
    public async Task Build_command_with_source_date_epoch_gives_the_same_bytes_whatever_the_file_times()
    {
        using var temp = new TempFolder();
        var source = temp.Combine("src");
        Directory.CreateDirectory(Path.Combine(source, "_layouts"));
        File.WriteAllText(Path.Combine(source, "_layouts", "default.html"), "{{ content }}");
        File.WriteAllText(Path.Combine(source, "times.md"), TimePage);
        File.WriteAllText(Path.Combine(source, "logo.svg"), "<svg/>");
        var epoch = new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "1767225600" }; // 2026-01-01 00:00:00 UTC

        Assert.Equal(0, (await ChildPublisher.RunAsync(temp.Path, epoch, "build", "-s", source, "-d", temp.Combine("one"))).ExitCode);
        // A fresh checkout: every file time is new.
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(3));
        }

        Assert.Equal(0, (await ChildPublisher.RunAsync(temp.Path, epoch, "build", "-s", source, "-d", temp.Combine("two"))).ExitCode);
        Assert.Equal(0, (await ChildPublisher.RunAsync(temp.Path, new Dictionary<string, string>(), "build", "-s", source, "-d", temp.Combine("wall-clock"))).ExitCode);

        var one = Tree(temp.Combine("one"));
        Assert.Equal(one, Tree(temp.Combine("two")));
        Assert.Contains("2026-01-01 00:00:00 +0000", one["times.html"]);
        Assert.Contains("logo.svg changed 2026-01-01 00:00:00 +0000", one["times.html"]);
        Assert.NotEqual(one["times.html"], Tree(temp.Combine("wall-clock"))["times.html"]);
    }

    // Every file but the manifest (which names its own release and build time): path → bytes, as Latin-1 text so any byte compares.
    private static Dictionary<string, string> Tree(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f))
            .Where(f => f != Path.Combine(".well-known", "ikim-publisher.json"))
            .ToDictionary(f => f, f => System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(Path.Combine(root, f))));
}
