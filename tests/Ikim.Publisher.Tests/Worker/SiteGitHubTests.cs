using Ikim.Publisher.Tests.Support;
using Ikim.Publisher.Worker;

namespace Ikim.Publisher.Tests.Worker;

/// <summary>The worker tells the builder which commit and branch it builds: <c>site.github</c> shows them.</summary>
public sealed class SiteGitHubTests
{
    [Fact]
    public async Task Site_github_shows_the_published_commit_and_branch()
    {
        using var temp = new TempFolder();
        using var editor = new EditorRepository(temp.Path, branch: "pages");
        editor.Write("_config.yml", "plugins: [jekyll-github-metadata]\n");
        editor.Write("index.html", "---\n---\nrev={{ site.github.build_revision }} branch={{ site.github.source.branch }}");
        var first = editor.CommitAndPush("First");

        await using var publisher = await RunningPublisher.StartAsync(temp.Combine("data"), editor.BarePath, new Dictionary<string, string?> { ["Repository:Branch"] = "pages" });

        Assert.Equal(BuildOutcome.Published, (await publisher.BuildOf(first)).Outcome);
        Assert.Equal($"rev={first} branch=pages", File.ReadAllText(publisher.LivePath("index.html")));

        // Each commit renders its own sha: the revision is the built commit's, not a cached one.
        editor.Write("other.html", "x");
        var second = editor.CommitAndPush("Second");
        Assert.Equal(BuildOutcome.Published, (await publisher.BuildOf(second)).Outcome);
        Assert.Equal($"rev={second} branch=pages", File.ReadAllText(publisher.LivePath("index.html")));
    }
}
