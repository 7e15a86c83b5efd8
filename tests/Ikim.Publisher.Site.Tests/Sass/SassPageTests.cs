using Ikim.Publisher.Site.Configuration;
using Ikim.Publisher.Site.Content;
using Ikim.Publisher.Site.Diagnostics;
using Ikim.Publisher.Site.Markdown;
using Ikim.Publisher.Site.Rendering;
using Ikim.Publisher.Site.Sass;
using Ikim.Publisher.Site.Sources;

namespace Ikim.Publisher.Site.Tests.Sass;

public sealed class SassPageTests
{
    [Fact]
    public void Sass_page_gets_liquid_but_never_a_layout()
    {
        using var site = new TempSite(
            ("_config.yml", "brand: \"#123456\"\n"),
            ("_layouts/default.html", "<html>{{ content }}</html>"),
            ("_sass/_base.scss", "$gap: 4px;\n"),
            ("assets/main.scss", "---\nlayout: default\n---\n@import \"base\";\n.a { color: {{ site.brand }}; margin: $gap * 2; }\n"));

        site.Build();

        Assert.Equal(".a { color: #123456; margin: 8px; }\n\n/*# sourceMappingURL=main.css.map */", site.Output("assets/main.css"));
        Assert.Contains("\"sources\": [\n\t\t\"main.scss\",\n\t\t\"_sass/_base.scss\"\n\t]", site.Output("assets/main.css.map"));
        Assert.False(site.HasOutput("assets/main.scss"));
    }

    [Fact]
    public void Builds_from_a_tree_that_is_not_a_folder()
    {
        var tree = new MemorySourceTree(
            ("_config.yml", "sass:\n  style: compressed\n  sourcemap: never\n"),
            ("_sass/theme/_colors.sass", "$ink: #333\n"),
            ("style.scss", "---\n---\n@import \"theme/colors\";\nbody { color: $ink; }\n"));
        using var site = new TempSite();

        Build(tree, site.Destination);

        Assert.Equal("body{color:#333}\n", site.Output("style.css"));
        Assert.Equal(["style.css"], Directory.GetFiles(site.Destination).Select(Path.GetFileName));
    }

    [Fact]
    public void Imports_never_reach_the_file_system()
    {
        // Without the importer, libsass would find this partial beside the page's input path ("./main.scss"),
        // that is in the process's working folder, or by its absolute path.
        var decoyName = "ikim-decoy-" + Guid.NewGuid().ToString("N");
        var decoy = Path.Combine(Environment.CurrentDirectory, "_" + decoyName + ".scss");
        File.WriteAllText(decoy, ".leak { color: red; }\n");
        try
        {
            using var relative = new TempSite(("main.scss", $"---\n---\n@import \"{decoyName}\";\n"));
            using var absolute = new TempSite(("main.scss", $"---\n---\n@import \"{decoy}\";\n"));

            Assert.Equal($"File to import not found or unreadable: {decoyName}.", Assert.Throws<SiteBuildException>(() => relative.Build()).Reason);
            Assert.Equal($"File to import not found or unreadable: {decoy}.", Assert.Throws<SiteBuildException>(() => absolute.Build()).Reason);
        }
        finally
        {
            File.Delete(decoy);
        }
    }

    [Fact]
    public void Imports_relative_to_the_page_start_at_the_site_root_as_in_jekyll()
    {
        // Jekyll hands libsass the page by its bare file name, so a page in assets/css/ imports from the root.
        using var site = new TempSite(
            ("_config.yml", "sass:\n  sourcemap: never\n"),
            ("_root.scss", ".root { a: b; }\n"),
            ("assets/css/_sibling.scss", ".sibling { a: b; }\n"),
            ("assets/css/main.scss", "---\n---\n@import \"root\", \"assets/css/sibling\";\n"));
        using var sibling = new TempSite(
            ("assets/css/_sibling.scss", ".sibling { a: b; }\n"),
            ("assets/css/main.scss", "---\n---\n@import \"sibling\";\n"));

        site.Build();

        Assert.Equal(".root { a: b; }\n\n.sibling { a: b; }\n", site.Output("assets/css/main.css"));
        Assert.Equal("File to import not found or unreadable: sibling.", Assert.Throws<SiteBuildException>(() => sibling.Build()).Reason);
    }

    [Fact]
    public void Permalinked_page_gets_its_source_map_where_the_css_points()
    {
        using var site = new TempSite(("assets/main.scss", "---\npermalink: /css/site.css\n---\n.a { b: c; }\n"));

        site.Build();

        Assert.EndsWith("/*# sourceMappingURL=main.css.map */", site.Output("css/site.css"));
        Assert.Contains("\"file\": \"main.css\"", site.Output("css/main.css.map"));
        Assert.False(site.HasOutput("assets/main.css"));
    }

    [Fact]
    public void Importing_a_plain_css_file_is_inlined_with_a_warning()
    {
        using var site = new TempSite(
            ("_sass/normalize.css", "main { display: block; }\n"),
            ("main.scss", "---\n---\n@import \"normalize\";\n@import \"print.css\";\n"));

        var result = site.Build();

        Assert.StartsWith("@import url(print.css);\nmain { display: block; }\n", site.Output("main.css"));
        var warning = Assert.Single(result.Warnings);
        Assert.Equal("main.scss", warning.Path);
        Assert.Contains("_sass/normalize.css", warning.Message);
    }

    [Fact]
    public void Many_pages_compile_in_parallel_each_with_its_own_imports()
    {
        var files = new List<(string, string)> { ("_sass/_mixins.scss", "@mixin size($n) { width: $n * 1px; }\n") };
        for (var i = 0; i < 40; i++)
        {
            files.Add(($"_sass/pages/_p{i}.scss", $"$n: {i};\n"));
            files.Add(($"css/p{i}.scss", $"---\n---\n@import \"mixins\", \"pages/p{i}\";\n.p{i} {{ @include size($n); }}\n"));
        }

        using var site = new TempSite([.. files]);
        site.Build();

        for (var i = 0; i < 40; i++)
        {
            Assert.StartsWith($".p{i} {{ width: {i}px; }}\n", site.Output($"css/p{i}.css"));
            Assert.Contains($"\"_sass/pages/_p{i}.scss\"", site.Output($"css/p{i}.css.map"));
        }
    }

    [Fact]
    public void A_partial_that_cannot_be_read_fails_the_build_with_the_read_error()
    {
        var tree = new UnreadablePartials(new MemorySourceTree(
            ("_sass/_base.scss", "body { margin: 0; }\n"),
            ("style.scss", "---\n---\n@import \"base\";\n")));
        using var site = new TempSite();

        var error = Assert.Throws<IOException>(() => Build(tree, site.Destination));

        Assert.Equal("object store unavailable: _sass/_base.scss", error.Message);
    }

    [Fact]
    public void Libsass_is_installed_here()
    {
        Assert.Null(LibSassAvailability.Missing);
    }

    [Fact]
    public void Without_libsass_a_sass_page_fails_with_what_to_install()
    {
        var page = new Page
        {
            SourcePath = "assets/main.scss",
            Dir = "/assets",
            Body = ".a { b: c; }\n",
            BodyLine = 3,
            FrontMatter = new Dictionary<string, object?>(),
            Defaults = new Dictionary<string, object?>(),
            Data = new Dictionary<string, object?>(),
            Url = "/assets/main.css",
            OutputPath = "assets/main.css",
            OutputExtension = ".css",
            IsMarkdown = false,
        };
        var converter = new SassConverter(
            new MemorySourceTree(),
            new SiteConfiguration(new Dictionary<string, object?>()),
            "development",
            new BuildDiagnostics(),
            () => LibSassAvailability.MissingReason("libsass-not-installed.so.1"));

        var error = Assert.Throws<SiteBuildException>(() => converter.Convert(page, page.Body));

        Assert.Equal("assets/main.scss", error.Position.Path);
        Assert.Equal("compiling Sass needs libsass (libsass-not-installed.so.1), which is not installed: apt-get install libsass1", error.Reason);
    }

    private static void Build(ISourceTree tree, string destination) =>
        new SiteBuilder(MarkdownPipelineFactory.Create()).Build(new BuildRequest(tree, destination, TempSite.FixedTime));
}

/// <summary>A tree whose partials fail to read, as a Git object store can; the importer must not let that unwind through libsass.</summary>
internal sealed class UnreadablePartials(ISourceTree inner) : ISourceTree
{
    public IReadOnlyList<string> Files => inner.Files;

    public byte[] Read(string path) => path.StartsWith("_sass/", StringComparison.Ordinal) ? throw new IOException("object store unavailable: " + path) : inner.Read(path);

    public DateTimeOffset ModifiedTime(string path) => inner.ModifiedTime(path);

    public bool Contains(string path) => inner.Contains(path);
}
