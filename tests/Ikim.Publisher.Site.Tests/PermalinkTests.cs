namespace Ikim.Publisher.Site.Tests;

/// <summary>Output paths under the built-in and custom permalink styles, as Jekyll 4.3.1 wrote them for the same sites.</summary>
public sealed class PermalinkTests
{
    [Theory]
    [InlineData("pretty", "a b/2024/12/30/post/index.html", "about/index.html", "guides/setup/index.html")]
    [InlineData("weekdate", "a b/2024/W01/Mon/post.html", "about.html", "guides/setup.html")]
    [InlineData("date", "a b/2024/12/30/post.html", "about.html", "guides/setup.html")]
    [InlineData("ordinal", "a b/2024/365/post.html", "about.html", "guides/setup.html")]
    [InlineData("none", "a b/post.html", "about.html", "guides/setup.html")]
    [InlineData("/:categories/:title/", "a b/post/index.html", "about/index.html", "guides/setup/index.html")]
    public void Styles_shape_posts_pages_and_collections(string style, string post, string page, string guide)
    {
        using var site = new TempSite(
            ("_config.yml", $"permalink: \"{style}\"\ncollections:\n  guides:\n    output: true\n"),
            ("_guides/setup.md", "---\n---\ng\n"),
            ("about.md", "---\n---\na\n"),
            ("docs/index.md", "---\n---\ni\n"),
            ("feed.xml", "---\n---\nf\n"),
            ("data.md", "---\npermalink: /api/data.json\n---\nj\n"),
            ("noext.md", "---\npermalink: /noext\n---\nn\n"),
            ("_posts/2024-12-30-post.md", "---\ncategories: [A B]\n---\np\n"));

        site.Build();

        var files = Directory.EnumerateFiles(site.Destination, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Destination, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        Assert.Equal(new[] { post, page, "api/data.json", "docs/index.html", "feed.xml", guide, "noext.html" }.Order(StringComparer.Ordinal), files);
    }

    [Fact]
    public void Page_permalinks_know_only_path_basename_and_output_ext()
    {
        using var site = new TempSite(
            ("team/members.md", "---\npermalink: /:path/:basename:output_ext\n---\n{{ page.url }}"),
            ("raw.md", "---\npermalink: /x/:title/\n---\n{{ page.url }}"));

        site.Build();

        Assert.Equal("<p>/team/members.html</p>\n", site.Output("team/members.html"));
        Assert.Equal("<p>/x/:title/</p>\n", site.Output("x/:title/index.html"));
    }

    [Fact]
    public void Keep_files_survive_and_stale_files_are_removed()
    {
        using var site = new TempSite(
            ("_config.yml", "keep_files: [uploads]\n"),
            ("index.html", "---\n---\nhome"));
        Directory.CreateDirectory(Path.Combine(site.Destination, "uploads"));
        File.WriteAllText(Path.Combine(site.Destination, "uploads", "photo.jpg"), "kept");
        Directory.CreateDirectory(Path.Combine(site.Destination, "old"));
        File.WriteAllText(Path.Combine(site.Destination, "old", "page.html"), "stale");

        site.Build();

        Assert.Equal("kept", site.Output("uploads/photo.jpg"));
        Assert.False(Directory.Exists(Path.Combine(site.Destination, "old")));
        Assert.Equal("home", site.Output("index.html"));
    }
}
