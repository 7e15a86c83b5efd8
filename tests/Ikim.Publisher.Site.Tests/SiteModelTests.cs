namespace Ikim.Publisher.Site.Tests;

/// <summary>
/// Jekyll's site model on a small site: posts, categories, collections, defaults, time zones and the
/// publishing flags. Expected values were produced by running Jekyll 4.3.1 on the same site
/// (TZ=UTC, faketime 2026-01-01 12:00:00); templates use no filters, so only the model is under test.
/// </summary>
public sealed class SiteModelTests
{
    private const string PostLayout =
        "[{{ page.title }}|{{ page.date }}|{{ page.id }}|{{ page.url }}|{{ page.categories }}|{{ page.kind }}|prev={{ page.previous.url }}|next={{ page.next.url }}|related={% for p in site.related_posts %}{{ p.slug }},{% endfor %}]{{ content }}";

    private const string Index =
        "---\n---\nposts:{% for p in site.posts %}{{ p.url }};{% endfor %}\n" +
        "cats:{% for p in site.categories.news %}{{ p.slug }},{% endfor %}\n" +
        "people:{% for p in site.people %}{{ p.url }};{% endfor %}\n" +
        "projects:{% for p in site.projects %}{{ p.url }};{% endfor %}\n" +
        "excerpt:{{ site.posts[2].excerpt }}\n" +
        "time:{{ site.time }}\n";

    private static TempSite ModelSite() => new(
        ("_config.yml",
            "title: Model\ntimezone: Europe/Berlin\ncollections:\n  people:\n    output: true\n    permalink: /people/:name/\n" +
            "  projects:\n    output: true\n    order: [zeta.md, alpha.md]\n" +
            "defaults:\n  - scope: {path: \"\", type: posts}\n    values: {layout: post, kind: post}\n" +
            "  - scope: {path: \"docs/*\"}\n    values: {section: docs}\n  - scope: {path: \"docs/howto\"}\n    values: {section: howto}\n"),
        ("_layouts/post.html", PostLayout),
        ("_posts/2024-01-15-first.md", "---\ntitle: First\n---\nOne.\n\nTwo.\n"),
        ("_posts/2024-03-01-late-night.md", "---\ncategories: Alpha beta\n---\nLate {{ page.date }}\n"),
        ("news/_posts/2024-03-01-shifted.md", "---\ndate: 2024-03-01 23:30:00 -0500\n---\nShifted\n"),
        ("_posts/2024-04-01-hidden.md", "---\npublished: false\n---\nhidden\n"),
        ("_posts/2030-01-01-future.md", "---\n---\nfuture\n"),
        ("_posts/not-a-post.md", "---\n---\nno date in the name\n"),
        ("_drafts/idea.md", "---\n---\ndraft\n"),
        ("_people/ada.md", "---\nname: Ada\n---\nAda\n"),
        ("_people/alumni/bob.md", "---\nname: Bob\n---\nBob\n"),
        ("_projects/zeta.md", "---\n---\nz\n"),
        ("_projects/alpha.md", "---\n---\na\n"),
        ("_projects/mid.md", "---\n---\nm\n"),
        ("docs/a.html", "---\n---\n{{ page.section }}"),
        ("docs/howto/b.html", "---\n---\n{{ page.section }}"),
        ("index.html", Index));

    [Fact]
    public void Posts_get_urls_dates_categories_neighbours_and_related_posts_as_in_jekyll()
    {
        using var site = ModelSite();

        site.Build();

        Assert.StartsWith(
            "[First|2024-01-15 00:00:00 +0100|/2024/01/15/first|/2024/01/15/first.html||post|prev=|next=/alpha/beta/2024/03/01/late-night.html|related=shifted,late-night,]",
            site.Output("2024/01/15/first.html"));
        Assert.StartsWith(
            "[Late Night|2024-03-01 00:00:00 +0100|/alpha/beta/2024/03/01/late-night|/alpha/beta/2024/03/01/late-night.html|Alphabeta|post|prev=/2024/01/15/first.html|next=/news/2024/03/02/shifted.html|related=shifted,first,]<p>Late 2024-03-01 00:00:00 +0100</p>",
            site.Output("alpha/beta/2024/03/01/late-night.html"));
        Assert.StartsWith(
            "[Shifted|2024-03-02 05:30:00 +0100|/news/2024/03/02/shifted|/news/2024/03/02/shifted.html|news|post|prev=/alpha/beta/2024/03/01/late-night.html|next=|related=late-night,first,]",
            site.Output("news/2024/03/02/shifted.html"));
    }

    [Fact]
    public void Site_listings_follow_jekylls_order()
    {
        using var site = ModelSite();

        site.Build();

        var index = site.Output("index.html");
        Assert.Contains("posts:/news/2024/03/02/shifted.html;/alpha/beta/2024/03/01/late-night.html;/2024/01/15/first.html;\n", index);
        Assert.Contains("cats:shifted,\n", index);
        Assert.Contains("people:/people/ada/;/people/bob/;\n", index);
        Assert.Contains("projects:/projects/zeta.html;/projects/alpha.html;/projects/mid.html;\n", index);
        Assert.Contains("excerpt:<p>One.</p>\n", index);
        Assert.Contains("time:2026-01-01 13:00:00 +0100\n", index);
    }

    [Fact]
    public void Unpublished_future_and_draft_posts_are_left_out_by_default()
    {
        using var site = ModelSite();

        var result = site.Build();

        Assert.Contains(result.Warnings, w => w.Path == "_posts/2030-01-01-future.md" && w.Message.Contains("future date"));
        Assert.False(site.HasOutput("2024/04/01/hidden.html"));
        Assert.False(site.HasOutput("2030/01/01/future.html"));
        Assert.False(Directory.Exists(Path.Combine(site.Destination, "_drafts")));
        Assert.DoesNotContain("not-a-post", string.Join(",", Directory.EnumerateFiles(site.Destination, "*", SearchOption.AllDirectories)));
    }

    [Fact]
    public void Drafts_future_and_unpublished_flags_add_those_posts()
    {
        using var site = ModelSite();
        File.SetLastWriteTimeUtc(Path.Combine(site.Source, "_drafts/idea.md"), new DateTime(2025, 6, 1, 10, 0, 0, DateTimeKind.Utc));

        site.Build(new Dictionary<string, object?> { ["show_drafts"] = true, ["future"] = true, ["unpublished"] = true });

        Assert.StartsWith("[Idea|2025-06-01 12:00:00 +0200|/2025/06/01/idea|", site.Output("2025/06/01/idea.html"));
        Assert.True(site.HasOutput("2030/01/01/future.html"));
        Assert.True(site.HasOutput("2024/04/01/hidden.html"));
    }

    [Fact]
    public void Defaults_scoped_by_glob_and_by_a_longer_path_apply_as_in_jekyll()
    {
        using var site = ModelSite();

        site.Build();

        Assert.Equal("docs", site.Output("docs/a.html"));
        Assert.Equal("howto", site.Output("docs/howto/b.html"));
    }
}
