using Ikim.Publisher.Benchmarks.Generation;
using Ikim.Publisher.Benchmarks.Scenarios;
using Ikim.Publisher.Tests.Support;

namespace Ikim.Publisher.Tests;

/// <summary>
/// Keeps the benchmark harness from rotting (benchmarks are not run by dotnet test): the
/// generator's Jekyll tree builds with our builder and has every page, and the Hugo tree is written;
/// the builder-only incremental scenario runs its commits end to end and cleans up after itself.
/// </summary>
public sealed class BenchmarkHarnessTests
{
    [Fact]
    public void Generated_site_builds_with_every_page_listed()
    {
        using var temp = new TempFolder();
        var spec = SiteSpec.Create(40, NewsStyle.Pages);
        SiteGenerator.WriteJekyll(spec, temp.Combine("jekyll"));
        SiteGenerator.WriteHugo(spec, temp.Combine("hugo"));

        var result = BuildScenarios.Warm(spec.Pages, temp.Combine("jekyll"), temp.Combine("_site"), runs: 1);

        Assert.Single(result.Milliseconds);
        Assert.Contains("render", result.StageMedians.Keys);
        var html = Directory.EnumerateFiles(temp.Combine("_site"), "*.html", SearchOption.AllDirectories).ToList();
        Assert.Equal(spec.Pages, html.Count);
        var newsIndex = File.ReadAllText(temp.Combine("_site", "news", "index.html"));
        Assert.Equal(spec.Posts, newsIndex.Split("<li><a href=\"/news/20").Length - 1);
        Assert.Equal(spec.Posts, Directory.EnumerateFiles(temp.Combine("hugo", "content", "news"), "*.md").Count(f => !f.EndsWith("_index.md", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_incremental_scenario_builds_one_post_commits_into_prelinked_destinations()
    {
        using var temp = new TempFolder();
        var spec = SiteSpec.Create(40, NewsStyle.Posts);
        var editor = EditorClone.Create(temp.Path);
        SiteGenerator.WriteJekyll(spec, editor.ClonePath);

        var result = BuildScenarios.Incremental(spec, editor, temp.Path, runs: 2);

        Assert.Equal(2, result.Milliseconds.Length);
        Assert.Contains("open tree", result.StageMedians.Keys);
        Assert.Contains("render", result.StageMedians.Keys);
        Assert.Empty(Directory.EnumerateDirectories(temp.Path, "incremental-*"));
    }
}
