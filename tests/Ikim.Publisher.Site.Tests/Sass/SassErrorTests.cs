using Ikim.Publisher.Site.Diagnostics;

namespace Ikim.Publisher.Site.Tests.Sass;

/// <summary>Sass errors fail the build with the file and line of the Sass source at fault.</summary>
public sealed class SassErrorTests
{
    [Fact]
    public void Error_in_the_page_counts_lines_from_the_top_of_the_file()
    {
        using var site = new TempSite(
            ("assets/main.scss", "---\ntitle: Styles\n---\n.a {\n  color: red;\n  width: 1px + 1em;\n}\n"));

        var error = Assert.Throws<SiteBuildException>(() => site.Build());

        Assert.Equal(new SourcePosition("assets/main.scss", 6, 10), error.Position);
        Assert.Equal("Incompatible units: 'em' and 'px'.", error.Reason);
    }

    [Fact]
    public void Error_in_a_partial_names_the_partial_and_the_page()
    {
        using var site = new TempSite(
            ("_sass/components/_card.scss", ".card {\n  @include missing-mixin;\n}\n"),
            ("assets/main.scss", "---\n---\n@import \"components/card\";\n"));

        var error = Assert.Throws<SiteBuildException>(() => site.Build());

        Assert.Equal(new SourcePosition("_sass/components/_card.scss", 2, 12), error.Position);
        Assert.Equal("no mixin named missing-mixin (imported by assets/main.scss)", error.Reason);
    }

    [Fact]
    public void Missing_import_is_reported_at_the_import()
    {
        using var site = new TempSite(
            ("_sass/_base.scss", "body { margin: 0; }\n"),
            ("assets/main.scss", "---\n---\n@import \"base\";\n\n@import \"nowhere\";\n"));

        var error = Assert.Throws<SiteBuildException>(() => site.Build());

        Assert.Equal(new SourcePosition("assets/main.scss", 5, 9), error.Position);
        Assert.Equal("File to import not found or unreadable: nowhere.", error.Reason);
    }

    [Fact]
    public void Ambiguous_import_lists_the_candidates()
    {
        using var site = new TempSite(
            ("_sass/_base.scss", ""),
            ("_sass/base.scss", ""),
            ("assets/main.scss", "---\n---\n@import \"base\";\n"));

        var error = Assert.Throws<SiteBuildException>(() => site.Build());

        Assert.Equal(new SourcePosition("assets/main.scss", 3, 9), error.Position);
        Assert.StartsWith("It's not clear which file to import for '@import \"base\"'.\nCandidates:\n  _base.scss\n  base.scss\n", error.Reason);
    }

    [Fact]
    public void Syntax_error_in_the_indented_syntax_names_the_line()
    {
        using var site = new TempSite(
            ("print.sass", "---\n---\n.a\n  color: red\n  width: 1px +\n"));

        var error = Assert.Throws<SiteBuildException>(() => site.Build());

        Assert.Equal(new SourcePosition("print.sass", 5, 15), error.Position);
        Assert.StartsWith("Invalid CSS after", error.Reason);
    }
}
