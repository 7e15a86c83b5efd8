using Ikim.Publisher.Site.Diagnostics;

namespace Ikim.Publisher.Site.Tests;

public sealed class SiteBuilderTests
{
    [Fact]
    public void Markdown_page_goes_through_liquid_markdown_and_nested_layouts()
    {
        using var site = new TempSite(
            ("_config.yml", "title: Example Institute\nbaseurl: /sub\n"),
            ("_layouts/base.html", "<html><title>{{ page.title }} | {{ site.title }}</title>{{ content }}</html>\n"),
            ("_layouts/page.html", "---\nlayout: base\nkind: inner\n---\n<main class=\"{{ layout.kind }}\">{{ content }}</main>"),
            ("about.md", "---\nlayout: page\ntitle: About us\n---\n# {{ page.title }}\n\n[Groups]({{ \"/groups\" | relative_url }})\n"));

        site.Build();

        Assert.Equal(
            "<html><title>About us | Example Institute</title><main class=\"inner\"><h1 id=\"about-us\">About us</h1>\n\n<p><a href=\"/sub/groups\">Groups</a></p>\n</main></html>\n",
            site.Output("about.html"));
    }

    [Fact]
    public void Default_permalinks_follow_jekyll()
    {
        using var site = new TempSite(
            ("index.md", "---\n---\nhome"),
            ("about.md", "---\n---\nabout"),
            ("docs/index.html", "---\n---\ndocs"),
            ("docs/guide.md", "---\n---\nguide"),
            ("team.md", "---\npermalink: /people/team/\n---\nteam"),
            ("feed.xml", "---\n---\n<feed/>"));

        site.Build();

        Assert.True(site.HasOutput("index.html"));
        Assert.True(site.HasOutput("about.html"));
        Assert.True(site.HasOutput("docs/index.html"));
        Assert.True(site.HasOutput("docs/guide.html"));
        Assert.True(site.HasOutput("people/team/index.html"));
        Assert.Equal("<feed/>", site.Output("feed.xml"));
    }

    [Fact]
    public void Files_without_front_matter_are_copied_and_special_files_are_skipped()
    {
        using var site = new TempSite(
            ("_config.yml", "exclude: [notes]\n"),
            ("assets/site.css", "body { color: red; }\n"),
            ("notes/private.md", "---\n---\nsecret"),
            (".hidden", "x"),
            ("_drafts_folder/x.md", "---\n---\nx"),
            (".htaccess", "Options -Indexes\n"),
            ("backup~", "x"));

        site.Build();

        Assert.Equal("body { color: red; }\n", site.Output("assets/site.css"));
        Assert.True(site.HasOutput(".htaccess"));
        Assert.False(site.HasOutput("notes/private.html"));
        Assert.False(site.HasOutput(".hidden"));
        Assert.False(site.HasOutput("backup~"));
        Assert.False(Directory.Exists(Path.Combine(site.Destination, "_drafts_folder")));
    }

    [Fact]
    public void Includes_render_in_the_page_scope_with_parameters()
    {
        using var site = new TempSite(
            ("_includes/header.html", "<header>{{ site.title }}</header>"),
            ("_includes/card.html", "<div>{{ include.title }}/{{ include.count }}</div>{% assign seen = \"yes\" %}"),
            ("_config.yml", "title: T\n"),
            ("index.html", "---\nperson: Ada\n---\n{% include header.html %}{% include card.html title=\"Hi\" count=page.person %}{{ seen }}"));

        site.Build();

        Assert.Equal("<header>T</header><div>Hi/Ada</div>yes", site.Output("index.html"));
    }

    [Fact]
    public void Data_files_are_site_data()
    {
        using var site = new TempSite(
            ("_data/navigation.yml", "- title: Home\n  url: /\n- title: Groups\n  url: /groups\n"),
            ("_data/team/lead.json", "{\"name\": \"Ada\", \"age\": 36}"),
            ("_data/rooms.csv", "id,name\n1,\"Lab, big\"\n2,Office\n"),
            ("index.html", "---\n---\n{% for item in site.data.navigation %}[{{ item.title }}={{ item.url }}]{% endfor %}{{ site.data.team.lead.name }}{% for r in site.data.rooms %}({{ r.name }}){% endfor %}"));

        site.Build();

        Assert.Equal("[Home=/][Groups=/groups]Ada(Lab, big)(Office)", site.Output("index.html"));
    }

    [Fact]
    public void Header_ids_are_kramdowns()
    {
        using var site = new TempSite(
            ("index.md", "---\n---\n# IKIM – the Institute\n\n## Über uns 2024!\n\n## Über uns 2024!\n\n## Hello *world* `code`\n"));

        site.Build();

        var html = site.Output("index.html");
        Assert.Contains("<h1 id=\"ikim--the-institute\">", html);
        Assert.Contains("<h2 id=\"über-uns-2024\">", html);
        Assert.Contains("<h2 id=\"über-uns-2024-1\">", html);
        Assert.Contains("<h2 id=\"hello-world-code\">", html);
    }

    [Fact]
    public void Liquid_syntax_error_names_file_and_line_counting_front_matter()
    {
        using var site = new TempSite(
            ("index.md", "---\ntitle: x\nother: y\n---\nline five\n\n{% if page.title %}\nno end\n"));

        var error = Assert.Throws<SiteBuildException>(() => site.Build());

        Assert.Equal("index.md", error.Position.Path);
        Assert.True(error.Position.Line >= 7, $"line {error.Position.Line} should be at or after the unclosed if on line 7");
        Assert.StartsWith("index.md:", error.Message);
    }

    [Fact]
    public void Broken_front_matter_names_file_and_line()
    {
        using var site = new TempSite(("index.md", "---\ntitle: ok\ntags: [a, b\n---\nbody\n"));

        var error = Assert.Throws<SiteBuildException>(() => site.Build());

        Assert.Equal("index.md", error.Position.Path);
        Assert.InRange(error.Position.Line, 3, 5);
        Assert.Contains("YAML", error.Message);
    }

    [Fact]
    public void Missing_include_names_the_including_file_and_line()
    {
        using var site = new TempSite(("page.html", "---\n---\nfirst\n{% include nowhere.html %}\n"));

        var error = Assert.Throws<SiteBuildException>(() => site.Build());

        Assert.Equal(new SourcePosition("page.html", 4, error.Position.Column), error.Position);
        Assert.Contains("nowhere.html", error.Message);
    }

    [Fact]
    public void Error_inside_an_include_names_the_include_and_where_it_was_included()
    {
        using var site = new TempSite(
            ("_includes/broken.html", "ok\n{% if page.title %}never closed"),
            ("page.html", "---\n---\n{% include broken.html %}\n"));

        var error = Assert.Throws<SiteBuildException>(() => site.Build());

        Assert.Equal("_includes/broken.html", error.Position.Path);
        Assert.Equal(2, error.Position.Line);
        Assert.Contains("included from page.html:3", error.Message);
    }

    [Fact]
    public void Include_cannot_escape_the_includes_folder()
    {
        using var site = new TempSite(
            ("secret.txt", "password"),
            ("page.html", "---\n---\n{% include ../secret.txt %}"));

        var error = Assert.Throws<SiteBuildException>(() => site.Build());

        Assert.Contains("inside", error.Message);
    }

    [Fact]
    public void Permalink_that_climbs_out_of_the_destination_is_an_error()
    {
        using var site = new TempSite(("evil.md", "---\npermalink: /../../etc/x\n---\nx"));

        var error = Assert.Throws<SiteBuildException>(() => site.Build());

        Assert.Equal("evil.md", error.Position.Path);
        Assert.False(File.Exists(Path.Combine(site.Root, "..", "etc", "x")));
    }

    [Fact]
    public void Layout_loops_end_instead_of_hanging()
    {
        using var site = new TempSite(
            ("_layouts/a.html", "---\nlayout: b\n---\nA[{{ content }}]"),
            ("_layouts/b.html", "---\nlayout: a\n---\nB[{{ content }}]"),
            ("index.html", "---\nlayout: a\n---\nx"));

        site.Build();

        Assert.Equal("B[A[x]]", site.Output("index.html"));
    }

    [Fact]
    public void Include_recursion_is_an_error_not_a_stack_overflow()
    {
        using var site = new TempSite(
            ("_includes/self.html", "x{% include self.html %}"),
            ("index.html", "---\n---\n{% include self.html %}"));

        var error = Assert.Throws<SiteBuildException>(() => site.Build());

        Assert.Contains("self.html", error.Message);
    }
}
