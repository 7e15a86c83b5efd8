namespace Ikim.Publisher.Site.Tests.Plugins;

public sealed class PluginSelectionTests
{
    [Fact]
    public void Unknown_plugin_and_ruby_plugins_are_warnings_not_failures()
    {
        using var site = new TempSite(
            ("_config.yml", "plugins:\n  - jekyll-feed-of-the-future\n  - jekyll-redirect-from\n"),
            ("_plugins/custom.rb", "Jekyll::Hooks.register(:site, :post_write) { |site| system('rm -rf /') }\n"),
            ("page.md", "---\nredirect_from: [/a/]\n---\npage"));

        var result = site.Build();

        Assert.Contains(result.Warnings, w => w.Path == "_config.yml" && w.Message.Contains("'jekyll-feed-of-the-future' is not built in"));
        Assert.Contains(result.Warnings, w => w.Path == "_plugins" && w.Message.Contains("not run"));
        Assert.True(site.HasOutput("a/index.html"), "the known plugin still runs");
    }

    [Fact]
    public void Plugins_run_only_when_listed_and_gems_is_the_old_name()
    {
        using var unlisted = new TempSite(("page.md", "---\nredirect_from: [/a/]\n---\npage"));
        unlisted.Build();
        Assert.False(unlisted.HasOutput("a/index.html"));
        Assert.False(unlisted.HasOutput("redirects.json"));

        using var gems = new TempSite(("_config.yml", "gems: [jekyll-redirect-from]\n"), ("page.md", "---\nredirect_from: [/a/]\n---\npage"));
        gems.Build();
        Assert.True(gems.HasOutput("a/index.html"));
        Assert.Equal("{\"/a/\":\"/page.html\"}", gems.Output("redirects.json"));
    }

    [Fact]
    public void Paginator_pages_split_posts_newest_first_without_hidden_ones()
    {
        using var site = new TempSite(
            ("_config.yml", "paginate: 2\nplugins: [jekyll-paginate]\n"),
            ("index.html", "---\n---\n{{ paginator.page }}/{{ paginator.total_pages }}:{% for p in paginator.posts %} {{ p.title }}{% endfor %} prev={{ paginator.previous_page_path }} next={{ paginator.next_page_path }} url={{ page.url }}"),
            ("_posts/2025-01-01-a.md", "---\ntitle: A\n---\na"),
            ("_posts/2025-01-02-b.md", "---\ntitle: B\nhidden: true\n---\nb"),
            ("_posts/2025-01-03-c.md", "---\ntitle: C\n---\nc"),
            ("_posts/2025-01-04-d.md", "---\ntitle: D\n---\nd"));

        site.Build();

        Assert.Equal("1/2: D C prev= next=/page2 url=/", site.Output("index.html"));
        Assert.Equal("2/2: A prev=/ next= url=/page2/", site.Output("page2/index.html"));
    }
}
