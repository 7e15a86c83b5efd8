using Ikim.Publisher.Site.Diagnostics;

namespace Ikim.Publisher.Site.Tests.Themes;

public sealed class ThemeTests
{
    [Fact]
    public void Theme_fills_in_layouts_includes_assets_and_data_the_site_lacks()
    {
        using var site = new TempSite(
            ("_config.yml", "theme: Plain\ncolors:\n  accent: red\n"),
            ("_includes/footer.html", "site footer"),
            ("_data/strings.yml", "hello: Hallo\n"),
            ("assets/site.css", "site css"),
            ("assets/override.css", "the site's"),
            ("index.md", "---\nlayout: page\n---\nBody {{ site.colors.accent }}/{{ site.colors.muted }}/{{ site.theme_note }}/{{ site.data.strings.hello }}/{{ site.data.strings.bye }}"));
        site.WriteTheme("plain", "_layouts/default.html", "<html>{{ content }}{% include footer.html %}|{% include header.html %}</html>");
        site.WriteTheme("plain", "_layouts/page.html", "---\nlayout: default\n---\n<main>{{ content }}</main>");
        site.WriteTheme("plain", "_includes/footer.html", "theme footer");
        site.WriteTheme("plain", "_includes/header.html", "theme header");
        site.WriteTheme("plain", "_data/strings.yml", "hello: Hello\nbye: Bye\n");
        site.WriteTheme("plain", "_config.yml", "colors:\n  accent: blue\n  muted: grey\ntheme_note: from the theme\npermalink: pretty\n");
        site.WriteTheme("plain", "assets/theme.css", "theme css");
        site.WriteTheme("plain", "assets/override.css", "the theme's");
        site.WriteTheme("plain", "assets/app.js", "---\n---\nvar title = '{{ site.theme_note }}';");
        site.WriteTheme("plain", "README.md", "not part of the site");

        site.Build();

        Assert.Equal("<html><main><p>Body red/grey/from the theme/Hallo/Bye</p>\n</main>site footer|theme header</html>", site.Output("index.html"));
        Assert.Equal("theme css", site.Output("assets/theme.css"));
        Assert.Equal("the site's", site.Output("assets/override.css"));
        Assert.Equal("var title = 'from the theme';", site.Output("assets/app.js"));
        Assert.False(site.HasOutput("README.md"));
        Assert.True(site.HasOutput("index.html"), "a theme's permalink setting (a Jekyll default key) is ignored");
    }

    [Fact]
    public void Missing_theme_stops_the_build_naming_where_it_looked()
    {
        using var site = new TempSite(("_config.yml", "theme: nowhere\n"), ("index.md", "---\n---\nx"));

        var error = Assert.Throws<SiteBuildException>(() => site.Build());

        Assert.Equal("_config.yml", error.Position.Path);
        Assert.Contains("The nowhere theme could not be found", error.Message);
        Assert.Contains(Path.Combine(site.ThemesPath, "nowhere"), error.Message);
    }

    [Fact]
    public void Theme_gemspec_dependencies_switch_plugins_on()
    {
        using var site = new TempSite(
            ("_config.yml", "theme: mover\n"),
            ("new.md", "---\nredirect_from: /old/\n---\nnew"));
        site.WriteTheme("mover", "mover.gemspec", "Gem::Specification.new do |s|\n  s.name = \"mover\"\n  s.add_runtime_dependency \"jekyll-redirect-from\", \"~> 0.16\"\n  s.add_development_dependency \"jekyll-sitemap\"\nend\n");
        site.WriteTheme("mover", "_layouts/default.html", "{{ content }}");

        site.Build();

        Assert.Contains("<meta http-equiv=\"refresh\" content=\"0; url=/new.html\">", site.Output("old/index.html"));
        Assert.False(site.HasOutput("sitemap.xml"), "development dependencies are not loaded");
    }
}
