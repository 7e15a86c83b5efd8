using System.Net;
using Ikim.Publisher.Tests.Support;
using Ikim.Publisher.Worker;

namespace Ikim.Publisher.Tests;

/// <summary>The loop end to end, as an editor lives it: push, wait, read the site.</summary>
public sealed class PublishingLoopTests
{
    private const string Layout = "<!DOCTYPE html>\n<title>{{ page.title }}</title>\n{% include nav.html %}\n<main>{{ content }}</main>\n";

    [Fact]
    public async Task Pushed_commit_goes_live_and_broken_liquid_never_does()
    {
        using var temp = new TempFolder();
        using var editor = new EditorRepository(temp.Path);
        editor.Write("_config.yml", "title: IKIM\nbaseurl: \"\"\n");
        editor.Write("_layouts/default.html", Layout);
        editor.Write("_includes/nav.html", "<nav><a href=\"{{ \"/groups\" | relative_url }}\">Groups</a></nav>");
        editor.Write("index.md", "---\nlayout: default\ntitle: Home\n---\n# Welcome to IKIM\n");
        editor.Write("groups.md", "---\nlayout: default\ntitle: Groups\n---\nFive groups.\n");
        var first = editor.CommitAndPush("First version");

        await using var publisher = await RunningPublisher.StartAsync(temp.Combine("data"), editor.BarePath);

        var firstBuild = await publisher.BuildOf(first);
        Assert.Equal(BuildOutcome.Published, firstBuild.Outcome);
        Assert.Contains("<h1 id=\"welcome-to-ikim\">Welcome to IKIM</h1>", File.ReadAllText(publisher.LivePath("index.html")));
        Assert.Equal(firstBuild.ReleaseId, publisher.Releases.LiveId);

        // The live site is served over real HTTP, with Jekyll-style clean URLs.
        var home = await publisher.Http.GetStringAsync("/");
        Assert.Contains("Welcome to IKIM", home);
        var groups = await publisher.Http.GetAsync("/groups");
        Assert.Equal(HttpStatusCode.OK, groups.StatusCode);
        Assert.Contains("Five groups.", await groups.Content.ReadAsStringAsync());

        // An editor changes a page: it goes live within a poll.
        editor.Write("index.md", "---\nlayout: default\ntitle: Home\n---\n# Welcome to the new IKIM\n");
        var second = editor.CommitAndPush("Reword the welcome");
        var secondBuild = await publisher.BuildOf(second);
        Assert.Equal(BuildOutcome.Published, secondBuild.Outcome);
        Assert.Contains("Welcome to the new IKIM", await publisher.Http.GetStringAsync("/"));
        Assert.Equal(second, publisher.Releases.LiveManifest!.Commit);

        // Broken Liquid on line 6 of the file (front matter counts): the old release stays live.
        editor.Write("groups.md", "---\nlayout: default\ntitle: Groups\n---\nFive groups.\n{% for g in site.data.groups %}\nno endfor\n");
        var broken = editor.CommitAndPush("Break the groups page");
        var brokenBuild = await publisher.BuildOf(broken);

        Assert.Equal(BuildOutcome.Failed, brokenBuild.Outcome);
        Assert.StartsWith("groups.md:", brokenBuild.Error);
        Assert.Equal(secondBuild.ReleaseId, publisher.Releases.LiveId);
        Assert.Contains("Welcome to the new IKIM", await publisher.Http.GetStringAsync("/"));
        Assert.DoesNotContain(Directory.EnumerateDirectories(publisher.Releases.ReleasesPath), d => Path.GetFileName(d).StartsWith(".staging-", StringComparison.Ordinal));

        var log = await File.ReadAllTextAsync(publisher.LogPath);
        Assert.Contains("groups.md:", log);
        Assert.Contains(broken[..12], log);

        // The fix goes live.
        editor.Write("groups.md", "---\nlayout: default\ntitle: Groups\n---\nSix groups.\n");
        var fixedCommit = editor.CommitAndPush("Fix the groups page");
        Assert.Equal(BuildOutcome.Published, (await publisher.BuildOf(fixedCommit)).Outcome);
        Assert.Contains("Six groups.", await publisher.Http.GetStringAsync("/groups"));
    }

    [Fact]
    public async Task Live_commit_is_read_back_from_disk_after_a_restart()
    {
        using var temp = new TempFolder();
        using var editor = new EditorRepository(temp.Path);
        editor.Write("index.html", "---\n---\nv1");
        var sha = editor.CommitAndPush("v1");
        var data = temp.Combine("data");

        string releaseId;
        await using (var publisher = await RunningPublisher.StartAsync(data, editor.BarePath))
        {
            releaseId = (await publisher.BuildOf(sha)).ReleaseId!;
        }

        await using (var restarted = await RunningPublisher.StartAsync(data, editor.BarePath))
        {
            // Another commit is needed to see a build at all: the restarted worker must not rebuild the live one.
            editor.Write("index.html", "---\n---\nv2");
            var next = editor.CommitAndPush("v2");
            await restarted.BuildOf(next);
            Assert.DoesNotContain(restarted.History.Builds, b => b.Commit == sha);
            Assert.NotEqual(releaseId, restarted.Releases.LiveId);
        }
    }

    [Fact]
    public async Task Retention_keeps_the_configured_number_of_releases()
    {
        using var temp = new TempFolder();
        using var editor = new EditorRepository(temp.Path);
        await using var publisher = await RunningPublisher.StartAsync(temp.Combine("data"), editor.BarePath);

        for (var i = 0; i < 5; i++)
        {
            editor.Write("index.html", $"---\n---\nversion {i}");
            var sha = editor.CommitAndPush($"v{i}");
            Assert.Equal(BuildOutcome.Published, (await publisher.BuildOf(sha)).Outcome);
        }

        var kept = publisher.Releases.ReleaseIds();
        Assert.Equal(3, kept.Count);
        Assert.Equal(publisher.Releases.LiveId, kept[0]);
        Assert.Equal("version 4", File.ReadAllText(publisher.LivePath("index.html")));
    }
}
