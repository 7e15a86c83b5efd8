using Ikim.Publisher.Site.Configuration;
using Ikim.Publisher.Site.Diagnostics;
using Ikim.Publisher.Site.Liquid;
using Ikim.Publisher.Site.Liquid.Parsing;
using Ikim.Publisher.Site.Sources;
using Scriban.Runtime;

namespace Ikim.Publisher.Site.Tests.Liquid;

/// <summary>The renderer on its own: options, limits, caching and the services templates use.</summary>
public sealed class LiquidRendererTests : IDisposable
{
    private readonly TempSite _site = new(("_includes/note.html", "[{{ include.text }}]"), ("_includes/again.html", "{% include note.html text='x' %}"));

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Strict_variables_make_an_undefined_variable_an_error()
    {
        var renderer = Renderer(new LiquidOptions { StrictVariables = true });

        var error = Assert.Throws<SiteBuildException>(() => Render(renderer, "ok\n{{ page.nope }}"));

        Assert.Equal(new SourcePosition("t.html", 2, 1), error.Position);
        Assert.Contains("undefined variable nope", error.Message, StringComparison.Ordinal);
        Assert.Equal("T", Render(renderer, "{{ page.title }}"));
    }

    [Fact]
    public void Strict_filters_make_an_unknown_filter_an_error()
    {
        Assert.Equal("abc", Render(Renderer(new LiquidOptions()), "{{ 'abc' | nope }}"));

        var error = Assert.Throws<SiteBuildException>(() => Render(Renderer(new LiquidOptions { StrictFilters = true }), "{{ 'abc' | nope }}"));

        Assert.Contains("undefined filter nope", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Error_modes_decide_what_happens_to_markup_only_the_lax_parser_reads()
    {
        const string template = "{% if page.title | size > 0 %}yes{% endif %}";

        var warned = LiquidParser.Parse(template, "t.html", errorMode: LiquidErrorMode.Warn);
        Assert.Single(warned.Warnings);
        Assert.Equal(new SourcePosition("t.html", 1, 1), warned.Warnings[0].Position);
        Assert.Empty(LiquidParser.Parse(template, "t.html", errorMode: LiquidErrorMode.Lax).Warnings);

        var error = Assert.Throws<SiteBuildException>(() => LiquidParser.Parse(template, "t.html", errorMode: LiquidErrorMode.Strict));
        Assert.Contains("Liquid syntax error: Expected end_of_string but found pipe in \"page.title | size > 0\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Site_configuration_sets_the_liquid_options()
    {
        var options = LiquidOptions.From(Configuration("liquid", new Dictionary<string, object?>
        {
            ["error_mode"] = "strict",
            ["strict_variables"] = true,
            ["strict_filters"] = true,
        }));

        Assert.Equal(new LiquidOptions { ErrorMode = LiquidErrorMode.Strict, StrictVariables = true, StrictFilters = true }, options);
        Assert.Equal(new LiquidOptions(), LiquidOptions.From(Configuration("title", "x")));
    }

    [Fact]
    public void A_render_that_runs_too_long_is_stopped()
    {
        var renderer = Renderer(new LiquidOptions { RenderTimeout = TimeSpan.FromMilliseconds(200) });

        var error = Assert.Throws<SiteBuildException>(() => Render(renderer, "{% for i in (1..1000000000) %}{{ i }}{% endfor %}"));

        Assert.Contains("took longer than", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cancelled_build_stops_rendering()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var renderer = Renderer(new LiquidOptions());
        var template = LiquidParser.Parse("{% for i in (1..10) %}{{ i }}{% endfor %}", "t.html");

        Assert.ThrowsAny<OperationCanceledException>(() => renderer.Render(template, new ScriptObject(), cancel.Token));
    }

    [Fact]
    public void Templates_and_includes_are_parsed_once()
    {
        var templates = new TemplateCache(new DirectorySourceTree(_site.Source), "_includes");

        Assert.Same(templates.GetOrParse("page.html", "{{ x }}", 3), templates.GetOrParse("page.html", "{{ x }}", 3));
        Assert.Same(templates.GetInclude("note.html"), templates.GetInclude("note.html"));
        Assert.Equal("[x][x]", Render(new LiquidRenderer(Configuration("title", "T"), templates), "{% include again.html %}{% include again.html %}"));
        Assert.Same(templates.GetInclude("again.html"), templates.GetInclude("again.html"));
    }

    [Fact]
    public void Includes_cannot_follow_a_symlink_out_of_the_site()
    {
        var outside = Path.Combine(_site.Root, "outside.html");
        File.WriteAllText(outside, "secret");
        File.CreateSymbolicLink(Path.Combine(_site.Source, "_includes", "link.html"), outside);

        var error = Assert.Throws<SiteBuildException>(() => Render(Renderer(new LiquidOptions()), "{% include link.html %}"));

        Assert.Contains("Could not locate the included file 'link.html'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Post_url_and_link_use_the_site_index()
    {
        var index = new FakeIndex(
            new Dictionary<string, string> { ["about.md"] = "/about.html", ["/assets/x.css"] = "/assets/x.css", ["_posts/2024-01-15-hello.md"] = "/2024/01/15/hello.html" },
            [("_posts/2024-01-15-hello.md", "/2024/01/15/hello.html"), ("news/_posts/2024-02-01-news.md", "/news/2024/02/01/news.html")]);
        var renderer = new LiquidRenderer(Configuration("baseurl", "/base"), new TemplateCache(new DirectorySourceTree(_site.Source), "_includes"), new LiquidServices { SiteIndex = index });

        Assert.Equal(
            "/base/2024/01/15/hello.html /base/news/2024/02/01/news.html /base/news/2024/02/01/news.html /base/about.html /base/assets/x.css /base/2024/01/15/hello.html",
            Render(renderer, "{% post_url 2024-01-15-hello %} {% post_url news/2024-02-01-news %} {% post_url 2024-02-01-news %} {% link about.md %} {% link assets/x.css %} {% link _posts/2024-01-15-hello.md %}"));
    }

    [Fact]
    public void Without_an_index_link_and_post_url_look_through_the_site_variable()
    {
        var site = new ScriptObject
        {
            ["pages"] = new ScriptArray { new ScriptObject { ["path"] = "about.md", ["url"] = "/about.html" } },
            ["posts"] = new ScriptArray { new ScriptObject { ["path"] = "_posts/2024-01-15-hello.md", ["url"] = "/2024/01/15/hello.html" } },
        };

        Assert.Equal("/about.html /2024/01/15/hello.html", Render(Renderer(new LiquidOptions()), "{% link about.md %} {% post_url 2024-01-15-hello %}", site));
    }

    [Fact]
    public void Markdownify_goes_through_the_converter_the_build_passes()
    {
        var renderer = new LiquidRenderer(Configuration("title", "T"), new TemplateCache(new DirectorySourceTree(_site.Source), "_includes"), new LiquidServices { Markdownify = text => $"<md>{text}</md>" });

        Assert.Equal("<md>*hi*</md>", Render(renderer, "{{ '*hi*' | markdownify }}"));
    }

    [Fact]
    public void Sassify_and_scssify_go_through_the_converters_the_build_passes()
    {
        var services = new LiquidServices { Sassify = text => $"sass({text})", Scssify = text => $"scss({text})" };
        var renderer = new LiquidRenderer(Configuration("title", "T"), new TemplateCache(new DirectorySourceTree(_site.Source), "_includes"), services);

        Assert.Equal("sass(a) scss(b)", Render(renderer, "{{ 'a' | sassify }} {{ 'b' | scssify }}"));
    }

    [Fact]
    public void Sassify_and_scssify_compile_with_the_sites_sass_settings_as_stdin()
    {
        using var site = new TempSite(("index.html", "---\n---\n{% capture s %}a\n  color: red\n{% endcapture %}{% capture c %}a { b { color: red; } }{% endcapture %}[{{ s | sassify }}][{{ c | scssify }}]"));

        site.Build();

        Assert.Equal("[a { color: red; }\n][a b { color: red; }\n]", site.Output("index.html"));
    }

    [Fact]
    public void Increment_counters_live_in_the_variables_shared_by_a_page_and_its_layouts()
    {
        var renderer = Renderer(new LiquidOptions());
        var variables = new ScriptObject { ["page"] = new ScriptObject() };

        Assert.Equal("0 1", renderer.Render(LiquidParser.Parse("{% increment n %} {% increment n %}", "page.html"), variables));
        Assert.Equal("2", renderer.Render(LiquidParser.Parse("{% increment n %}", "layout.html"), variables));
    }

    private LiquidRenderer Renderer(LiquidOptions options) =>
        new(Configuration("title", "T"), new TemplateCache(new DirectorySourceTree(_site.Source), "_includes", options));

    private static string Render(LiquidRenderer renderer, string template, ScriptObject? site = null) =>
        renderer.Render(
            LiquidParser.Parse(template, "t.html", errorMode: renderer.Templates.Options.ErrorMode),
            new ScriptObject { ["page"] = new ScriptObject { ["title"] = "T", ["path"] = "t.html" }, ["site"] = site ?? new ScriptObject() });

    private static SiteConfiguration Configuration(string key, object? value) => new(new Dictionary<string, object?> { [key] = value });

    private sealed class FakeIndex(Dictionary<string, string> urls, IReadOnlyList<(string RelativePath, string Url)> posts) : ILiquidSiteIndex
    {
        public IReadOnlyList<(string RelativePath, string Url)> Posts => posts;

        public string? UrlOf(string relativePath) => urls.GetValueOrDefault(relativePath);
    }
}
