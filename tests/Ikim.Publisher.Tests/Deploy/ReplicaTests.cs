using Ikim.Publisher.Tests.Support;
using Ikim.Publisher.Worker;

namespace Ikim.Publisher.Tests.Deploy;

/// <summary>
/// What the README promises for scaling out: replicas that each build the same commit on their
/// own (a Kubernetes Deployment with several pods, each with its own emptyDir) serve the same bytes.
/// </summary>
public sealed class ReplicaTests
{
    [Fact]
    public async Task Two_replicas_build_the_same_commit_to_the_same_bytes()
    {
        using var temp = new TempFolder();
        using var editor = new EditorRepository(temp.Path);
        editor.Write("_config.yml", "title: IKIM\n");
        // site.time is the one input that could differ between two machines: it is the commit time.
        editor.Write("index.html", "---\ntitle: Home\n---\n<p>Built {{ site.time }}</p>\n");
        editor.Write("about.md", "---\ntitle: About\n---\n# About IKIM\n");
        editor.Write("assets/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
        var sha = editor.CommitAndPush("First");

        await using var first = await RunningPublisher.StartAsync(temp.Combine("replica-1"), editor.BarePath);
        var firstBuild = await first.BuildOf(sha);
        await using var second = await RunningPublisher.StartAsync(temp.Combine("replica-2"), editor.BarePath);
        var secondBuild = await second.BuildOf(sha);

        Assert.Equal(BuildOutcome.Published, firstBuild.Outcome);
        Assert.Equal(BuildOutcome.Published, secondBuild.Outcome);
        Assert.NotEqual(firstBuild.ReleaseId, secondBuild.ReleaseId);
        Assert.Equal(first.Releases.LiveManifest!.ContentHash, second.Releases.LiveManifest!.ContentHash);

        // The editor's first commit is dated 20000 days after the Unix epoch: 2024-10-04.
        Assert.Contains("Built 2024-10-04 00:00:00", File.ReadAllText(first.LivePath("index.html")));

        var files = Files(first.Releases.CurrentPath);
        Assert.Equal(files, Files(second.Releases.CurrentPath));
        foreach (var file in files.Where(f => !f.StartsWith(".well-known/", StringComparison.Ordinal)))
        {
            Assert.Equal(File.ReadAllBytes(first.LivePath(file)), File.ReadAllBytes(second.LivePath(file)));
        }
    }

    private static List<string> Files(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f))
            .Order(StringComparer.Ordinal)
            .ToList();
}
